/// Finds front matter at the very top of the file and records it.
///
/// A block counts only when its opening delimiter is the first line and a
/// closing delimiter follows (`---` closed by `---` or `...`; `+++` by
/// `+++`). Otherwise the `---` is Markdown (a thematic break), as it is to
/// every Markdown renderer.
enum FrontMatterParser {
    /// Returns the 0-based index of the first line after the front matter (0 if none).
    static func parse(into document: inout Document) -> Int {
        let source = document.source
        guard source.lineCount >= 2 else { return 0 }
        let first = lineText(source, 0)
        let format: FrontMatter.Format
        switch first {
        case "---": format = .yaml
        case "+++": format = .toml
        default: return 0
        }
        guard let closing = closingLine(source, format: format) else { return 0 }
        let range = source.lineStarts[0]..<source.lineEnds[closing]
        let body = (1..<closing).map { (line: $0 + 1, text: source.lineText($0 + 1)) }
        let entries = format == .yaml ? YAMLSubset.entries(body) : TOMLSubset.entries(body)
        document.append(.frontMatter, range: range, to: document.root,
                        literal: body.map(\.text).joined(separator: "\n"))
        document.setFrontMatter(FrontMatter(format: format, range: range, entries: entries))
        return closing + 1
    }

    private static func closingLine(_ source: SourceText, format: FrontMatter.Format) -> Int? {
        for index in 1..<source.lineCount {
            let text = lineText(source, index)
            if text == (format == .yaml ? "---" : "+++") || (format == .yaml && text == "...") { return index }
        }
        return nil
    }

    /// A line without trailing spaces or tabs (delimiters may carry them).
    private static func lineText(_ source: SourceText, _ index: Int) -> String {
        var end = source.lineEnds[index]
        let start = source.lineStarts[index]
        while end > start, source.bytes[end - 1] == 0x20 || source.bytes[end - 1] == 0x09 { end -= 1 }
        return source.string(start..<end)
    }
}
