import EngageMarkdown
import EngageSections

/// Kind `section-order`: the framework's order where it matters (Mistake 1,
/// starting with the solution): the hook comes first, the problem before the
/// solution, no solution code before the problem, and the post ends with the
/// call to action: no other framework section after its last part
/// (unclassified material such as an FAQ or glossary may follow).
/// Parts the classifier calls `other` (setup, FAQ, reference) are ignored.
///
/// params: `ignore-languages` [String] (code that is not solution code:
/// diagrams; default mermaid, text...). Message values: {count}, {problems}.
struct SectionOrderCheck: RuleCheck {
    static let kind = "section-order"

    let ignored: Set<String>

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["ignore-languages"])
        ignored = Set(try params.strings("ignore-languages", default: ["mermaid", "text", "txt", "plaintext", "plain", "ascii", "diagram"])
            .map { $0.lowercased() })
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let document = scope.document
        let parts = scope.map.parts.filter { $0.section != .other && !$0.region.blocks.isEmpty }
        guard !parts.isEmpty else { return .notApplicable(reason: "no framework sections found") }
        func offset(_ part: ClassifiedPart) -> Int { part.headingNode.map { document.range($0).lowerBound } ?? document.range(part.region.blocks[0]).lowerBound }
        func name(_ part: ClassifiedPart) -> String { part.headingNode == nil ? "the opening" : "'\(part.heading)'" }
        var findings: [Finding] = []
        var problems: [String] = []

        if let first = parts.first, first.section != .hook {
            problems.append("starts with \(first.section.title)")
            findings.append(Finding(offset: offset(first), detail: "the post opens with \(first.section.title) (\(name(first))): open with the hook, a claim and the reader's pain",
                                    excerpt: first.heading))
        }
        let firstProblem = parts.firstIndex { $0.section == .problem }
        if let firstProblem {
            if let solution = parts[..<firstProblem].first(where: { $0.section == .solution }) {
                problems.append("solution before problem")
                findings.append(Finding(offset: offset(solution), detail: "\(name(solution)) gives the solution before the problem: show the pain first",
                                        excerpt: solution.heading))
            } else if let code = firstCode(in: parts[..<firstProblem], document: document) {
                problems.append("code before the problem")
                findings.append(Finding(offset: document.range(code).lowerBound,
                                        detail: "code comes before the problem is shown: state the pain first, then the fix", excerpt: nil))
            }
        }
        // The call to action closes the post: whatever framework section comes
        // after its last part is out of place (a stray mid-post part that reads
        // like a call to action does not make the rest wrong).
        if let lastCTA = parts.lastIndex(where: { $0.section == .cta }), lastCTA < parts.count - 1 {
            for part in parts[(lastCTA + 1)...] {
                problems.append("\(part.section.rawValue) after the call to action")
                findings.append(Finding(offset: offset(part), detail: "\(name(part)) (\(part.section.title)) comes after the call to action: end with the call to action",
                                        excerpt: part.heading))
            }
        }
        let order = parts.map(\.section.rawValue).joined(separator: " → ")
        if findings.isEmpty { return .pass(evidence: [order]) }
        return .fail(CheckFailure(values: ["count": String(findings.count), "problems": problems.joined(separator: "; ")],
                                  findings: findings, evidence: [order]))
    }

    /// The first block of code (not a diagram) in these parts.
    func firstCode(in parts: ArraySlice<ClassifiedPart>, document: Document) -> NodeID? {
        for part in parts {
            for block in part.region.blocks {
                var found: NodeID? = nil
                document.walk(from: block) { node in
                    guard found == nil else { return false }
                    if case .codeBlock(_, let info) = document.kind(node) {
                        let language = CodeBlocksCheck.language(info)
                        let isCode = language.isEmpty ? CodeBlocksCheck.looksLikeCode(document.literal(node) ?? "") : !ignored.contains(language)
                        if isCode { found = node }
                        return false
                    }
                    return true
                }
                if let found { return found }
            }
        }
        return nil
    }
}
