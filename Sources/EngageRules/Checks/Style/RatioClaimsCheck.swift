import EngageMarkdown
import EngageText

/// Kind `ratio-claims`: a claimed change ("102x faster", "95% less",
/// "reduced by 80%") agrees with the before/after figures it sits with,
/// within `tolerance` (0.25 = 25%). Checked where a claim and a pair of
/// figures share a sentence ("1000x faster (2,500ms → 2ms)"), and in table
/// rows whose header names a before and an after column ("Before", "After",
/// "Without", "With", "Old", "New") and that hold a claim in another cell.
/// Each claim that disagrees is a finding.
///
/// params: `tolerance` (default 0.25), `area` (default post).
/// Message values: {count}, {checked}.
struct RatioClaimsCheck: RuleCheck {
    static let kind = "ratio-claims"

    let tolerance: Double
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["tolerance", "area"])
        tolerance = try params.double("tolerance", default: 0.25)
        guard tolerance >= 0 else { throw params.error("'tolerance' must not be negative") }
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        let document = scoped.document
        var checked = 0
        var findings: [Finding] = []
        var row: [ProseBlock] = []
        var rowNode: NodeID? = nil
        var table = TableRoles()

        func judgeRow() {
            defer { row = []; rowNode = nil }
            guard !row.isEmpty, let rowNode else { return }
            let header: Bool
            if case .tableCell(let isHeader) = row[0].kind { header = isHeader } else { header = false }
            let tableNode = document.parent(rowNode)
            if header {
                table = TableRoles(table: tableNode, headers: row.map { $0.text.lowercased() })
                return
            }
            guard table.table == tableNode, let b = table.before, let a = table.after, b < row.count, a < row.count,
                  let before = RatioClaimsCheck.figure(in: row[b].text), let after = RatioClaimsCheck.figure(in: row[a].text),
                  let comparison = BeforeAfter.compare(before, after) else { return }
            for (index, cell) in row.enumerated() where index != b && index != a {
                for claim in cell.claims {
                    checked += 1
                    if !RatioClaimsCheck.agrees(claim, comparison, tolerance: tolerance) {
                        findings.append(finding(cell, claim.range, comparison))
                    }
                }
                // A bare percentage in an "Improvement" column is a claim too.
                if index == table.claim, cell.claims.isEmpty,
                   let percent = Quantities.find(in: cell.text).first(where: { $0.category == .percent }),
                   let actual = comparison.percentChange, actual != 0 {
                    checked += 1
                    if !RatioClaimsCheck.within(percent.value, percent.upperValue, RatioClaimsCheck.percentReadings(comparison), tolerance) {
                        findings.append(finding(cell, percent.range, comparison))
                    }
                }
            }
        }

        func finding(_ block: ProseBlock, _ range: Range<Int>, _ comparison: Comparison) -> Finding {
            let claimed = block.text(of: range)
            return Finding(offset: block.sourceOffset(forTextOffset: range.lowerBound),
                           detail: "'\(claimed)' but the figures say \(RatioClaimsCheck.describe(comparison))", excerpt: claimed)
        }

        for block in scoped.prose {
            if case .tableCell = block.kind {
                let parent = document.parent(block.node)
                if parent != rowNode { judgeRow(); rowNode = parent }
                row.append(block)
                continue
            }
            judgeRow()
            let claims = block.claims
            guard !claims.isEmpty else { continue }
            let pairs = block.beforeAfterPairs.filter { $0.comparison != nil }
            guard !pairs.isEmpty else { continue }
            let sentences = block.sentences
            let bytes = Array(block.text.utf8)
            var s = 0
            var p = 0
            for claim in claims {
                // Claims, sentences and pairs are all in text order: walk them together.
                while s < sentences.count, sentences[s].range.upperBound <= claim.range.lowerBound { s += 1 }
                guard s < sentences.count, sentences[s].range.contains(claim.range.lowerBound) else { continue }
                let sentence = sentences[s].range
                while p < pairs.count, pairs[p].range.lowerBound < sentence.lowerBound { p += 1 }
                // Nearest pairs on either side of the claim (binary search in the sentence's pairs).
                var low = p
                var high = pairs.count
                while low < high {
                    let mid = (low + high) / 2
                    if pairs[mid].range.lowerBound <= claim.range.lowerBound { low = mid + 1 } else { high = mid }
                }
                let end = low
                var candidates: [BeforeAfterPair] = []
                for k in max(p, end - 2)..<min(pairs.count, end + 2) {
                    let pair = pairs[k]
                    guard pair.range.lowerBound >= sentence.lowerBound, pair.range.upperBound <= sentence.upperBound,
                          !pair.range.contains(claim.quantity.range.lowerBound),
                          RatioClaimsCheck.sameClause(claim, pair, in: bytes) else { continue }
                    candidates.append(pair)
                }
                guard let pair = BeforeAfter.pair(for: claim, among: candidates), let comparison = pair.comparison else { continue }
                checked += 1
                if !RatioClaimsCheck.agrees(claim, comparison, tolerance: tolerance) {
                    findings.append(finding(block, claim.range, comparison))
                }
            }
        }
        judgeRow()
        let values = ["count": String(findings.count), "checked": String(checked)]
        guard checked > 0 else { return .notApplicable(reason: "no claimed change sits with before/after figures") }
        let evidence = ["\(checked - findings.count) of \(checked) claimed changes agree with their figures"]
        if findings.isEmpty { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, findings: findings, evidence: evidence))
    }

    /// Whether a claim matches the figures within `tolerance`, read leniently:
    /// a range claim ("5-10x") agrees when any value in it does, and the
    /// direction word is not held against the figures ("reduced load by 30x"
    /// beside "30 seconds instead of 1" speaks of another measure's direction).
    /// A percentage may describe either figure's change ("50% faster" for
    /// 300ms → 200ms is a 1.5x speed-up, a 33% shorter time).
    static func agrees(_ claim: ClaimedChange, _ comparison: Comparison, tolerance: Double) -> Bool {
        switch claim.kind {
        case .factor:
            guard let factor = comparison.factor else { return false }
            return within(claim.quantity.value, claim.quantity.upperValue, [factor], tolerance)
        case .percent:
            return within(claim.quantity.value, claim.quantity.upperValue, percentReadings(comparison), tolerance)
        }
    }

    static func percentReadings(_ comparison: Comparison) -> [Double] {
        var readings: [Double] = []
        if let change = comparison.percentChange { readings.append(abs(change)) }
        if let factor = comparison.factor { readings.append((factor - 1) * 100) }
        // Two percentages: the claim may count points ("error rate up by 0.2%" for 0.5% → 0.7%).
        if comparison.unit == "%" { readings.append(abs(comparison.after - comparison.before)) }
        return readings.filter { $0 > 0 }
    }

    /// Whether some value in [low, high] lies within `tolerance` of one of `actuals`.
    static func within(_ low: Double, _ high: Double?, _ actuals: [Double], _ tolerance: Double) -> Bool {
        let a = abs(low)
        let b = abs(high ?? low)
        let (lower, upper) = (min(a, b), max(a, b))
        return actuals.contains { actual in
            let nearest = min(max(actual, lower), upper)
            return abs(nearest - actual) <= tolerance * actual
        }
    }

    static let gapFillers: Set<String> = ["a", "an", "the", "that", "that's", "thats", "s", "which", "is", "for", "about",
                                          "roughly", "nearly", "over", "almost", "around", "or", "i", "e", "so", "by", "down", "up",
                                          "reduced", "reduces", "reducing", "cut", "cuts", "cutting", "improved", "improves",
                                          "improving", "dropped", "drops", "decreased", "increased", "saved", "saves", "saving",
                                          "faster", "slower", "lower", "higher", "less", "more", "it", "this", "just", "only"]

    /// Whether a claim and a pair sit in one clause: no dash, colon or
    /// semicolon between them, and a bare figure ("1000x") only right next
    /// to its pair ("1000x (2,500ms → 2ms)"), since "at 10x load" is no claim.
    static func sameClause(_ claim: ClaimedChange, _ pair: BeforeAfterPair, in bytes: [UInt8]) -> Bool {
        let gap = claim.range.upperBound <= pair.range.lowerBound
            ? claim.range.upperBound..<pair.range.lowerBound
            : pair.range.upperBound..<max(pair.range.upperBound, claim.range.lowerBound)
        if claim.word == nil && gap.count > 3 { return false }
        guard gap.count <= 80, gap.upperBound <= bytes.count else { return false }
        let text = String(decoding: bytes[gap], as: UTF8.self)
        for separator in [" — ", " – ", " - ", "—", ";", ":"] where text.contains(separator) { return false }
        // Figures first, then words, then the claim ("from 1s to 5s reduces overhead by 30%"):
        // the figures are the cause and the claim measures something else.
        if pair.range.upperBound <= claim.quantity.range.lowerBound {
            let words = String(decoding: bytes[pair.range.upperBound..<claim.quantity.range.lowerBound], as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            if words.contains(where: { !gapFillers.contains($0) }) { return false }
        }
        return true
    }

    /// The first figure of a cell: a measure, or a bare number.
    static func figure(in text: String) -> Quantity? {
        Quantities.find(in: text).first { $0.hasUnit }
    }

    static func describe(_ comparison: Comparison) -> String {
        let factor = comparison.factor.map { "\($0.oneDecimal)x" } ?? "no ratio"
        let percent = comparison.percentChange.map { " (\($0.oneDecimal)%)" } ?? ""
        return "\(comparison.before.oneDecimal) → \(comparison.after.oneDecimal) \(comparison.unit) = \(factor)\(percent)"
    }
}

/// Which columns of a table hold the before figure, the after figure and the claimed change.
struct TableRoles {
    var table: NodeID? = nil
    var before: Int? = nil
    var after: Int? = nil
    var claim: Int? = nil

    init() {}

    init(table: NodeID?, headers: [String]) {
        self.table = table
        for (index, header) in headers.enumerated() {
            let words = TableRoles.letterRuns(header)
            if before == nil, words.contains(where: TableRoles.beforeWords.contains) {
                before = index
            } else if after == nil, words.contains(where: TableRoles.afterWords.contains) {
                after = index
            } else if claim == nil, words.contains(where: TableRoles.claimWords.contains) {
                claim = index
            }
        }
    }

    static let beforeWords: Set<String> = ["before", "without", "old", "baseline", "naive", "unoptimized", "original"]
    static let afterWords: Set<String> = ["after", "with", "new", "optimized", "optimised", "improved"]
    static let claimWords: Set<String> = ["improvement", "speedup", "change", "gain", "difference", "factor", "reduction",
                                          "delta", "savings"]

    /// The runs of letters of a header (Characters that are letters; on
    /// bytes for ASCII, where those are a-z and A-Z).
    static func letterRuns(_ header: String) -> [String] {
        if header.utf8.allSatisfy({ $0 < 0x80 }) {
            return header.utf8.split(whereSeparator: { $0 | 0x20 < 0x61 || $0 | 0x20 > 0x7A })
                .map { String(decoding: $0, as: UTF8.self) }
        }
        return header.split(whereSeparator: { !$0.isLetter }).map(String.init)
    }
}
