import EngageMarkdown

/// Kind `title-length`: the post's titles (the H1, and the front-matter
/// `title` when it differs) are at most `max` characters, so social cards and
/// search results show them whole.
///
/// params: `max` (characters, default 70), `min` (characters, default 1).
/// Message values: {length}, {max}, {min}, {title}.
struct TitleLengthCheck: RuleCheck {
    static let kind = "title-length"

    let maximum: Int
    let minimum: Int

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["max", "min"])
        maximum = try params.int("max", default: 70)
        minimum = try params.int("min", default: 1)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let document = scope.document
        var titles: [(text: String, offset: Int)] = []
        if let heading = scope.area(.title).topLevelBlocks.first {
            titles.append((document.plainText(heading).closingTrimmed(), document.range(heading).lowerBound))
        }
        if let frontMatter = document.frontMatter, let title = frontMatter.string("title")?.closingTrimmed(),
           !titles.contains(where: { $0.text == title }) {
            titles.append((title, frontMatter.range.lowerBound))
        }
        var values = ["max": String(maximum), "min": String(minimum), "length": "0", "title": ""]
        guard !titles.isEmpty else { return .notApplicable(reason: "the post has no title") }
        let offenders = titles.filter { $0.text.count > maximum || $0.text.count < minimum }
        guard let first = offenders.first else { return .pass(evidence: titles.map { "\($0.text.count) characters" }) }
        values["length"] = String(first.text.count)
        values["title"] = first.text
        return .fail(CheckFailure(values: values,
                                  findings: offenders.map { Finding(offset: $0.offset, detail: "\($0.text.count) characters", excerpt: $0.text) }))
    }
}
