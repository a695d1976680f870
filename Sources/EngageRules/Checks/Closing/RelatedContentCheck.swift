import EngageMarkdown
import EngageText

/// Kind `related-content`: pointers to related or next content.
///
/// Counts (1) any list, table, or linked paragraph or block quote introduced by a heading or
/// lead that matches `leads` ("Related POCs", "Further Reading", "Learn
/// More"), even when it names the posts without links; and (2) a list item or
/// paragraph that links to another page, or names a numbered piece of
/// content ("POC #42", "Part 3"), when it or its heading matches `next`
/// ("Next Steps", "continue with"). In-page `#anchors` are not related content.
///
/// params: `leads`, `next`, `labels` (words that name content when followed
/// by a number: POC, Part, Chapter...), `area` (default section), `min` (default 1).
/// Message values: {count}, {min}.
struct RelatedContentCheck: RuleCheck {
    static let kind = "related-content"

    let leads: Closing.PhraseSet
    let next: Closing.PhraseSet
    let labels: Set<String>
    let area: RuleScope.Area
    let minimum: Int

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["leads", "next", "labels", "area", "min"])
        let phrases = try params.strings("leads")
        guard !phrases.isEmpty else { throw params.error("'leads' must list at least one phrase") }
        leads = Closing.PhraseSet(phrases)
        next = Closing.PhraseSet(try params.strings("next", default: []))
        labels = Set(try params.strings("labels", default: []).flatMap(PhraseNormalizer.words))
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 1)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scope = scope.area(area)
        let document = scope.document
        var found: [String] = []
        for block in scope.closingLedBlocks {
            let strong = block.leads.contains { leads.contains(in: $0) }
            let weak = block.leads.contains { next.contains(in: $0) }
            switch block.kind {
            case .list:
                let items = document.closingListItems(block.node)
                if strong && !items.isEmpty {
                    found.append("\(items.count) item(s) under '\(block.leads.last ?? "")'")
                    continue
                }
                for item in items {
                    let text = document.plainText(item)
                    if (weak || next.contains(in: text)) && pointsToContent(item, text: text, document) {
                        found.append("'\(text.closingTrimmed().prefix(60))'")
                    }
                }
            case .table:
                if strong && !document.closingTableBodyRows(block.node).isEmpty {
                    found.append("table under '\(block.leads.last ?? "")'")
                }
            case .paragraph, .blockQuote:
                let text = document.plainText(block.node)
                guard pointsToContent(block.node, text: text, document) else { continue }
                if strong || weak || leads.contains(in: text) || next.contains(in: text) {
                    found.append("'\(text.closingTrimmed().prefix(60))'")
                }
            default:
                continue
            }
        }
        let values = ["count": String(found.count), "min": String(minimum)]
        if found.count >= minimum { return .pass(evidence: Array(found.prefix(6))) }
        return .fail(CheckFailure(values: values, evidence: found))
    }

    /// A link to another page, or a content label with a number ("POC #13").
    func pointsToContent(_ node: NodeID, text: String, _ document: Document) -> Bool {
        if document.closingLinkDestinations(under: node).contains(where: Closing.LinkTarget.isPage) { return true }
        guard !labels.isEmpty else { return false }
        let words = PhraseNormalizer.words(text)
        for index in words.indices.dropLast() where labels.contains(words[index]) {
            if words[index + 1].allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        }
        return false
    }
}
