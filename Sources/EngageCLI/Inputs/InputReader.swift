import EngageMarkdown
import Foundation

/// A post read and parsed, ready for every later stage.
public struct ParsedInput: Sendable {
    public let file: InputFile
    public let document: Document
}

/// Reads and parses one input. Never modifies the file.
public enum InputReader {
    public static func read(_ file: InputFile, console: Console) -> Result<ParsedInput, InputProblem> {
        let bytes: [UInt8]
        switch file.origin {
        case .standardInput:
            bytes = console.readStandardInput()
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(InputProblem(path: file.displayPath, line: nil, message: readFailureReason(path)))
            }
            bytes = [UInt8](data)
        }
        do {
            return .success(ParsedInput(file: file, document: try MarkdownParser.parse(bytes: bytes)))
        } catch {
            return .failure(InputProblem(path: file.displayPath, line: error.line, message: error.description))
        }
    }

    private static func readFailureReason(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return FileManager.default.isReadableFile(atPath: path) ? "cannot be read" : "permission denied"
        }
        return "no such file or directory"
    }
}
