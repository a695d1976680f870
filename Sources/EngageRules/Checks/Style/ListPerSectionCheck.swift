import EngageMarkdown
import EngageText

/// Kind `list-per-section`: every part of the post (the opening and each
/// top-level section) longer than `min-words` words of prose holds at least
/// one list (a table counts too when `tables` is true). Each long part
/// without one is a finding, at its heading.
///
/// params: `min-words` (default 200), `tables` (default false), `area` (default post).
/// Message values: {count}, {min-words}.
struct ListPerSectionCheck: RuleCheck {
    static let kind = "list-per-section"

    let minimumWords: Int
    let tables: Bool
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["min-words", "tables", "area"])
        minimumWords = try params.int("min-words", default: 200)
        tables = try params.bool("tables", default: false)
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        let document = scoped.document
        // Words per top-level block, from the shared prose (one pass).
        var words: [NodeID: Int] = [:]
        for block in scoped.prose where !block.isHeading {
            if case .tableCell = block.kind { continue }
            words[block.topLevel, default: 0] += block.wordCount
        }
        var judged = 0
        var findings: [Finding] = []
        for part in scoped.map.parts {
            let blocks = part.region.blocks.filter(scoped.contains(topLevel:))
            guard !blocks.isEmpty else { continue }
            let total = blocks.reduce(0) { $0 + (words[$1] ?? 0) }
            guard total > minimumWords else { continue }
            judged += 1
            var scannable = false
            for block in blocks where !scannable {
                document.walk(from: block) { node in
                    switch document.kind(node) {
                    case .list: scannable = true
                    case .table: if tables { scannable = true }
                    default: break
                    }
                    return !scannable && document.kind(node).isBlock
                }
            }
            if !scannable {
                let offset = document.range(part.headingNode ?? blocks[0]).lowerBound
                findings.append(Finding(offset: offset, detail: "'\(part.heading)' has \(total) words and no list",
                                        excerpt: part.heading))
            }
        }
        guard judged > 0 else { return .notApplicable(reason: "no section over \(minimumWords) words") }
        let values = ["count": String(findings.count), "min-words": String(minimumWords)]
        let evidence = ["\(judged - findings.count) of \(judged) long sections have a list"]
        if findings.isEmpty { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, findings: findings, evidence: evidence))
    }
}
