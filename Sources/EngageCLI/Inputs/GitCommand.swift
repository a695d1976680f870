import Foundation

/// Runs `git` and captures what it prints. Used only to ask the repository
/// which files changed; engage never writes through git.
struct GitCommand {
    /// Where git runs (its `-C`).
    let directory: String

    struct Failure: Error {
        /// git's first line of complaint, or why git could not start.
        let message: String
    }

    /// Standard output of `git <arguments>`, or git's error when it exits non-zero.
    func run(_ arguments: [String]) throws(Failure) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Failure(message: "cannot run git: \(error.localizedDescription)") }
        // Read before waiting: a large diff would otherwise fill the pipe and block git.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: complaint, as: UTF8.self)
            let first = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "git exited with \(process.terminationStatus)"
            throw Failure(message: first)
        }
        return data
    }

    /// One line of output, trimmed (`rev-parse`, `merge-base`).
    func line(_ arguments: [String]) throws(Failure) -> String {
        String(decoding: try run(arguments), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
