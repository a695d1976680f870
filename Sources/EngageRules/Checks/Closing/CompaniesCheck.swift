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
/// With `usage-cues`, a company counts only where the post shows it at work:
/// anywhere in the rule's own section (social proof), and elsewhere in a
/// passage (a top-level block: paragraph, list, table) that says so ("Uber
/// uses...", "at Netflix", a "Use case" column). A model vendor in a price
/// table or the company a question bank is about is named, not proof.
///
/// A table whose first header cell is one of `company-headers` ("Company")
/// is such a passage too: a table of companies and what each does.
///
/// params: `area` (default section), `min` (default 3), `usage-cues` [String],
/// `company-headers` [String].
/// Message values: {count}, {min}, {found}.
struct CompaniesCheck: RuleCheck {
    static let kind = "companies"

    let area: RuleScope.Area
    let minimum: Int
    let usageCues: CueSet?
    /// First header cells that make a table one of companies at work, normalised.
    let companyHeaders: Set<String>

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["area", "min", "usage-cues", "company-headers"])
        companyHeaders = Set(try params.strings("company-headers", default: []).map { PhraseNormalizer.words($0).joined(separator: " ") })
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 3)
        let cues = try CueSet(params, phrases: "usage-cues", defaultPhrases: [])
        usageCues = cues.isEmpty ? nil : cues
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
        // Token keys, kept per prose block, so no text is tokenised twice; a
        // bold span is tokenised only if its passage counts (most do not).
        var namePositions: [(keys: [WordKey], topLevel: NodeID, offset: Int)] = []
        var boldLeads: [(strong: NodeID, topLevel: NodeID, offset: Int)] = []
        // Passages that show their companies at work (all of them without `usage-cues`).
        var shownPassages = Set<NodeID>()
        var passage: (block: NodeID, units: [ProseBlock])?
        func flush() {
            guard let current = passage else { return }
            passage = nil
            let texts = current.units.map(\.companyTokenKeys)
            guard let cues = usageCues else { return add(matcher.companies(inTokenKeys: texts)) }
            // Cues are looked for only where a company may be named: most passages name none.
            guard texts.contains(where: { $0.contains(where: matcher.mayStartName) }),
                  scope.contains(topLevel: current.block) || isCompanyTable(current.units)
                    || current.units.contains(where: { !cues.matches(keys: $0.phraseKeys, text: $0.text).isEmpty }) else { return }
            shownPassages.insert(current.block)
            add(matcher.companies(inTokenKeys: texts))
        }
        for unit in scope.area(area).prose {
            switch unit.kind {
            case .heading:
                namePositions.append((unit.companyTokenKeys, unit.topLevel, unit.sourceRange.lowerBound))
            case .tableCell(header: false):
                if let row = document.parent(unit.node), document.firstChild(row) == unit.node {
                    namePositions.append((unit.companyTokenKeys, unit.topLevel, unit.sourceRange.lowerBound))
                }
            case .listItem, .paragraph:
                if let first = document.firstChild(unit.node), document.kind(first) == .strong {
                    boldLeads.append((first, unit.topLevel, unit.sourceRange.lowerBound))
                }
            default:
                break
            }
            if passage?.block == unit.topLevel {
                passage?.units.append(unit)
            } else {
                flush()
                passage = (unit.topLevel, [unit])
            }
        }
        flush()
        func counts(_ topLevel: NodeID) -> Bool { usageCues == nil || shownPassages.contains(topLevel) }
        var positions = namePositions.filter { counts($0.topLevel) }
        positions += boldLeads.filter { counts($0.topLevel) }
            .map { (CompanyMatcher.tokenKeys(document.plainText($0.strong)), $0.topLevel, $0.offset) }
        positions.sort { $0.offset < $1.offset }  // document order, as the names are reported
        add(matcher.companies(inTokenKeys: positions.map(\.keys)))
        let values = ["count": String(names.count), "min": String(minimum), "found": names.joined(separator: ", ")]
        if names.count >= minimum { return .pass(evidence: names) }
        return .fail(CheckFailure(values: values, evidence: names))
    }

    /// A table passage whose first header cell names its rows as companies.
    func isCompanyTable(_ units: [ProseBlock]) -> Bool {
        guard !companyHeaders.isEmpty, let first = units.first, first.kind == .tableCell(header: true) else { return false }
        return companyHeaders.contains(PhraseNormalizer.words(first.text).joined(separator: " "))
    }
}
