import EngageMarkdown
import EngageSections

/// Kind `sections-present`: every framework section the rule lists is found
/// by the section classifier (`SectionMap.present`). The one finding the
/// report groups missing sections under: one location per missing section,
/// placed where the section belongs (before the next section that is there),
/// each saying what to add.
///
/// params: `sections` [String] (section ids, default all eight).
/// Message values: {count} (missing), {total}, {missing} (names).
struct SectionsPresentCheck: RuleCheck {
    static let kind = "sections-present"

    let sections: [SectionID]

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["sections"])
        let names = try params.strings("sections", default: SectionID.framework.map(\.rawValue))
        var sections: [SectionID] = []
        for name in names {
            guard let id = SectionID(rawValue: name), id != .other else {
                throw params.error("unknown section '\(name)' (known: \(SectionID.framework.map(\.rawValue).joined(separator: ", ")))")
            }
            sections.append(id)
        }
        guard !sections.isEmpty else { throw params.error("'sections' must list something") }
        self.sections = sections.sorted()
    }

    /// What to add for each section, in the framework's terms.
    static func hint(_ section: SectionID) -> String {
        switch section {
        case .hook: return "open with a bold claim, the reader's pain and a promise before the first heading"
        case .problem: return "add '## The Problem' with a concrete scenario, code that shows it and numbers for the cost"
        case .whyFails: return "add '## Why Obvious Solutions Fail': two common approaches and how each breaks"
        case .shift: return "add '## The Paradigm Shift': the old mental model against the new one, with an analogy"
        case .solution: return "add '## The Solution' with an overview, numbered steps and runnable code"
        case .proof: return "add '## Real-World Validation' naming 3+ companies with their numbers"
        case .quickWin: return "add '## Quick Win (5 Minutes)' with copy-paste commands and how to verify"
        case .cta: return "end with '## Key Takeaways', next steps, related links and a question for the reader"
        case .other: return ""
        }
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let map = scope.map
        let missing = sections.filter { map.present[$0] != true }
        let found = sections.filter { map.present[$0] == true }
        guard !missing.isEmpty else { return .pass(evidence: found.map { "\($0.rawValue) present" }) }
        let document = scope.document
        let end = scope.analysis.topLevelBlocks.last.map { document.range($0).upperBound } ?? document.source.contentStart
        let findings = missing.map { section -> Finding in
            // Where it belongs: at the first part of a later section that is there.
            let next = map.parts.first { $0.section > section && $0.section != .other }
            let offset = next.flatMap { $0.region.blocks.first }.map { document.range($0).lowerBound } ?? end
            return Finding(offset: offset, detail: "\(section.title): \(Self.hint(section))", excerpt: section.rawValue)
        }
        let values = ["count": String(missing.count), "total": String(sections.count),
                      "missing": missing.map(\.title).joined(separator: ", ")]
        return .fail(CheckFailure(values: values, findings: findings, evidence: found.map { "\($0.rawValue) present" }))
    }
}
