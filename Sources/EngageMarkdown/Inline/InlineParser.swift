// STUB: replaced by the inline parser. Keeps the interface the block parser calls.

/// Parses the inline content of one leaf block (paragraph, heading, table cell).
struct InlineParser {
    /// `lines`: byte range of each line's content, container prefixes and the
    /// leading whitespace a paragraph strips already removed; trailing spaces
    /// kept (they decide hard breaks; the parser drops them from the text).
    /// Children are appended to `parent`.
    static func parse(lines: [Range<Int>], into parent: NodeID, document: inout Document, references: LinkReferenceMap) {
        for (index, line) in lines.enumerated() {
            if index > 0 {
                document.append(.softBreak, range: line.lowerBound..<line.lowerBound, to: parent)
            }
            document.append(.text, range: line, to: parent, literal: document.source.string(line))
        }
    }
}

/// Link reference definitions of a document, keyed by normalized label; the first definition wins.
struct LinkReferenceMap {
    struct Target { let destination: String; let title: String? }
    private var targets: [String: Target] = [:]

    /// Adds a definition unless its label is already defined. Returns whether it was added.
    @discardableResult
    mutating func add(label: String, destination: String, title: String?) -> Bool {
        let key = LinkReferenceMap.normalize(label)
        guard targets[key] == nil else { return false }
        targets[key] = Target(destination: destination, title: title)
        return true
    }

    func lookup(_ label: String) -> Target? { targets[LinkReferenceMap.normalize(label)] }

    /// CommonMark label matching: case-folded, inner whitespace collapsed, trimmed.
    static func normalize(_ label: String) -> String {
        label.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .joined(separator: " ").lowercased()
    }
}

/// A link reference definition found at the start of a paragraph.
struct ParsedReferenceDefinition {
    let label: String
    let destination: String
    let title: String?
    /// Byte range from the `[` to the end of the definition's last line.
    let range: Range<Int>
}

enum LinkReferenceDefinitionParser {
    /// Parses the definitions that open a paragraph whose lines are `lines`.
    /// Returns them and how many whole lines they used (the rest stays a paragraph).
    static func parse(lines: [Range<Int>], source: SourceText) -> (definitions: [ParsedReferenceDefinition], consumedLines: Int) {
        ([], 0)
    }
}
