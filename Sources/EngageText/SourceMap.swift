/// Maps UTF-8 offsets in an extracted prose text back to byte offsets in the
/// Markdown source, piece by piece.
///
/// Each piece covers a stretch of the text from its `textStart` to the next
/// piece's. An *exact* piece is a verbatim copy of source bytes, so offsets
/// inside it map one to one. An *inexact* piece stands for source it does not
/// copy byte for byte (a code span's placeholder, an entity such as `&amp;`,
/// a soft break): every offset in it maps to its source start, and a range
/// ending in it maps to its source end, so a finding still covers the whole
/// construct.
public struct SourceMap: Equatable, Sendable {
    struct Piece: Equatable, Sendable {
        var textStart: Int
        var sourceStart: Int
        var sourceEnd: Int
        var exact: Bool
    }

    private(set) var pieces: [Piece] = []
    /// Length of the mapped text in bytes.
    public private(set) var textLength = 0

    public init() {}

    /// Source byte offset of text offset `offset` (clamped to the text).
    public func sourceOffset(forTextOffset offset: Int) -> Int {
        guard let index = pieceIndex(containing: offset) else { return pieces.last?.sourceEnd ?? 0 }
        let piece = pieces[index]
        guard piece.exact else { return piece.sourceStart }
        return min(piece.sourceStart + (offset - piece.textStart), piece.sourceEnd)
    }

    /// Source byte range covering text range `range`.
    public func sourceRange(forTextRange range: Range<Int>) -> Range<Int> {
        let start = sourceOffset(forTextOffset: range.lowerBound)
        guard !range.isEmpty, let index = pieceIndex(containing: range.upperBound - 1) else { return start..<start }
        let piece = pieces[index]
        let end = piece.exact ? min(piece.sourceStart + (range.upperBound - piece.textStart), piece.sourceEnd) : piece.sourceEnd
        return start..<max(start, end)
    }

    /// The piece holding text offset `offset`; the last piece for the end offset.
    private func pieceIndex(containing offset: Int) -> Int? {
        guard !pieces.isEmpty else { return nil }
        if offset >= textLength { return pieces.count - 1 }
        var low = 0
        var high = pieces.count - 1
        while low < high {
            let mid = (low + high + 1) >> 1
            if pieces[mid].textStart <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    // MARK: Building

    mutating func appendExact(textLength length: Int, source: Int) {
        guard length > 0 else { return }
        // Extend the previous piece when this one continues it in both texts.
        if var last = pieces.last, last.exact, last.sourceEnd == source, last.textStart + (last.sourceEnd - last.sourceStart) == textLength {
            last.sourceEnd += length
            pieces[pieces.count - 1] = last
        } else {
            pieces.append(Piece(textStart: textLength, sourceStart: source, sourceEnd: source + length, exact: true))
        }
        textLength += length
    }

    mutating func appendInexact(textLength length: Int, source: Range<Int>) {
        guard length > 0 else { return }
        pieces.append(Piece(textStart: textLength, sourceStart: source.lowerBound, sourceEnd: source.upperBound, exact: false))
        textLength += length
    }

    /// Maps `literal` (a text node's content, escapes and entities resolved)
    /// onto the source bytes it came from by walking both in step: equal bytes
    /// are copied, a backslash before the literal's byte is an escape, `&…;`
    /// is an entity, extra source whitespace (stripped or `\r\n`) is skipped.
    /// Anything else maps the rest of the literal inexactly to the rest of the
    /// source, so a surprise never breaks the map, only blurs it.
    mutating func appendAligned(literal: UnsafeBufferPointer<UInt8>, source: [UInt8], range: Range<Int>) {
        var i = 0
        var j = range.lowerBound
        let end = min(range.upperBound, source.count)
        var runI = 0
        var runJ = j
        func flush(_ map: inout SourceMap, _ i: Int) {
            map.appendExact(textLength: i - runI, source: runJ)
        }
        var escaped = false
        while i < literal.count {
            if j < end && literal[i] == source[j]
                && (escaped || source[j] != UInt8(ascii: "&") || literalCopies(literal, i, source, j, end)) {
                escaped = false
                i += 1
                j += 1
                continue
            }
            escaped = false
            flush(&self, i)
            if j + 1 < end, source[j] == UInt8(ascii: "\\"), source[j + 1] == literal[i] {
                j += 1
                escaped = true
            } else if j < end, source[j] == UInt8(ascii: "&"), let semicolon = entityEnd(source, from: j, limit: end) {
                let length = min(scalarLength(literal[i]), literal.count - i)
                appendInexact(textLength: length, source: j..<(semicolon + 1))
                i += length
                j = semicolon + 1
            } else if j < end, source[j] == 0x20 || source[j] == 0x09 || source[j] == 0x0A || source[j] == 0x0D {
                j += 1
            } else {
                appendInexact(textLength: literal.count - i, source: min(j, end)..<end)
                i = literal.count
            }
            runI = i
            runJ = j
        }
        flush(&self, i)
    }

    /// Whether the literal at `i` repeats the source's `&…;` byte for byte
    /// (`R&D;` is not an entity, so the literal keeps it).
    private func literalCopies(_ literal: UnsafeBufferPointer<UInt8>, _ i: Int, _ source: [UInt8], _ j: Int, _ end: Int) -> Bool {
        guard let semicolon = entityEnd(source, from: j, limit: end) else { return true }
        let length = semicolon + 1 - j
        guard i + length <= literal.count else { return false }
        for k in 0..<length where literal[i + k] != source[j + k] { return false }
        return true
    }

    private func entityEnd(_ source: [UInt8], from j: Int, limit: Int) -> Int? {
        var k = j + 1
        while k < limit, k - j <= 40 {
            let b = source[k]
            if b == UInt8(ascii: ";") { return k > j + 1 ? k : nil }
            guard b.isASCIILetter || b.isASCIIDigit || b == UInt8(ascii: "#") else { return nil }
            k += 1
        }
        return nil
    }

    private func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
