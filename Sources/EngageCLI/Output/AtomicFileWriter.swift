#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a report file all at once: a temporary file beside the target,
/// renamed over it. A CI step that reads the report (an upload, a comment)
/// never sees half a file, and a failed run leaves the old one intact.
enum AtomicFileWriter {
    /// One line, ready for the terminal: which file and why.
    struct Failure: Error, Equatable {
        let message: String
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        var temporary = Array((directory(of: path) + "/.engage-report-XXXXXX").utf8CString)
        let descriptor = mkstemp(&temporary)
        guard descriptor >= 0 else { throw failure(path, errno) }
        let temporaryPath = String(decoding: temporary.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failed: Int32 = 0
        if !writeAll(text, to: descriptor) { failed = errno }
        // mkstemp makes the file private; a report is meant to be read (by an upload step, a reviewer).
        if failed == 0, fchmod(descriptor, 0o644) != 0 { failed = errno }
        if close(descriptor) != 0, failed == 0 { failed = errno }
        if failed == 0, rename(temporaryPath, path) != 0 { failed = errno }
        if failed != 0 {
            unlink(temporaryPath)
            throw failure(path, failed)
        }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    private static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> Failure {
        Failure(message: "cannot write the report to '\(path)': \(String(cString: strerror(code)))")
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
