import EngageMarkdown
import EngageText

/// Kind `before-after-figures`: before and after figures side by side, in
/// any of three shapes: a pair in prose (`8s → 2s`, `from 45ms to 8ms`,
/// `2ms, down from 2,500ms`); a table whose header has a before column and an
/// after column (`Before | After`, `Without | With`, `Old | New`) and figures
/// in its rows; or a "Before" heading or lead followed by figures and then an
/// "After" one followed by figures.
///
/// params: `area` (default section), `min` (default 1), `before` and `after`
/// (column and lead words; defaults: before, without, old, baseline, previously
/// / after, with, new, optimized, now).
/// Message values: {count}, {min}.
struct BeforeAfterFiguresCheck: RuleCheck {
    static let kind = "before-after-figures"

    let area: RuleScope.Area
    let minimum: Int
    let before: Closing.PhraseSet
    let after: Closing.PhraseSet

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["area", "min", "before", "after"])
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 1)
        before = Closing.PhraseSet(try params.strings("before", default: ["before", "without", "old", "baseline", "previously"]))
        after = Closing.PhraseSet(try params.strings("after", default: ["after", "with", "new", "optimized", "now"]))
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scope = scope.area(area)
        let document = scope.document
        var found: [String] = []
        // Table state: header row seen with a before and an after column.
        var headerRow: NodeID?
        var headerBefore = false
        var headerAfter = false
        var tableCounted: NodeID?
        // Lead state: a "Before" lead with figures under it, then an "After" one.
        var beforeLead = false
        var beforeFigures = false
        var afterLead = false
        for unit in scope.prose {
            let hasFigures = !unit.measures.isEmpty
            switch unit.kind {
            case .tableCell(header: true):
                let row = document.parent(unit.node)
                if row != headerRow {
                    headerRow = row
                    headerBefore = false
                    headerAfter = false
                }
                if unit.phraseKeys.count <= 4 {
                    headerBefore = headerBefore || before.contains(in: unit)
                    headerAfter = headerAfter || (after.contains(in: unit) && !before.contains(in: unit))
                }
                continue
            case .tableCell:
                let table = document.parent(unit.node).flatMap(document.parent)
                if headerBefore && headerAfter && hasFigures, let table, table != tableCounted {
                    tableCounted = table
                    found.append("before/after table at line \(document.startLine(table))")
                }
                continue
            case .heading, .paragraph:
                let short = unit.isHeading || unit.phraseKeys.count <= 6
                if short && before.contains(in: unit) && !after.contains(in: unit) {
                    beforeLead = true
                    beforeFigures = hasFigures
                    afterLead = false
                } else if short && beforeLead && beforeFigures && after.contains(in: unit) {
                    afterLead = true
                    if hasFigures { found.append("'\(unit.text.closingTrimmed().prefix(40))' figures after a before lead") }
                } else if hasFigures {
                    if beforeLead && !afterLead { beforeFigures = true }
                    if afterLead {
                        found.append("before and after figures under leads")
                        beforeLead = false
                        afterLead = false
                    }
                }
            case .listItem, .blockQuote:
                if hasFigures {
                    if beforeLead && !afterLead { beforeFigures = true }
                    if afterLead {
                        found.append("before and after figures under leads")
                        beforeLead = false
                        afterLead = false
                    }
                }
            }
            for pair in BeforeAfter.pairs(in: unit.text) where pair.comparison != nil {
                found.append(unit.text(of: pair.range))
            }
        }
        let values = ["count": String(found.count), "min": String(minimum)]
        if found.count >= minimum { return .pass(evidence: Array(found.prefix(6))) }
        return .fail(CheckFailure(values: values, evidence: found))
    }
}
