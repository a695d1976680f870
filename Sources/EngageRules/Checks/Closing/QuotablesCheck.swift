import EngageMarkdown
import EngageText

/// Kind `quotables`: lines a reader can lift and share: block quotes and bold
/// one-liners (a paragraph or list item that is all bold) that read as a
/// statement (a sentence, not a label such as "**Setup:**"), and paragraphs
/// that open with a quotable lead ("Remember:", "Key insight:", "Bottom
/// line:"). Long passages do not count: a quotable has at most `max-words` words.
///
/// params: `area` (default section), `min` (default 3), `leads` (opening
/// phrases), `max-words` (default 40).
/// Message values: {count}, {min}.
struct QuotablesCheck: RuleCheck {
    static let kind = "quotables"

    let area: RuleScope.Area
    let minimum: Int
    let leads: Closing.PhraseSet
    let maxWords: Int

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["area", "min", "leads", "max-words"])
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 3)
        leads = Closing.PhraseSet(try params.strings("leads", default: [
            "remember", "key insight", "bottom line", "rule of thumb", "the lesson", "key takeaway", "takeaway", "in short",
        ]))
        maxWords = try params.int("max-words", default: 40)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scope = scope.area(area)
        let document = scope.document
        var found: [String] = []
        var quoteCounted: NodeID?
        for unit in scope.prose where !unit.isHeading {
            if case .tableCell = unit.kind { continue }
            let words = unit.wordCount
            guard words > 0, words <= maxWords else { continue }
            let text = unit.text.closingTrimmed()
            if unit.inBlockQuote {
                guard QuotablesCheck.isStatement(text, words: words) else { continue }
                // One quotable per block quote, however many paragraphs it has.
                let quote = QuotablesCheck.enclosingQuote(of: unit.node, document)
                if quote != quoteCounted {
                    quoteCounted = quote
                    found.append(text)
                }
            } else if QuotablesCheck.isAllBold(unit.node, document) && QuotablesCheck.isStatement(text, words: words) {
                found.append(text)
            } else if words >= 4, case let hits = leads.matches(in: String(text.prefix(40))), !hits.isEmpty,
                      case let opening = PhraseNormalizer.words(text, limit: 3).joined(separator: " "),
                      hits.contains(where: opening.hasPrefix) {
                found.append(text)
            }
        }
        let values = ["count": String(found.count), "min": String(minimum)]
        let evidence = found.prefix(6).map { String($0.prefix(60)) }
        if found.count >= minimum { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, evidence: evidence))
    }

    /// A statement, not a label or a metadata line: 4+ words, ends like a
    /// sentence (`.` `!` `?`, a closing quote or an emoji after it), and has
    /// at most one colon ("Time: 20 min | Level: Beginner" is not a quote).
    static func isStatement(_ text: String, words: Int) -> Bool {
        guard words >= 4, text.filter({ $0 == ":" }).count <= 1 else { return false }
        let trimmed = text.reversed().drop { !$0.isLetter && !$0.isNumber && !".!?".contains($0) }
        guard let last = trimmed.first else { return false }
        return ".!?".contains(last)
    }

    static func enclosingQuote(of node: NodeID, _ document: Document) -> NodeID? {
        var current = document.parent(node)
        while let up = current {
            if document.kind(up) == .blockQuote { return up }
            current = document.parent(up)
        }
        return nil
    }

    /// The paragraph's visible text is all inside strong emphasis (trailing
    /// punctuation and emoji aside).
    static func isAllBold(_ node: NodeID, _ document: Document) -> Bool {
        var hasBold = false
        var otherLetters = false
        for child in document.children(node) {
            switch document.kind(child) {
            case .strong:
                // Only whether there is bold text: no Character count needed.
                if !hasBold { hasBold = !document.plainText(child).isEmpty }
            case .text:
                if hasLetterOrNumber(document.literal(child) ?? "") { otherLetters = true }
            case .softBreak, .hardBreak, .emoji:
                break
            default:
                otherLetters = true
            }
        }
        return hasBold && !otherLetters
    }

    /// `contains { $0.isLetter || $0.isNumber }`, on bytes when the text is
    /// ASCII (where a byte is a Character).
    static func hasLetterOrNumber(_ text: String) -> Bool {
        if OpeningText.isASCII(text) {
            return text.utf8.contains { ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
        }
        return text.contains { $0.isLetter || $0.isNumber }
    }
}
