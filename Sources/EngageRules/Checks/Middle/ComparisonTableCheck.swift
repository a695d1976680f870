import EngageMarkdown
import EngageText

/// Kind `comparison-table`: a table that compares a baseline with the
/// result on measured figures: "Metric | Before | After", "Without index |
/// With index", or rows where the old approach is marked ("Classical",
/// "DB locks ❌").
///
/// Passes when a cell of a table's header row or first column opens with a
/// `markers` cue or holds a marker symbol, and at least `minFigures` of its body cells hold a figure
/// with a unit (ms, %, $, req/s, GB...). A table of features ("Slow" /
/// "Fast") or of alternatives without a baseline does not pass.
///
/// params: `markers`, `symbols` (cue lists), `minFigures` (default 2).
/// Message values: {tables}, {min}.
struct ComparisonTableCheck: RuleCheck {
    static let kind = "comparison-table"

    let markers: CueSet
    let minFigures: Int

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["markers", "symbols", "minFigures"])
        markers = try CueSet(params, phrases: "markers", symbols: "symbols")
        guard !markers.isEmpty else { throw params.error("'markers' must list something") }
        minFigures = try params.int("minFigures", default: 2)
    }

    /// A cell marks a side when it opens with a marker ("Before", "Without
    /// cache", "Classical CAPTCHA") or holds a marker symbol anywhere ("DB
    /// locks (❌)"); "10x baseline" names a load level, not a baseline.
    static func marker(in text: String, _ markers: CueSet) -> String? {
        let words = PhraseNormalizer.words(text)
        if let hit = markers.trie.hits(in: Array(words.prefix(4))).first(where: { $0.words.lowerBound == 0 }) { return hit.value }
        return markers.symbols.first { text.contains($0) }
    }

    func evaluate(_ given: RuleScope) -> CheckOutcome {
        let scope = given.resolved
        let document = scope.document
        let tables = scope.nodes { if case .table = $0 { return true } else { return false } }
        var seen: [String] = []
        for table in tables {
            var marker: String? = nil
            var figures = 0
            for row in document.children(table) {
                guard case .tableRow(let header) = document.kind(row) else { continue }
                for (column, cell) in document.children(row).enumerated() {
                    let text = document.plainText(cell)
                    if (header || column == 0), marker == nil { marker = ComparisonTableCheck.marker(in: text, markers) }
                    if !header, column > 0, !Quantities.measures(in: text).isEmpty { figures += 1 }
                }
            }
            if let marker, figures >= minFigures {
                return .pass(evidence: ["table with '\(marker)' and \(figures) figures"])
            }
            seen.append(marker.map { "table marked '\($0)' with \(figures) figures" } ?? "table without a before/after marker, \(figures) figures")
        }
        let values = ["tables": String(tables.count), "min": String(minFigures)]
        let findings = tables.prefix(1).map { Finding(offset: document.range($0).lowerBound) }
        return .fail(CheckFailure(values: values, findings: Array(findings), evidence: seen))
    }
}
