import EngageMarkdown
import EngageText

/// Kind `magnitude-spread`: the text shows how something grows, either with
/// figures of one measure at several orders of magnitude ("100 users: 1
/// second; 10,000 users: 100 seconds" has users at 10^2 and 10^4) or with an
/// explicit progression phrase ("at scale", "scale this", "as traffic grows").
///
/// Measures are grouped by category and unit (users, rows, requests per
/// second); sizes, money, times, percentages and factors are left out by
/// default, since almost any technical text mixes milliseconds and seconds,
/// bytes and gigabytes, without showing growth.
///
/// params: `magnitudes` (orders of magnitude spanned: 2 means the largest
/// figure is at least 10 times the smallest; default 2), `phrases` [String],
/// `categories` [String] (default count and rate),
/// `area` (default section). Message values: {magnitudes}.
struct MagnitudeSpreadCheck: RuleCheck {
    static let kind = "magnitude-spread"

    let magnitudes: Int
    let trie: WordTrie<String>
    let categories: Set<QuantityCategory>
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["magnitudes", "phrases", "categories", "area"])
        magnitudes = try params.int("magnitudes", default: 2)
        guard magnitudes >= 2 else { throw params.error("'magnitudes' must be at least 2") }
        var trie = WordTrie<String>()
        for phrase in try params.strings("phrases", default: []) {
            trie.insert(phrase, value: PhraseNormalizer.words(phrase).joined(separator: " "))
        }
        self.trie = trie
        var categories: Set<QuantityCategory> = []
        for name in try params.strings("categories", default: ["count", "rate"]) {
            let key = name.replacingOccurrences(of: "-", with: "").lowercased()
            guard let category = QuantityCategory.allCases.first(where: { $0.rawValue.lowercased() == key }), category.isMeasure else {
                throw params.error("unknown quantity category '\(name)'")
            }
            categories.insert(category)
        }
        self.categories = categories
        area = try RuleScope.Area.parse(params)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        // Smallest and largest figure seen for each measure, with their text.
        var extremes: [String: (low: Double, lowText: String, high: Double, highText: String)] = [:]
        var needed = 1.0
        for _ in 1..<magnitudes { needed *= 10 }
        for block in scope.area(area).prose {
            if let hit = trie.hits(in: block.phraseKeys).first {
                return .pass(evidence: ["progression '\(hit.value)'"])
            }
            for quantity in block.measures where categories.contains(quantity.category) {
                // A bare count ("10M") has no unit to compare like with like.
                if quantity.category == .count, quantity.unit.isEmpty { continue }
                let value = quantity.baseValue
                guard value > 0, value.isFinite else { continue }
                // Sizes and times are compared in their base unit; counts, rates
                // and money per noun or currency.
                let sameUnit = quantity.category == .dataSize || quantity.category == .time ? "" : quantity.unit
                let key = quantity.category.rawValue + ":" + sameUnit
                let text = block.text(of: quantity.range)
                var entry = extremes[key] ?? (value, text, value, text)
                if value < entry.low { entry.low = value; entry.lowText = text }
                if value > entry.high { entry.high = value; entry.highText = text }
                extremes[key] = entry
                if entry.high >= entry.low * needed {
                    return .pass(evidence: ["grows from \(entry.lowText) to \(entry.highText)"])
                }
            }
        }
        return .fail(CheckFailure(values: ["magnitudes": String(magnitudes)]))
    }
}

