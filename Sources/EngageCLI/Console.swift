#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where commands write. Tests capture it; the executable writes to stdout/stderr.
public protocol Console: AnyObject, Sendable {
    func output(_ text: String)
    func error(_ text: String)
    /// All of standard input, for the `-` path.
    func readStandardInput() -> [UInt8]
    /// Whether the text report may use ANSI colour (a terminal, and no NO_COLOR).
    var supportsColor: Bool { get }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

public final class StandardConsole: Console, @unchecked Sendable {
    public init() {}

    public func output(_ text: String) { write(text, to: 1) }
    public func error(_ text: String) { write(text, to: 2) }

    public var supportsColor: Bool { isatty(1) != 0 && getenv("NO_COLOR") == nil }

    public func readStandardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(0, &buffer, buffer.count)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    /// Unbuffered write of the whole text (commands write whole reports, not bytes).
    private func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

/// Collects output in memory (tests, and callers that post-process).
public final class CapturingConsole: Console, @unchecked Sendable {
    public private(set) var standardOutput = ""
    public private(set) var standardError = ""
    private let input: [UInt8]

    public init(standardInput: [UInt8] = []) { input = standardInput }

    public func output(_ text: String) { standardOutput += text }
    public func error(_ text: String) { standardError += text }
    public func readStandardInput() -> [UInt8] { input }
    public var supportsColor: Bool { false }
}
