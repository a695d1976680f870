/// A link reference definition found at the start of a paragraph.
struct ParsedReferenceDefinition {
    /// The label as written between the brackets (trimmed; normalize to compare).
    let label: String
    let destination: String
    let title: String?
    /// Byte range from the `[` to the end of the definition's last line.
    let range: Range<Int>
}

/// Link reference definitions at the start of a paragraph, as cmark's
/// cmark_parse_reference_inline reads them: `[label]:`, optional whitespace
/// with at most one line end, a destination, then an optional title that
/// must be separated from it by whitespace, then nothing else on the line.
/// When what follows the destination is not a clean title, the definition
/// still stands without a title if its destination ended its line.
enum LinkReferenceDefinitionParser {
    /// Parses the definitions that open a paragraph whose lines are `lines`.
    /// Returns them and how many whole lines they used (the rest stays a paragraph).
    static func parse(lines: [Range<Int>], source: SourceText) -> (definitions: [ParsedReferenceDefinition], consumedLines: Int) {
        guard let first = lines.first, first.lowerBound < source.bytes.count, source.bytes[first.lowerBound] == 0x5B else {
            return ([], 0)
        }
        // Every line ends with "\n" here, as in cmark's paragraph content.
        let buffer = InlineBuffer(lines: lines, source: source.bytes, trimEnd: false, terminate: true)
        return buffer.bytes.withUnsafeBufferPointer { input -> ([ParsedReferenceDefinition], Int) in
            var definitions: [ParsedReferenceDefinition] = []
            var pos = 0
            while pos < input.count && input[pos] == 0x5B, let parsed = parseOne(input, at: pos) {
                // `next` is just past a "\n": the start of the following line.
                let lastLine = buffer.lineIndex(of: parsed.next - 1)
                let range = buffer.sourceOffset(pos)..<buffer.sourceEnd(parsed.next - 1)
                definitions.append(ParsedReferenceDefinition(label: parsed.label, destination: parsed.destination,
                                                             title: parsed.title, range: range))
                pos = parsed.next
                if lastLine + 1 >= buffer.lineCount { break }
            }
            let consumed = pos >= input.count ? buffer.lineCount : buffer.lineIndex(of: pos)
            return (definitions, definitions.isEmpty ? 0 : consumed)
        }
    }

    private struct Parsed {
        var label: String
        var destination: String
        var title: String?
        var next: Int
    }

    private static func parseOne(_ input: UnsafeBufferPointer<UInt8>, at start: Int) -> Parsed? {
        let end = input.count
        guard let label = LinkSyntax.scanLabel(input, from: start, end: end), !label.content.isEmpty else { return nil }
        var pos = label.next
        guard pos < end, input[pos] == 0x3A else { return nil }
        pos = skipSpacesAndOneLineEnd(input, from: pos + 1, end: end)
        guard let destination = LinkSyntax.scanDestination(input, from: pos, end: end) else { return nil }
        pos = destination.next
        let beforeTitle = pos
        let titleStart = skipSpacesAndOneLineEnd(input, from: pos, end: end)
        var title: Range<Int>? = nil
        if titleStart != beforeTitle, let titleEnd = LinkSyntax.scanTitle(input, from: titleStart, end: end) {
            title = titleStart..<titleEnd
            pos = titleEnd
        }
        var lineEnd = endOfLine(input, from: pos, end: end)
        if lineEnd == nil && title != nil {
            // The title was not alone on its line: keep the definition without it.
            title = nil
            lineEnd = endOfLine(input, from: beforeTitle, end: end)
        }
        guard let next = lineEnd else { return nil }
        let rawLabel = String(decoding: UnsafeBufferPointer(rebasing: input[label.content]), as: UTF8.self)
        return Parsed(label: rawLabel,
                      destination: LinkSyntax.cleanDestination(input, destination.content),
                      title: title.map { LinkSyntax.cleanTitle(input, $0) },
                      next: next)
    }

    /// Spaces and tabs, at most one line end, spaces and tabs (cmark's spnl).
    private static func skipSpacesAndOneLineEnd(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var i = start
        while i < end && (input[i] == 0x20 || input[i] == 0x09) { i += 1 }
        if i < end && input[i] == 0x0A {
            i += 1
            while i < end && (input[i] == 0x20 || input[i] == 0x09) { i += 1 }
        }
        return i
    }

    /// Offset after the line end if only spaces and tabs remain on the line.
    private static func endOfLine(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var i = start
        while i < end && (input[i] == 0x20 || input[i] == 0x09) { i += 1 }
        guard i < end, input[i] == 0x0A else { return i >= end ? i : nil }
        return i + 1
    }
}
