import EngageMarkdown

/// Kind `diagram`: visual aids in the rule's area: images (Markdown or HTML
/// `<img>`/`<svg>`), diagram code blocks (mermaid, PlantUML, Graphviz...) and
/// ASCII-art diagrams in code blocks (box-drawing characters, `+---+` boxes,
/// arrows between lines or chained on a line).
///
/// params: `area` (default section), `min` (default 1), `languages` (code
/// block info strings that are diagrams; default: mermaid, plantuml, puml,
/// dot, graphviz, ditaa, svgbob, d2, nomnoml, flowchart, sequence).
/// Message values: {count}, {min}.
struct DiagramCheck: RuleCheck {
    static let kind = "diagram"

    let area: RuleScope.Area
    let minimum: Int
    let languages: Set<String>

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["area", "min", "languages"])
        area = try RuleScope.Area.parse(params)
        minimum = try params.int("min", default: 1)
        languages = Set(try params.strings("languages", default: [
            "mermaid", "plantuml", "puml", "dot", "graphviz", "ditaa", "svgbob", "d2", "nomnoml", "flowchart", "sequence",
        ]).map { $0.lowercased() })
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scope = scope.area(area)
        let document = scope.document
        var found: [String] = []
        for node in scope.nodes(where: DiagramCheck.isCandidate) {
            switch document.kind(node) {
            case .image(let destination, _, _):
                found.append("image \(destination)")
            case .htmlBlock, .inlineHTML:
                let html = (document.literal(node) ?? "").lowercased()
                if html.contains("<img") || html.contains("<svg") || html.contains("<picture") {
                    found.append("HTML image at line \(document.startLine(node))")
                }
            case .codeBlock(_, let info):
                let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" }).first.map { $0.lowercased() } ?? ""
                if languages.contains(language) {
                    found.append("\(language) diagram at line \(document.startLine(node))")
                } else if DiagramCheck.isASCIIDiagram(document.literal(node) ?? "", language: language) {
                    found.append("text diagram at line \(document.startLine(node))")
                }
            default:
                break
            }
        }
        let values = ["count": String(found.count), "min": String(minimum)]
        if found.count >= minimum { return .pass(evidence: Array(found.prefix(6))) }
        return .fail(CheckFailure(values: values, evidence: found))
    }

    static func isCandidate(_ kind: NodeKind) -> Bool {
        switch kind {
        case .image, .htmlBlock, .inlineHTML, .codeBlock: return true
        default: return false
        }
    }

    /// Languages whose blocks are program text: there, only box-drawing
    /// characters make a diagram (`->`, `=>` and `|` are operators).
    static let plainLanguages: Set<String> = ["", "text", "txt", "plain", "plaintext", "ascii", "asciiart", "diagram", "art", "none", "nohighlight"]

    /// Box-drawing and block characters, arrows drawn with them, or (in a
    /// plain-text block) an arrow on its own line, chained arrows, or an ASCII box.
    static func isASCIIDiagram(_ text: String, language: String) -> Bool {
        var boxLines = 0
        var arrowStructure = 0
        let plain = plainLanguages.contains(language)
        for line in text.split(whereSeparator: \.isNewline) {
            if line.unicodeScalars.contains(where: { (0x2500...0x259F).contains($0.value) }) {
                boxLines += 1
                continue
            }
            guard plain else { continue }
            let trimmed = line.closingTrimmed()
            if let first = trimmed.unicodeScalars.first, verticalArrows.contains(first) {
                arrowStructure += 1
            } else if trimmed.hasPrefix("+-") && trimmed.hasSuffix("-+") {
                arrowStructure += 1
            } else if arrowCount(in: trimmed) >= 2 {
                arrowStructure += 1
            } else if trimmed == "|" || trimmed == "v" || trimmed == "^" {
                arrowStructure += 1
            }
        }
        return boxLines >= 2 || arrowStructure >= 1
    }

    static let verticalArrows: Set<Unicode.Scalar> = ["\u{2193}", "\u{2191}", "\u{21E9}", "\u{21E7}", "\u{2B07}", "\u{2B06}", "\u{25BC}", "\u{25B2}", "\u{21D3}", "\u{21D1}"]
    static let horizontalArrows: [String] = ["\u{2192}", "\u{2190}", "\u{2194}", "\u{21D2}", "\u{27F6}", "\u{2B95}", "-->", "<--", "->", "<-", "==>", "=>"]

    /// Arrows on one line (each occurrence of a longer arrow counted once).
    static func arrowCount(in line: String) -> Int {
        var count = 0
        var rest = Substring(line)
        while !rest.isEmpty {
            if let arrow = horizontalArrows.first(where: { rest.hasPrefix($0) }) {
                count += 1
                rest = rest.dropFirst(arrow.count)
            } else {
                rest = rest.dropFirst()
            }
        }
        return count
    }
}
