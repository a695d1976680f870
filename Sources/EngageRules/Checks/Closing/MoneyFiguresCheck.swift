import EngageMarkdown
import EngageText

/// Kind `money-figures`: money amounts in prose (`$4,800`, `€2M/year`,
/// `300 USD`) that sit in a sentence about cost: the sentence, or the heading
/// table header or lead it belongs to, holds one of the `context` phrases (cost, saved,
/// ROI...), or that are rates (`$500/month`). Amounts in code never count.
///
/// params: `area` (default section), `min` (default 2), `context` (phrases;
/// an empty list counts every money amount).
/// Message values: {count}, {min}.
struct MoneyFiguresCheck: RuleCheck {
    static let kind = "money-figures"

    let area: RuleScope.Area
    let minimum: Int
    let context: Closing.PhraseSet

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["area", "min", "context"])
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 2)
        context = Closing.PhraseSet(try params.strings("context", default: []))
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        var found: [(text: String, offset: Int)] = []
        // A heading ("Cost Analysis"), a table header ("Monthly cost") or a
        // lead paragraph ("Annual savings:") puts the amounts under it in context.
        var headingInContext = false
        var tableInContext = false
        var leadInContext = false
        var headerRow: NodeID?
        let document = scope.document
        for unit in scope.area(area).prose {
            switch unit.kind {
            case .heading:
                headingInContext = context.contains(in: unit)
                leadInContext = false
                continue
            case .tableCell(header: true):
                let row = document.parent(unit.node)
                if row != headerRow {
                    headerRow = row
                    tableInContext = false
                }
                tableInContext = tableInContext || context.contains(in: unit)
                continue
            case .tableCell:
                break
            case .listItem:
                tableInContext = false
            case .paragraph, .blockQuote:
                tableInContext = false
                leadInContext = unit.text.closingTrimmed().hasSuffix(":") && context.contains(in: unit)
            }
            let money = unit.measures.filter { $0.category == .money }
            guard !money.isEmpty else { continue }
            let sentences = unit.sentences
            // Amounts and sentences are both in text order: walk them together.
            var sentenceIndex = 0
            var contextCache: (index: Int, matches: Bool)?
            for amount in money {
                let inContext: Bool
                if context.isEmpty || amount.per != nil || headingInContext || tableInContext || (leadInContext && unit.kind == .listItem) {
                    inContext = true
                } else {
                    while sentenceIndex < sentences.count, sentences[sentenceIndex].range.upperBound <= amount.range.lowerBound {
                        sentenceIndex += 1
                    }
                    if contextCache?.index != sentenceIndex {
                        let range = sentenceIndex < sentences.count ? sentences[sentenceIndex].range : 0..<unit.text.utf8.count
                        contextCache = (sentenceIndex, context.contains(in: unit.text(of: range)))
                    }
                    inContext = contextCache?.matches ?? false
                }
                if inContext {
                    found.append((unit.text(of: amount.range), unit.sourceOffset(forTextOffset: amount.range.lowerBound)))
                }
            }
        }
        let values = ["count": String(found.count), "min": String(minimum)]
        let evidence = found.prefix(6).map(\.text)
        if found.count >= minimum { return .pass(evidence: Array(evidence)) }
        return .fail(CheckFailure(values: values, evidence: Array(evidence)))
    }
}
