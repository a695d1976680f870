import EngageMarkdown

/// Kind `links`: links (not images) in the area whose destination or text
/// contains one of `match` (case-insensitive substrings: "github.com",
/// "demo"); with no `match`, every link to another page counts. In-page
/// `#anchors`, empty and placeholder (`https://...`) links never count.
///
/// params: `match` (substrings, default none), `area` (default section), `min` (default 1).
/// Message values: {count}, {min}.
struct LinksCheck: RuleCheck {
    static let kind = "links"

    let match: [String]
    let area: RuleScope.Area
    let minimum: Int

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["match", "area", "min"])
        match = try params.strings("match", default: []).map { $0.lowercased() }
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 1)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scope = scope.area(area)
        let document = scope.document
        var found: [String] = []
        for node in scope.nodes(where: { if case .link = $0 { return true } else { return false } }) {
            guard case .link(let destination, _, _) = document.kind(node), Closing.LinkTarget.isPage(destination) else { continue }
            let haystack = (destination + " " + document.plainText(node)).lowercased()
            if match.isEmpty || match.contains(where: { haystack.containsLiteral($0) }) { found.append(destination) }
        }
        let values = ["count": String(found.count), "min": String(minimum)]
        if found.count >= minimum { return .pass(evidence: Array(found.prefix(6))) }
        return .fail(CheckFailure(values: values, evidence: found))
    }
}
