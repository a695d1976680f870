import EngageMarkdown

/// Kind `front-matter-field`: a front-matter field (the first of `keys` that
/// is present) holds text of `min` to `max` characters: a meta description
/// of at most 155, say.
///
/// params: `keys` (default ["description"]), `min` (characters, default 1),
/// `max` (characters, optional).
/// Message values: {key}, {length}, {min}, {max}, {problem}.
struct FrontMatterFieldCheck: RuleCheck {
    static let kind = "front-matter-field"

    let keys: [String]
    let minimum: Int
    let maximum: Int?

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["keys", "min", "max"])
        keys = try params.strings("keys", default: ["description"])
        guard !keys.isEmpty else { throw params.error("'keys' must name at least one field") }
        minimum = try params.int("min", default: 1)
        maximum = try params.optionalDouble("max").map(Int.init)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        var values = ["key": keys[0], "min": String(minimum), "max": maximum.map(String.init) ?? "any", "length": "0"]
        let document = scope.document
        guard let frontMatter = document.frontMatter,
              let key = keys.first(where: { frontMatter.string($0) != nil }),
              let text = frontMatter.string(key) else {
            values["problem"] = document.frontMatter == nil ? "there is no front matter" : "front matter has no '\(keys[0])'"
            return .fail(CheckFailure(values: values, findings: [Finding(offset: document.source.contentStart)]))
        }
        let length = text.closingTrimmed().count
        values["key"] = key
        values["length"] = String(length)
        let offset = frontMatter.range.lowerBound
        if length < minimum {
            values["problem"] = "'\(key)' is empty or too short (\(length) characters)"
            return .fail(CheckFailure(values: values, findings: [Finding(offset: offset, excerpt: text)]))
        }
        if let maximum, length > maximum {
            values["problem"] = "'\(key)' is \(length) characters"
            return .fail(CheckFailure(values: values, findings: [Finding(offset: offset, excerpt: text)]))
        }
        return .pass(evidence: ["\(key): \(length) characters"])
    }
}
