import EngageText

/// Kind `phrase-groups`: several groups of phrases, each standing for one
/// element of a pattern ("a migration", "how it was before", "how it is
/// after"); passes when at least `min` groups (default: all) have a phrase in
/// the area. Phrases match as in `phrases`: whole words, case-insensitive,
/// prose only.
///
/// params: `groups` (list of phrase lists, required), `names` (a name per
/// group, for messages; default "group 1"...), `area` (default section),
/// `min` (groups, default all), `headings` (count headings, default true).
/// Message values: {missing} (names of the groups not found), {count}, {min}.
struct PhraseGroupsCheck: RuleCheck {
    static let kind = "phrase-groups"

    let groups: [Closing.PhraseSet]
    let names: [String]
    let area: RuleScope.Area
    let minimum: Int
    let includeHeadings: Bool

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["groups", "names", "area", "min", "headings"])
        guard let raw = params.values["groups"] as? [[String]], !raw.isEmpty, raw.allSatisfy({ !$0.isEmpty }) else {
            throw params.error("'groups' must be a non-empty list of non-empty phrase lists")
        }
        groups = raw.map(Closing.PhraseSet.init)
        names = try params.strings("names", default: raw.indices.map { "group \($0 + 1)" })
        guard names.count == raw.count else { throw params.error("'names' must name each of the \(raw.count) groups") }
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: raw.count)
        includeHeadings = try params.bool("headings", default: true)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        var hits: [String?] = Array(repeating: nil, count: groups.count)
        for unit in scope.area(area).prose where includeHeadings || !unit.isHeading {
            let keys = unit.phraseKeys
            for (index, group) in groups.enumerated() where hits[index] == nil {
                hits[index] = group.matches(keys: keys).first
            }
            if !hits.contains(where: { $0 == nil }) { break }
        }
        let matched = hits.compactMap { $0 }
        let missing = zip(names, hits).filter { $0.1 == nil }.map(\.0)
        let values = ["count": String(matched.count), "min": String(minimum), "missing": missing.joined(separator: ", ")]
        let evidence = zip(names, hits).compactMap { name, hit in hit.map { "\(name): '\($0)'" } }
        if matched.count >= minimum { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, evidence: evidence))
    }
}
