import EngageMarkdown
import EngageText

/// Kind `company-metrics`: claims about named companies that carry numbers.
/// A claim is a paragraph, a list item, a table row, or everything under a
/// heading that names a company ("### Uber" and its list); it counts when it
/// names a known company (the built-in list) and holds a quantity with a unit
/// ("Twitter: 500M timeline reads/day", a table row "GitHub | 1M+ queries/sec").
///
/// params: `area` (default section), `min` (claims, default 2).
/// Message values: {count}, {min}, {named} (claims naming a company).
struct CompanyMetricsCheck: RuleCheck {
    static let kind = "company-metrics"

    let area: RuleScope.Area
    let minimum: Int

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["area", "min"])
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 2)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scope = scope.area(area)
        let document = scope.document
        let matcher = scope.analysis.companies
        var named = 0
        var backed: [String] = []
        func record(_ company: String, _ hasFigures: Bool) {
            named += 1
            if hasFigures { backed.append(company) }
        }
        // A heading that names a company ("### Uber (Ride Sharing)") makes
        // everything under it, up to the next heading, one claim.
        var headed: (company: String, figures: Bool)?
        // Otherwise a claim is a block, or the cells of one table row.
        var claim: (key: NodeID, texts: [String])?
        func flushClaim() {
            if let current = claim, let company = matcher.companies(in: current.texts).first {
                record(company, current.texts.contains { !Quantities.measures(in: $0).isEmpty })
            }
            claim = nil
        }
        for unit in scope.prose {
            if unit.isHeading {
                flushClaim()
                if let current = headed { record(current.company, current.figures) }
                headed = matcher.companies(in: [unit.text]).first.map { ($0, !unit.measures.isEmpty) }
                continue
            }
            if headed != nil {
                if !unit.measures.isEmpty { headed?.figures = true }
                continue
            }
            let key: NodeID
            if case .tableCell = unit.kind, let row = document.parent(unit.node) { key = row } else { key = unit.node }
            if claim?.key == key {
                claim?.texts.append(unit.text)
            } else {
                flushClaim()
                claim = (key, [unit.text])
            }
        }
        flushClaim()
        if let current = headed { record(current.company, current.figures) }
        let values = ["count": String(backed.count), "min": String(minimum), "named": String(named)]
        if backed.count >= minimum { return .pass(evidence: Array(backed.prefix(6))) }
        return .fail(CheckFailure(values: values, evidence: backed))
    }
}
