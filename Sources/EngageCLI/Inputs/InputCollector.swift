import EngageReport
import Foundation

/// One post to read: a file found from the arguments, or standard input.
public struct InputFile: Equatable, Sendable {
    public enum Origin: Equatable, Sendable { case file(String), standardInput }
    /// The path as the user should see it: as given, or folder + relative path.
    public let displayPath: String
    public let origin: Origin
}

/// An argument or file that cannot be linted; reported, and the run goes on.
public struct InputProblem: Error, Equatable, Sendable {
    public let path: String
    public let line: Int?
    public let message: String

    /// `{"path":..., "line":..., "message":...}` for the JSON outputs.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("path", .string(path))]
        if let line { members.append(("line", .int(line))) }
        members.append(("message", .string(message)))
        return .object(members)
    }

    /// One line: `path:line: error: message`, the form editors and CI logs link.
    public var formatted: String {
        if let line { return "\(path):\(line): error: \(message)" }
        return "\(path): error: \(message)"
    }
}

/// Expands command-line paths into the posts to read.
public enum InputCollector {
    public static let markdownExtensions: Set<String> = ["md", "markdown", "mdx"]
    /// Folders never searched: dependency trees and VCS metadata (hidden folders are skipped too).
    static let skippedFolders: Set<String> = ["node_modules"]

    public static func collect(_ arguments: [String]) -> (files: [InputFile], problems: [InputProblem]) {
        var files: [InputFile] = []
        var problems: [InputProblem] = []
        var seen = Set<String>()
        for argument in arguments {
            if argument == "-" {
                files.append(InputFile(displayPath: "<stdin>", origin: .standardInput))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                problems.append(InputProblem(path: argument, line: nil, message: "no such file or directory"))
                continue
            }
            let found = isDirectory.boolValue ? markdownFiles(under: argument) : [argument]
            for path in found where seen.insert(path).inserted {
                files.append(InputFile(displayPath: path, origin: .file(path)))
            }
        }
        return (files, problems)
    }

    /// Markdown files under `folder`, recursively, in a stable (sorted) order.
    static func markdownFiles(under folder: String) -> [String] {
        var found: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: current) else { continue }
            for name in names.sorted().reversed() {
                if name.hasPrefix(".") || skippedFolders.contains(name) { continue }
                let path = join(current, name)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    pending.append(path)
                } else if markdownExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append(path)
                }
            }
        }
        return found.sorted()
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
