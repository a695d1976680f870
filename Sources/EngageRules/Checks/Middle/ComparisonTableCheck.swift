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
/// With `paired-tables`, two tables one after the other (only headings or a
/// short paragraph between) also pass when they share their header row and
/// at least two row labels and each holds `minFigures` figures: the same
/// metrics measured twice, "### Single Database" then "### 4-Shard System".
///
/// params: `markers`, `symbols` (cue lists), `minFigures` (default 2),
/// `paired-tables` (default false).
/// Message values: {tables}, {min}.
struct ComparisonTableCheck: RuleCheck {
    static let kind = "comparison-table"

    let markers: CueSet
    let minFigures: Int
    let pairedTables: Bool

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["markers", "symbols", "minFigures", "paired-tables"])
        pairedTables = try params.bool("paired-tables", default: false)
        markers = try CueSet(params, phrases: "markers", symbols: "symbols")
        guard !markers.isEmpty else { throw params.error("'markers' must list something") }
        minFigures = try params.int("minFigures", default: 2)
    }

    /// A cell marks a side when it opens with a marker ("Before", "Without
    /// cache", "Classical CAPTCHA") or holds a marker symbol anywhere ("DB
    /// locks (❌)"); "10x baseline" names a load level, not a baseline.
    static func marker(in text: String, _ markers: CueSet) -> String? {
        // Only the first four words can open a side; symbols by bytes (see containsLiteral).
        let words = PhraseNormalizer.words(text, limit: 4)
        if let hit = markers.trie.hits(in: words).first(where: { $0.words.lowerBound == 0 }) { return hit.value }
        return markers.symbols.first { text.containsLiteral($0) }
    }

    func evaluate(_ given: RuleScope) -> CheckOutcome {
        let scope = given.resolved
        let document = scope.document
        let tables = scope.nodes { if case .table = $0 { return true } else { return false } }
        var seen: [String] = []
        var previous: MeasuredTable? = nil
        // Top-level positions, made once: pairing asks what lies between two tables.
        let blocks = pairedTables && tables.count > 1 ? scope.topLevelBlocks : []
        let positions = Dictionary(blocks.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for table in tables {
            var marker: String? = nil
            var measured = MeasuredTable(node: table)
            for row in document.children(table) {
                guard case .tableRow(let header) = document.kind(row) else { continue }
                for (column, cell) in document.children(row).enumerated() {
                    let text = document.plainText(cell)
                    if (header || column == 0), marker == nil { marker = ComparisonTableCheck.marker(in: text, markers) }
                    if header {
                        measured.header.append(text)
                    } else if column == 0 {
                        measured.rowLabels.insert(text)
                    } else if !Quantities.measures(in: text).isEmpty {
                        measured.figures += 1
                    }
                }
            }
            let figures = measured.figures
            if let marker, figures >= minFigures {
                return .pass(evidence: ["table with '\(marker)' and \(figures) figures"])
            }
            if pairedTables, let previous, pairs(previous, measured, blocks: blocks, positions: positions, in: scope.document) {
                return .pass(evidence: ["tables at lines \(document.startLine(previous.node)) and \(document.startLine(table)) "
                                        + "measure the same rows (\(previous.figures) and \(figures) figures)"])
            }
            previous = measured
            seen.append(marker.map { "table marked '\($0)' with \(figures) figures" } ?? "table without a before/after marker, \(figures) figures")
        }
        let values = ["tables": String(tables.count), "min": String(minFigures)]
        let findings = tables.prefix(1).map { Finding(offset: document.range($0).lowerBound) }
        return .fail(CheckFailure(values: values, findings: Array(findings), evidence: seen))
    }
}

/// What a table measures, for pairing it with the next one.
struct MeasuredTable {
    let node: NodeID
    var header: [String] = []
    var rowLabels: Set<String> = []
    var figures = 0
}

extension ComparisonTableCheck {
    /// Two top-level tables, the second right after the first (headings and
    /// at most one paragraph between), with the same header row, two row
    /// labels in common and `minFigures` figures each.
    func pairs(_ first: MeasuredTable, _ second: MeasuredTable, blocks: [NodeID], positions: [NodeID: Int],
               in document: Document) -> Bool {
        guard first.header == second.header, first.figures >= minFigures, second.figures >= minFigures,
              first.rowLabels.intersection(second.rowLabels).count >= 2,
              let start = positions[first.node], let end = positions[second.node], start < end else { return false }
        var paragraphs = 0
        for block in blocks[(start + 1)..<end] {
            switch document.kind(block) {
            case .heading: continue
            case .paragraph:
                paragraphs += 1
                if paragraphs > 1 { return false }
            default: return false
            }
        }
        return paragraphs <= 1
    }
}
