/// The bytes of one input file plus the index that turns a byte offset into
/// a line and column.
///
/// Positions everywhere in engage are byte offsets into `bytes`; lines and
/// columns are derived from them here, so nothing ever searches the text for
/// a position after parsing.
///
/// Column unit: **Unicode scalar values** (code points), 1-based, counted from
/// the start of the line; a tab counts as one column. This is SARIF's
/// `unicodeCodePoints` column kind. A byte order mark is not part of line 1.
///
/// A final class: it never changes once indexed, and every copy of a
/// `Document` (each rule's scope, each walk) then retains one reference
/// instead of its four arrays.
public final class SourceText: Sendable {
    /// The file's bytes, unchanged (the BOM included, if there was one).
    public let bytes: [UInt8]
    /// Offset of the first byte after a UTF-8 BOM (0 or 3).
    public let contentStart: Int
    /// Byte offset at which each line starts (index 0 is line 1).
    public let lineStarts: [Int]
    /// Byte offset one past each line's last content byte (before its terminator).
    public let lineEnds: [Int]
    /// Number of UTF-8 continuation bytes before each 64-byte block: turns a
    /// column lookup into O(64) work however long the line is.
    private let continuationsBeforeBlock: [Int32]

    static let blockShift = 6

    /// Indexes already-validated bytes. Use `SourceDecoder.decode` for file input.
    public init(validatedBytes bytes: [UInt8]) {
        self.bytes = bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let start = hasBOM ? 3 : 0
        contentStart = start
        var starts = [start]
        var ends: [Int] = []
        var blocks: [Int32] = []
        starts.reserveCapacity(bytes.count / 40 + 1)
        ends.reserveCapacity(bytes.count / 40 + 1)
        blocks.reserveCapacity(bytes.count >> SourceText.blockShift + 1)
        var continuations: Int32 = 0
        bytes.withUnsafeBufferPointer { buf in
            var i = 0
            let n = buf.count
            while i < n {
                if i & 63 == 0 { blocks.append(continuations) }
                let b = buf[i]
                if b & 0xC0 == 0x80 { continuations += 1 }
                if b == 0x0A || b == 0x0D {
                    ends.append(i)
                    var next = i + 1
                    if b == 0x0D && next < n && buf[next] == 0x0A {
                        if next & 63 == 0 { blocks.append(continuations) }
                        next += 1
                    }
                    if next < n { starts.append(next) }
                    i = next
                    continue
                }
                i += 1
            }
        }
        if ends.count < starts.count { ends.append(bytes.count) }
        blocks.append(continuations)
        lineStarts = starts
        lineEnds = ends
        continuationsBeforeBlock = blocks
    }

    /// Number of lines (a final line terminator does not start a new line).
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line holding `offset` (offsets inside a terminator belong to its line).
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) >> 1
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// Line, column (Unicode scalars, 1-based) and byte offset of `offset`.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = max(contentStart, min(offset, bytes.count))
        let line = line(containing: clamped)
        let start = lineStarts[line - 1]
        let scalars = (clamped - start) - (continuations(before: clamped) - continuations(before: start))
        return SourceLocation(line: line, column: scalars + 1, offset: clamped)
    }

    /// Where a half-open byte range starts and where its last byte is.
    public func span(of range: Range<Int>) -> SourceSpan {
        let start = location(of: range.lowerBound)
        let end = range.isEmpty ? start : location(of: range.upperBound - 1)
        return SourceSpan(start: start, end: end, range: range)
    }

    /// The text of 1-based line `line`, without its terminator.
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineStarts[line - 1]..<lineEnds[line - 1]], as: UTF8.self)
    }

    /// Decodes a byte range as a String (the bytes are known to be valid UTF-8).
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func continuations(before offset: Int) -> Int {
        let block = offset >> SourceText.blockShift
        var count = Int(continuationsBeforeBlock[min(block, continuationsBeforeBlock.count - 1)])
        var i = block << SourceText.blockShift
        while i < offset {
            if bytes[i] & 0xC0 == 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}

/// A point in the source: 1-based line, 1-based column in Unicode scalars,
/// and the 0-based byte offset.
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public var description: String { "\(line):\(column)" }
}

/// The first and last character of a node, with its byte range.
public struct SourceSpan: Equatable, Sendable {
    public let start: SourceLocation
    /// Location of the last byte of the range (equal to `start` when empty).
    public let end: SourceLocation
    public let range: Range<Int>
}
