import EngageText

/// Kind `reader-question`: a question put to the reader to answer in public:
/// a question sentence that addresses the reader ("What's your slowest
/// query?") in a paragraph or list item that, or whose heading or lead,
/// invites a reply (`invite`: comment, share, discussion, let us know...).
/// Questions in headings and tables (FAQ entries, interview-question lists)
/// do not count, nor do questions with no invitation around them.
///
/// params: `invite` (phrases, required), `area` (default section), `min` (default 1).
/// Message values: {count}, {min}.
struct ReaderQuestionCheck: RuleCheck {
    static let kind = "reader-question"

    let invite: Closing.PhraseSet
    let area: RuleScope.Area
    let minimum: Int

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["invite", "area", "min"])
        let phrases = try params.strings("invite")
        guard !phrases.isEmpty else { throw params.error("'invite' must list at least one phrase") }
        invite = Closing.PhraseSet(phrases)
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 1)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scope = scope.area(area)
        // Whether the nearest heading, or the paragraph before, invites replies.
        var headingInvites = false
        var leadInvites = false
        var found: [String] = []
        for unit in scope.prose {
            switch unit.kind {
            case .heading:
                headingInvites = invite.contains(in: unit)
                leadInvites = false
                continue
            case .tableCell:
                continue
            case .paragraph, .blockQuote, .listItem:
                break
            }
            let blockInvites = invite.contains(in: unit)
            defer { if unit.kind != .listItem { leadInvites = blockInvites } }
            guard blockInvites || headingInvites || (leadInvites && unit.kind == .listItem) else { continue }
            for sentence in unit.sentences where sentence.isQuestion {
                let text = unit.text(of: sentence.range)
                if SecondPerson.analyze(text).count > 0 { found.append(text) }
            }
        }
        let values = ["count": String(found.count), "min": String(minimum)]
        if found.count >= minimum { return .pass(evidence: Array(found.prefix(3))) }
        return .fail(CheckFailure(values: values, evidence: found))
    }
}
