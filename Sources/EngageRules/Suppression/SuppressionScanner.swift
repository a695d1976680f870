import EngageMarkdown

/// Finds the suppressions of a post, in document order: the front matter's
/// list first, then every `<!-- engage-... -->` comment in an HTML block or
/// inline raw HTML. Code blocks and code spans are other node kinds, so a
/// comment shown as code never suppresses anything.
enum SuppressionScanner {
    struct Scan {
        var directives: [SuppressionDirective] = []
        /// Comments that start with `engage-` but name no known keyword.
        var unknownKeywords: [(keyword: String, line: Int, column: Int, text: String)] = []
    }

    static func scan(_ document: Document) -> Scan {
        var scan = Scan()
        if let directive = frontMatterDirective(document) { scan.directives.append(directive) }
        document.walk { node in
            switch document.kind(node) {
            case .htmlBlock, .inlineHTML:
                for comment in comments(in: document.range(node), source: document.source) {
                    add(comment, to: &scan, source: document.source)
                }
                return false
            case .codeBlock, .codeSpan:
                return false
            default:
                return true
            }
        }
        return scan
    }

    /// `engage:` → `disable:` in YAML front matter, as one whole-file directive.
    static func frontMatterDirective(_ document: Document) -> SuppressionDirective? {
        guard let entry = document.frontMatter?.map("engage")?.first(where: { $0.key == "disable" }) else { return nil }
        let targets: [String]
        switch entry.value {
        case .list(let items): targets = items
        case .string(let value): targets = value.split { $0 == "," || $0 == " " }.map(String.init)
        case .raw: targets = []
        }
        guard !targets.isEmpty else { return nil }
        return SuppressionDirective(kind: .frontMatter, targets: targets, line: entry.line, column: 1, targetLine: nil,
                                    text: "engage.disable")
    }

    private struct Comment {
        let start: Int
        let end: Int
        let body: String
        let text: String
    }

    /// Every `<!-- ... -->` inside a byte range of the source.
    private static func comments(in range: Range<Int>, source: SourceText) -> [Comment] {
        let bytes = source.bytes
        var found: [Comment] = []
        var index = range.lowerBound
        while let open = find([0x3C, 0x21, 0x2D, 0x2D], in: bytes, from: index, before: range.upperBound) {
            guard let close = find([0x2D, 0x2D, 0x3E], in: bytes, from: open + 4, before: range.upperBound) else { break }
            found.append(Comment(start: open, end: close + 3, body: source.string(open + 4..<close),
                                 text: source.string(open..<close + 3)))
            index = close + 3
        }
        return found
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, before end: Int) -> Int? {
        var index = start
        while index + needle.count <= end {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    private static func add(_ comment: Comment, to scan: inout Scan, source: SourceText) {
        let point = source.location(of: comment.start)
        switch SuppressionCommentParser.parse(comment.body) {
        case .none:
            return
        case .unknownKeyword(let keyword):
            scan.unknownKeywords.append((keyword, point.line, point.column, comment.text))
        case .directive(let kind, let targets):
            let endLine = source.line(containing: comment.end - 1)
            let next = kind == .disableNextLine ? nextNonBlankLine(after: endLine, source: source) : nil
            scan.directives.append(SuppressionDirective(kind: kind, targets: targets, line: point.line, column: point.column,
                                                        targetLine: next, text: comment.text))
        }
    }

    /// The next line holding more than whitespace: a blank line between the
    /// comment and what it silences is common and should not defeat it.
    static func nextNonBlankLine(after line: Int, source: SourceText) -> Int? {
        var candidate = line + 1
        while candidate <= source.lineCount {
            if source.lineText(candidate).contains(where: { $0 != " " && $0 != "\t" }) { return candidate }
            candidate += 1
        }
        return nil
    }
}
