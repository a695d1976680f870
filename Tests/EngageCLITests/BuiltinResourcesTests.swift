import Foundation
import XCTest

/// The data under `Rules/` is compiled into the binary as generated Swift
/// source, so a copied `engage` works with no Rules/ folder beside it. This
/// test keeps the generated files in sync: it fails when they drift, and
/// `ENGAGE_REGENERATE=1 swift test --filter BuiltinResourcesTests` rewrites them.
final class BuiltinResourcesTests: XCTestCase {
    /// Which Rules/ files each module embeds.
    static let embeddings: [(module: String, folders: [String])] = [
        ("EngageSections", ["sections"]),
        ("EngageText", ["data"]),
        ("EngageRules", ["structure", "hook", "problem", "why-fails", "shift", "solution", "proof", "quick-win", "cta",
                         "style", "accuracy", "seo", "journey", "meta"]),
    ]

    func testGeneratedResourcesMatchRulesFolder() throws {
        let root = TestSupport.repositoryRoot
        let regenerate = ProcessInfo.processInfo.environment["ENGAGE_REGENERATE"] == "1"
        for (module, folders) in Self.embeddings {
            let expected = try Self.generatedSource(root: root, module: module, folders: folders)
            let target = root.appendingPathComponent("Sources/\(module)/Generated/BuiltinResources.swift")
            if regenerate {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(expected.utf8).write(to: target)
            }
            let actual = (try? String(contentsOf: target, encoding: .utf8)) ?? ""
            XCTAssertEqual(actual, expected, "\(target.path) is out of date with Rules/: run ENGAGE_REGENERATE=1 swift test --filter BuiltinResourcesTests")
        }
    }

    static func generatedSource(root: URL, module: String, folders: [String]) throws -> String {
        var entries: [(String, String)] = []
        for folder in folders {
            let base = root.appendingPathComponent("Rules").appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: base.path) else { continue }
            let enumerator = FileManager.default.enumerator(atPath: base.path)
            var paths: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let full = base.appendingPathComponent(relative).path
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                   !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    paths.append(relative)
                }
            }
            for relative in paths.sorted() {
                let text = try String(contentsOf: base.appendingPathComponent(relative), encoding: .utf8)
                entries.append(("\(folder)/\(relative)", text))
            }
        }
        var out = """
        // Generated from Rules/ by `ENGAGE_REGENERATE=1 swift test --filter BuiltinResourcesTests`.
        // Do not edit: edit the files under Rules/ and regenerate (a test fails while they differ).

        /// The Rules/ files this module embeds, by path relative to Rules/.
        enum BuiltinResources {
            static let files: [String: String] = [

        """
        if entries.isEmpty { return out.replacingOccurrences(of: "= [\n", with: "= [:]\n}\n") }
        for (path, text) in entries {
            var hashes = "#"
            while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
            out += "        \"\(path)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
        }
        out += "    ]\n}\n"
        return out
    }
}
