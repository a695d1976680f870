@testable import EngageRules
import Foundation
import XCTest

/// Temporary folder trees for configuration tests.
final class ConfigurationTree {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("engage-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// Writes `text` at `relative`, creating folders.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let full = path(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Marks `relative` as a repository root (a `.git` folder).
    func makeRepository(_ relative: String = "") throws {
        try FileManager.default.createDirectory(atPath: path(relative + "/.git"), withIntermediateDirectories: true)
    }

    /// A resolver whose messages show paths relative to the tree's root.
    func resolver(config: String? = nil) -> ConfigurationResolver {
        ConfigurationResolver(explicitFile: config.map(path), workingDirectory: root)
    }

    func configuration(for post: String, config: String? = nil) throws -> Configuration {
        try resolver(config: config).configuration(forPost: path(post)).configuration
    }

    /// The error resolving `post` gives, as printed.
    func error(for post: String, config: String? = nil, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try resolver(config: config).configuration(forPost: path(post))
            XCTFail("expected a configuration error", file: file, line: line)
            return ""
        } catch {
            return error.description
        }
    }
}

enum ConfigurationSamples {
    /// A whole post with every section; it lints cleanly enough to see changes.
    static var completePost: String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/posts/complete-post.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
