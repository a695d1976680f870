/// Checks raw file bytes before anything parses them: Markdown is text, so a
/// file that is not valid UTF-8 or holds NUL bytes is refused with the exact
/// place, and the caller reports it and goes on with the other files.
public enum SourceDecoder {
    /// The largest file engage reads. Offsets inside a block and node ids are
    /// 32-bit, as cmark's `bufsize_t` is, which keeps the parser's records
    /// small; 1 GiB leaves those offsets a factor of two to spare.
    public static let maximumBytes = 1 << 30

    public static func decode(_ bytes: [UInt8], maximumBytes: Int = SourceDecoder.maximumBytes) throws(SourceError) -> SourceText {
        if bytes.count > maximumBytes { throw SourceError.tooLarge(bytes: bytes.count, limit: maximumBytes) }
        if let problem = firstProblem(in: bytes) {
            let line = lineNumber(of: problem.offset, in: bytes)
            switch problem.kind {
            case .nul: throw SourceError.nulByte(offset: problem.offset, line: line)
            case .invalid: throw SourceError.invalidUTF8(offset: problem.offset, line: line)
            }
        }
        return SourceText(validatedBytes: bytes)
    }

    private enum ProblemKind { case nul, invalid }

    /// One linear pass validating UTF-8 (RFC 3629: no overlongs, no surrogates,
    /// nothing above U+10FFFF) and looking for NUL.
    private static func firstProblem(in bytes: [UInt8]) -> (offset: Int, kind: ProblemKind)? {
        bytes.withUnsafeBufferPointer { buf -> (Int, ProblemKind)? in
            let n = buf.count
            var i = 0
            while i < n {
                let b = buf[i]
                if b < 0x80 {
                    if b == 0 { return (i, .nul) }
                    i += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return (i, .invalid)
                }
                if i + length > n { return (i, .invalid) }
                let second = buf[i + 1]
                if second < low || second > high { return (i, .invalid) }
                var k = 2
                while k < length {
                    if buf[i + k] & 0xC0 != 0x80 { return (i, .invalid) }
                    k += 1
                }
                i += length
            }
            return nil
        }
    }

    private static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A { line += 1 } else if bytes[i] == 0x0D {
                if i + 1 < offset, bytes[i + 1] == 0x0A { i += 1 }
                line += 1
            }
            i += 1
        }
        return line
    }
}

/// Why a file could not be read as Markdown text.
public enum SourceError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidUTF8(offset: Int, line: Int)
    case nulByte(offset: Int, line: Int)
    /// Larger than `SourceDecoder.maximumBytes`.
    case tooLarge(bytes: Int, limit: Int)

    /// The line of the problem (none when it is the file as a whole).
    public var line: Int? {
        switch self {
        case .invalidUTF8(_, let line), .nulByte(_, let line): return line
        case .tooLarge: return nil
        }
    }

    public var description: String {
        switch self {
        case .invalidUTF8(let offset, _): return "not valid UTF-8 (byte offset \(offset)); save the file as UTF-8"
        case .nulByte(let offset, _): return "contains a NUL byte (byte offset \(offset)); is it a binary file?"
        case .tooLarge(let bytes, let limit):
            return "is \(bytes) bytes; engage reads files up to \(limit) bytes (\(limit >> 20) MiB): split the file"
        }
    }
}
