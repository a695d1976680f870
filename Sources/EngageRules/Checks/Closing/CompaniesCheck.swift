import EngageMarkdown
import EngageText

/// Kind `companies`: distinct well-known companies named in the area (the
/// built-in list, Rules/data/companies.txt, through `CompanyMatcher`).
///
/// Unlike `count` with `element: company`, names that are also ordinary words
/// or technologies ("Medium", "Target", "Redis") need support close by: a
/// company-like word beside them ("at Target"), other companies in the same
/// top-level block (paragraph, list, table), or other companies in name
/// positions when they stand in one themselves (headings, first-column table
/// cells, leading bold: "### GitHub", "| **Slack** |", "- **Slack**: 18M
/// users"). Other companies somewhere else in the post are not enough, so
/// "Difficulty: Medium" is not a company.
///
/// params: `area` (default section), `min` (default 3).
/// Message values: {count}, {min}, {found}.
struct CompaniesCheck: RuleCheck {
    static let kind = "companies"

    let area: RuleScope.Area
    let minimum: Int

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["area", "min"])
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 3)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let document = scope.document
        let matcher = scope.analysis.companies
        var seen = Set<String>()
        var names: [String] = []
        func add(_ found: [String]) {
            for name in found where seen.insert(name).inserted { names.append(name) }
        }
        // Name positions: headings, first-column table cells, leading bold
        // spans ("**Uber**: 23M rides/day"). Together they form one passage,
        // so a table or list of companies supports its ambiguous entries.
        // Token keys, kept per prose block, so no text is tokenised twice.
        var namePositions: [[WordKey]] = []
        var passage: (block: NodeID, texts: [[WordKey]])?
        func flush() {
            if let current = passage { add(matcher.companies(inTokenKeys: current.texts)) }
            passage = nil
        }
        for unit in scope.area(area).prose {
            switch unit.kind {
            case .heading:
                namePositions.append(unit.companyTokenKeys)
            case .tableCell(header: false):
                if let row = document.parent(unit.node), document.firstChild(row) == unit.node {
                    namePositions.append(unit.companyTokenKeys)
                }
            case .listItem, .paragraph:
                if let first = document.firstChild(unit.node), document.kind(first) == .strong {
                    namePositions.append(CompanyMatcher.tokenKeys(document.plainText(first)))
                }
            default:
                break
            }
            if passage?.block == unit.topLevel {
                passage?.texts.append(unit.companyTokenKeys)
            } else {
                flush()
                passage = (unit.topLevel, [unit.companyTokenKeys])
            }
        }
        flush()
        add(matcher.companies(inTokenKeys: namePositions))
        let values = ["count": String(names.count), "min": String(minimum), "found": names.joined(separator: ", ")]
        if names.count >= minimum { return .pass(evidence: names) }
        return .fail(CheckFailure(values: values, evidence: names))
    }
}
