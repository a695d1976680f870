/// Which way a figure moved.
public enum ChangeDirection: String, Equatable, Sendable {
    case decrease, increase, unchanged
}

/// Two figures of the same measure expressed in one unit, with the change
/// between them: what a claim such as "102x faster" must agree with.
public struct Comparison: Equatable, Sendable {
    /// The before figure, in `unit`.
    public let before: Double
    /// The after figure, converted to `unit`.
    public let after: Double
    /// The common unit (the before figure's, e.g. `ms`, `req/s`, `USD`).
    public let unit: String
    public let direction: ChangeDirection
    /// Larger over smaller, whichever way it moved: 2500ms → 2ms is 1250,
    /// 10,000 → 90,000 is 9. Nil when either figure is zero.
    public let factor: Double?
    /// (after − before) / before × 100: 2500ms → 2ms is −99.92. Nil when before is zero.
    public let percentChange: Double?
}

/// `2500ms → 2ms`, `from 15s to 0.2s`, `2.5s vs 50ms`, `2ms, down from 2,500ms`.
public struct BeforeAfterPair: Equatable, Sendable {
    public enum Connector: String, Equatable, Sendable {
        /// `→`, `->`, `=>`, `⟶`, `➡️`
        case arrow
        /// `from A to B`, `from A down to B`
        case fromTo
        /// `A to B` without `from`: both figures must carry a unit
        case to
        /// `A vs B`, `vs.`, `versus`, `compared to/with`
        case versus
        /// `B, down from A`, `B instead of A`, `B (was A)`: after first
        case reversed
    }

    /// UTF-8 range from the first figure (or `from`) to the end of the second.
    public let range: Range<Int>
    public let before: Quantity
    public let after: Quantity
    public let connector: Connector
    /// Nil when the two cannot be compared (different currencies or measures).
    public let comparison: Comparison?
}

/// A stated change: `102x faster`, `1000x`, `10 times faster`, `95% less`,
/// `reduced by 80%`, `70% reduction`, `cuts 40%`.
public struct ClaimedChange: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable { case factor, percent }

    /// UTF-8 range of the claim, its wording included (`reduced by 80%`, `19x less`).
    public let range: Range<Int>
    public let quantity: Quantity
    public let kind: Kind
    /// From unambiguous wording (`less`, `reduced` → decrease; `more`, `grew` →
    /// increase). Nil for `faster`, `better`, `improvement` or no word: whether
    /// faster means a smaller time or a larger rate depends on the measure.
    public let direction: ChangeDirection?
    /// The word that makes it a claim, lower-cased (`faster`, `reduction`, `by`), if any.
    public let word: String?

    /// The ratio the claim implies, larger over smaller: 102 for `102x faster`,
    /// 20 for `95% less` (1 / 0.05), 1.5 for `50% more`. Nil for a 100%+ decrease.
    public var impliedFactor: Double? {
        switch kind {
        case .factor:
            return quantity.value
        case .percent:
            let p = quantity.value / 100
            if direction == .increase { return 1 + p }
            return p < 1 ? 1 / (1 - p) : nil
        }
    }

    /// Whether the claim matches the figures within `tolerance` (0.25 = 25%,
    /// relative to the figures). Factor claims compare factors; percent claims
    /// compare percentages (in factor space 95% vs 99% would look 5x apart).
    /// A stated direction that contradicts the figures never agrees.
    public func agrees(with comparison: Comparison, tolerance: Double = 0.25) -> Bool {
        if let direction, direction != comparison.direction, comparison.direction != .unchanged { return false }
        switch kind {
        case .factor:
            guard let actual = comparison.factor else { return false }
            return abs(quantity.value - actual) <= tolerance * actual
        case .percent:
            guard let change = comparison.percentChange else { return false }
            let actual = abs(change)
            guard actual > 0 else { return quantity.value == 0 }
            return abs(quantity.value - actual) <= tolerance * actual
        }
    }
}

/// Finds before/after figures and claimed changes, and compares them.
///
/// Pairs are two adjacent quantities joined only by a connector. A bare
/// number takes the unit of its partner (`from 15 to 0.2s`), a rate written
/// once covers both (`$10,000 → $500 per month`), two bare numbers compare
/// as counts after an arrow or `vs` (`10,000 → 90,000`); years, labels,
/// versions and list markers never pair; two figures of different measures
/// (`5 minutes to 10 GB`) are not a pair. Table rows are not text: rules
/// pass cell quantities to `compare(_:_:)` themselves.
public enum BeforeAfter {
    public static func pairs(in text: String) -> [BeforeAfterPair] {
        let scanner = UTF8Scanner(text)
        return pairs(in: scanner, quantities: Quantities.find(in: scanner))
    }

    /// Claimed factors and percentage changes in `text`.
    public static func claims(in text: String) -> [ClaimedChange] {
        let scanner = UTF8Scanner(text)
        return claims(in: scanner, quantities: Quantities.find(in: scanner))
    }

    /// Compares two figures of the same measure in the before figure's unit.
    /// Nil when they measure different things (time vs size, USD vs EUR,
    /// users vs rows) or a figure is not a measure.
    public static func compare(_ before: Quantity, _ after: Quantity) -> Comparison? {
        guard before.hasUnit, after.hasUnit, comparable(before, after) else { return nil }
        let beforeValue = before.value
        // after expressed in before's unit (and before's per-unit).
        let afterValue = after.baseValue * before.perScale / before.unitScale
        let direction: ChangeDirection = afterValue < beforeValue ? .decrease : afterValue > beforeValue ? .increase : .unchanged
        let low = min(abs(beforeValue), abs(afterValue))
        let high = max(abs(beforeValue), abs(afterValue))
        let factor: Double? = low > 0 ? high / low : nil
        let percent: Double? = beforeValue != 0 ? (afterValue - beforeValue) / beforeValue * 100 : nil
        return Comparison(before: beforeValue, after: afterValue, unit: before.unitDescription,
                          direction: direction, factor: factor, percentChange: percent)
    }

    /// The pair a claim most likely describes: the nearest comparable pair
    /// by distance in the text (same sentence or row is the caller's choice).
    public static func pair(for claim: ClaimedChange, among pairs: [BeforeAfterPair]) -> BeforeAfterPair? {
        var best: BeforeAfterPair? = nil
        var bestDistance = Int.max
        for pair in pairs where pair.comparison != nil {
            let distance: Int
            if pair.range.upperBound <= claim.range.lowerBound {
                distance = claim.range.lowerBound - pair.range.upperBound
            } else if claim.range.upperBound <= pair.range.lowerBound {
                distance = pair.range.lowerBound - claim.range.upperBound
            } else {
                distance = 0
            }
            if distance < bestDistance {
                best = pair
                bestDistance = distance
            }
        }
        return best
    }

    // MARK: Internals

    static func comparable(_ a: Quantity, _ b: Quantity) -> Bool {
        guard a.category == b.category else { return false }
        if (a.per == nil) != (b.per == nil) { return false }
        switch a.category {
        case .money, .other:
            return a.unit == b.unit
        case .count, .rate:
            return a.unit == b.unit || a.unit.isEmpty || b.unit.isEmpty
        default:
            return true
        }
    }

    /// `q` with the unit of `model`: the `15` in `from 15 to 0.2s`.
    static func adopting(_ q: Quantity, unitOf model: Quantity) -> Quantity {
        Quantity(range: q.range, number: q.number, multiplier: q.multiplier == 1 ? model.multiplier : q.multiplier,
                 upperValue: q.upperValue, category: model.category, unit: model.unit, per: model.per,
                 unitScale: model.unitScale, perScale: model.perScale)
    }

    static func adoptingPer(_ q: Quantity, from model: Quantity) -> Quantity {
        Quantity(range: q.range, number: q.number, multiplier: q.multiplier, upperValue: q.upperValue,
                 category: q.category, unit: q.unit, per: model.per, unitScale: q.unitScale, perScale: model.perScale)
    }

    static func asCount(_ q: Quantity) -> Quantity {
        Quantity(range: q.range, number: q.number, multiplier: q.multiplier, upperValue: q.upperValue,
                 category: .count, unit: "")
    }

    private static let arrows: Set<String> = ["→", "->", "-->", "=>", "⟶", "➡", "➡️", "➜", "⇒", "—>", "–>", "⮕", "→→"]
    private static let versus: Set<String> = ["vs", "vs.", "versus", "compared to", "compared with", "against", "v."]
    private static let toWords: Set<String> = ["to", "down to", "dropped to", "fell to", "went to", "became", "to just", "to only", "down to just", "down to only"]
    private static let reversedWords: Set<String> = ["down from", "up from", "instead of", "from", "was", "(was", "vs. the old", "previously"]

    static func pairs(in text: UTF8Scanner, quantities: [Quantity]) -> [BeforeAfterPair] {
        var found: [BeforeAfterPair] = []
        guard quantities.count >= 2 else { return found }
        for k in 0..<(quantities.count - 1) {
            let first = quantities[k]
            let second = quantities[k + 1]
            guard pairable(first), pairable(second) else { continue }
            let gapRange = first.range.upperBound..<second.range.lowerBound
            guard gapRange.count <= 24 else { continue }
            let gap = normalisedGap(text.string(gapRange))
            var connector: BeforeAfterPair.Connector
            if arrows.contains(gap) {
                connector = .arrow
            } else if versus.contains(gap) {
                connector = .versus
            } else if toWords.contains(gap) {
                connector = .to
            } else if reversedWords.contains(gap) {
                connector = .reversed
            } else {
                continue
            }
            var start = first.range.lowerBound
            if connector == .to {
                if let from = wordBefore(first.range.lowerBound, in: text), from.word == "from" {
                    connector = .fromTo
                    start = from.start
                } else if !(first.hasUnit && second.hasUnit) {
                    continue  // "5 to 10 users" is a range, not a change
                }
            }
            var (before, after) = connector == .reversed ? (second, first) : (first, second)
            if !before.hasUnit && !after.hasUnit {
                // `Reads/sec: 10,000 → 90,000`: two plain counts, only with a
                // connector that cannot be a range.
                guard connector == .arrow || connector == .versus else { continue }
                before = asCount(before)
                after = asCount(after)
            }
            if !before.hasUnit { before = adopting(before, unitOf: after) }
            if !after.hasUnit { after = adopting(after, unitOf: before) }
            // `$10,000 → $500 per month`: the rate written once covers both.
            if before.category == after.category, (before.per == nil) != (after.per == nil) {
                if before.per == nil { before = adoptingPer(before, from: after) } else { after = adoptingPer(after, from: before) }
            }
            guard comparable(before, after) else { continue }
            found.append(BeforeAfterPair(range: start..<second.range.upperBound, before: before, after: after,
                                         connector: connector, comparison: compare(before, after)))
        }
        return found
    }

    private static func pairable(_ q: Quantity) -> Bool {
        q.hasUnit || q.category == .number
    }

    /// The gap between two figures, trimmed of spaces, commas and opening
    /// brackets, lower-cased, inner whitespace collapsed.
    static func normalisedGap(_ gap: String) -> String {
        let trimmed = gap.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{A0}" })
            .joined(separator: " ")
        var scalars = Substring(trimmed)
        while let last = scalars.last, last == "(" || last == "," || last == ":" { scalars = scalars.dropLast() }
        while let first = scalars.first, first == "," || first == ")" { scalars = scalars.dropFirst() }
        return scalars.trimmingSpaces().lowercased()
    }

    /// The ASCII word before `i`, stepping over spaces and approximation marks
    /// (`by ~95%`, `from ≈15s`).
    private static func wordBefore(_ i: Int, in text: UTF8Scanner) -> (word: String, start: Int)? {
        var k = i
        while k > 0 {
            let p = text.start(before: k)
            let s = text.scalar(at: p).scalar
            guard s == "~" || s == "\u{2248}" || s == "<" || s == ">" || s.isHorizontalSpace else { break }
            k = p
        }
        guard k < i else { return nil }
        return text.asciiWord(endingAt: k)
    }

    // MARK: Claims

    /// Words after a figure that make it a claimed change, with their direction.
    static let claimFollowers: [String: ChangeDirection?] = [
        "faster": nil, "quicker": nil, "slower": nil, "better": nil, "worse": nil, "improvement": nil,
        "speedup": nil, "speed-up": nil, "boost": nil, "gain": nil,
        "less": .decrease, "fewer": .decrease, "lower": .decrease, "smaller": .decrease, "cheaper": .decrease,
        "reduction": .decrease, "decrease": .decrease, "drop": .decrease, "savings": .decrease, "saving": .decrease,
        "off": .decrease, "shorter": .decrease, "down": .decrease,
        "more": .increase, "higher": .increase, "larger": .increase, "bigger": .increase, "increase": .increase,
        "growth": .increase, "greater": .increase, "longer": .increase, "up": .increase,
    ]

    /// Verbs before `by N%` (or right before `N%`) that make a claimed change.
    static let claimVerbs: [String: ChangeDirection?] = [
        "reduced": .decrease, "reduce": .decrease, "reduces": .decrease, "reducing": .decrease,
        "cut": .decrease, "cuts": .decrease, "cutting": .decrease, "decreased": .decrease, "decreases": .decrease,
        "dropped": .decrease, "drops": .decrease, "lowered": .decrease, "lowers": .decrease, "slashed": .decrease,
        "slashes": .decrease, "shrank": .decrease, "shrinks": .decrease, "fell": .decrease, "saves": .decrease,
        "saved": .decrease, "trimmed": .decrease, "down": .decrease,
        "increased": .increase, "increases": .increase, "grew": .increase, "grows": .increase, "boosted": .increase,
        "boosts": .increase, "raised": .increase, "rose": .increase, "up": .increase,
        "improved": nil, "improves": nil, "sped": nil, "accelerated": nil, "speeds": nil,
    ]

    static func claims(in text: UTF8Scanner, quantities: [Quantity]) -> [ClaimedChange] {
        var found: [ClaimedChange] = []
        for q in quantities where q.category == .factor || q.category == .percent {
            var start = q.range.lowerBound
            var end = q.range.upperBound
            var direction: ChangeDirection? = nil
            var word: String? = nil
            if let following = followingWord(after: end, in: text), let d = claimFollowers[following.word] {
                direction = d
                word = following.word
                end = following.end
            }
            if word == nil, let previous = wordBefore(start, in: text) {
                if previous.word == "by", let verb = claimVerb(before: previous.start, in: text) {
                    direction = verb.direction
                    word = verb.word
                    start = verb.start
                } else if let d = claimVerbs[previous.word] {
                    direction = d
                    word = previous.word
                    start = previous.start
                }
            }
            // A bare percentage (`CPU: 95%`) is a level, not a change.
            if q.category == .percent && word == nil { continue }
            found.append(ClaimedChange(range: start..<end, quantity: q,
                                       kind: q.category == .factor ? .factor : .percent,
                                       direction: direction, word: word))
        }
        return found
    }

    /// The verb of `<verb> [up to two words] by N%`: "reduced latency by 80%".
    private static func claimVerb(before i: Int, in text: UTF8Scanner) -> (word: String, direction: ChangeDirection?, start: Int)? {
        var position = i
        for _ in 0..<3 {
            guard let word = wordBefore(position, in: text) else { return nil }
            if let d = claimVerbs[word.word] { return (word.word, d, word.start) }
            position = word.start
        }
        return nil
    }

    private static func followingWord(after i: Int, in text: UTF8Scanner) -> (word: String, end: Int)? {
        let start = text.skipSpaces(from: i)
        guard start > i || start == i else { return nil }
        var j = start
        while j < text.count, text.bytes[j].isASCIILetter || (text.bytes[j] == UInt8(ascii: "-") && j + 1 < text.count && text.bytes[j + 1].isASCIILetter) {
            j += 1
        }
        guard j > start, j - start <= 16 else { return nil }
        if j < text.count, text.scalar(at: j).scalar.isWordCharacter { return nil }
        return (text.string(start..<j).lowercased(), j)
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return s
    }
}
