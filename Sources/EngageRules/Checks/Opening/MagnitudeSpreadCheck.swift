import EngageMarkdown
import EngageText

/// Kind `magnitude-spread`: the text shows how something grows, either with
/// figures of one measure at several orders of magnitude ("100 users: 1
/// second; 10,000 users: 100 seconds" has users at 10^2 and 10^4) or with an
/// explicit progression phrase ("at scale", "scale this", "as traffic grows").
///
/// Measures are grouped by category and unit (users, rows, requests per
/// second, bytes, money in one currency); times, percentages and factors are
/// left out by default, since almost any technical text mixes milliseconds
/// and seconds without showing growth.
///
/// params: `magnitudes` (distinct powers of ten needed, default 2), `phrases`
/// [String], `categories` [String] (default count, rate, data-size, money),
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
        for name in try params.strings("categories", default: ["count", "rate", "data-size", "money"]) {
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
        var powers: [String: Set<Int>] = [:]
        var examples: [String: [String]] = [:]
        for block in scope.area(area).prose {
            if let hit = trie.hits(in: PhraseNormalizer.words(block.text)).first {
                return .pass(evidence: ["progression '\(hit.value)'"])
            }
            for quantity in Quantities.measures(in: block.text) where categories.contains(quantity.category) {
                // A bare count ("10M") has no unit to compare like with like.
                if quantity.category == .count, quantity.unit.isEmpty { continue }
                let value = quantity.baseValue
                guard value > 0, value.isFinite else { continue }
                // Sizes and times are compared in their base unit; counts, rates
                // and money per noun or currency.
                let sameUnit = quantity.category == .dataSize || quantity.category == .time ? "" : quantity.unit
                let key = quantity.category.rawValue + ":" + sameUnit
                let power = value.log10Floor
                if powers[key, default: []].insert(power).inserted {
                    examples[key, default: []].append(block.text(of: quantity.range))
                }
                if powers[key]!.count >= magnitudes {
                    return .pass(evidence: ["grows from " + examples[key]!.joined(separator: " to ")])
                }
            }
        }
        return .fail(CheckFailure(values: ["magnitudes": String(magnitudes)]))
    }
}

private extension Double {
    /// floor(log10(self)) for self > 0, without Foundation.
    var log10Floor: Int {
        var power = 0
        var value = self
        while value >= 10 { value /= 10; power += 1 }
        while value < 1 { value *= 10; power -= 1 }
        return power
    }
}
