import EngageMarkdown

/// Kind `code-language`: every fenced code block names its language on the
/// fence (```` ```python ````), so it gets syntax highlighting; diagrams and
/// output may say `text`. Indented code blocks cannot carry a tag and are
/// judged only with `indented: true`. Each untagged block is a finding.
///
/// params: `indented` (default false), `area` (default post).
/// Message values: {count}, {total}.
struct CodeLanguageCheck: RuleCheck {
    static let kind = "code-language"

    let indented: Bool
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["indented", "area"])
        indented = try params.bool("indented", default: false)
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        let document = scoped.document
        var total = 0
        var findings: [Finding] = []
        for node in scoped.codeBlocks {
            guard let (fenced, language) = CodeInfo.kindAndLanguage(document, node) else { continue }
            guard fenced || indented else { continue }
            total += 1
            if language.isEmpty {
                let firstLine = (document.literal(node) ?? "").split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
                findings.append(Finding(offset: document.range(node).lowerBound,
                                        detail: fenced ? "fence has no language" : "indented block has no language",
                                        excerpt: String(firstLine.prefix(60))))
            }
        }
        guard total > 0 else { return .notApplicable(reason: "no code blocks") }
        let values = ["count": String(findings.count), "total": String(total)]
        let evidence = ["\(total - findings.count) of \(total) code blocks tagged"]
        if findings.isEmpty { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, findings: findings, evidence: evidence))
    }
}
