import EngageMarkdown
import EngageText

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
                if html.containsLiteral("<img") || html.containsLiteral("<svg") || html.containsLiteral("<picture") {
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
        let plain = plainLanguages.contains(language)
        // Program text needs only the box count: a byte scan, no Characters.
        if !plain { return boxDrawingLines(text) >= 2 }
        var boxLines = 0
        for line in text.linesSplitAtNewlines() {
            // An ASCII line holds no box character and no Unicode arrow: its
            // bytes are its Characters.
            if let structured = asciiArrowStructure(line.utf8) {
                if structured { return true }
                continue
            }
            if line.unicodeScalars.contains(where: { (0x2500...0x259F).contains($0.value) }) {
                boxLines += 1
                if boxLines >= 2 { return true }
                continue
            }
            let trimmed = line.closingTrimmed()
            if let first = trimmed.unicodeScalars.first, verticalArrows.contains(first) {
                return true
            } else if trimmed.hasPrefix("+-") && trimmed.hasSuffix("-+") {
                return true
            } else if arrowCount(in: trimmed) >= 2 {
                return true
            } else if trimmed == "|" || trimmed == "v" || trimmed == "^" {
                return true
            }
        }
        return false
    }

    /// For an all-ASCII line, whether it is arrow structure as
    /// `isASCIIDiagram` judges a line (a `+--+` frame, two arrows, a lone
    /// `|`, `v` or `^`); nil when a byte is not ASCII.
    static func asciiArrowStructure(_ utf8: Substring.UTF8View) -> Bool? {
        utf8.withContiguousStorageIfAvailable(asciiArrowStructure(bytes:))
            ?? Array(utf8).withUnsafeBufferPointer(asciiArrowStructure(bytes:))
    }

    private static func asciiArrowStructure(bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let trimmed = OpeningText.asciiTrimmedRange(bytes) else { return nil }
        guard !trimmed.isEmpty else { return false }
        let first = trimmed.lowerBound, end = trimmed.upperBound
        let length = end - first
        // "+-" ... "-+" (the two may share the "-": "+-+").
        if length >= 3, bytes[first] == 0x2B, bytes[first + 1] == 0x2D, bytes[end - 2] == 0x2D, bytes[end - 1] == 0x2B {
            return true
        }
        if length == 1, bytes[first] == 0x7C || bytes[first] == 0x76 || bytes[first] == 0x5E { return true }  // | v ^
        // Arrows left to right, each counted once: the first of `horizontalArrows` that matches.
        var count = 0
        var i = first
        while i < end {
            let byte = bytes[i]
            guard byte == 0x2D || byte == 0x3C || byte == 0x3D,  // - < =
                  let arrow = asciiArrows.first(where: { arrow in
                      i + arrow.count <= end && arrow.indices.allSatisfy { bytes[i + $0] == arrow[$0] }
                  }) else {
                i += 1
                continue
            }
            count += 1
            if count >= 2 { return true }
            i += arrow.count
        }
        return false
    }

    /// The ASCII spellings of `horizontalArrows`, in their order.
    private static let asciiArrows: [[UInt8]] = horizontalArrows.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// Lines holding a box-drawing or block character (U+2500-U+259F), as the
    /// Character split above counts them: every Unicode line break separates.
    static func boxDrawingLines(_ text: String) -> Int {
        let bytes = Array(text.utf8)  // valid UTF-8: a lead byte's continuations follow it
        var lines = 0
        var lineHasBox = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte >= 0x0A && byte <= 0x0D || byte == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0x85 {
                lineHasBox = false
            } else if byte == 0xE2, i + 2 < bytes.count {
                let second = bytes[i + 1], third = bytes[i + 2]
                if second == 0x80, third == 0xA8 || third == 0xA9 {
                    lineHasBox = false  // U+2028, U+2029
                } else if second >= 0x94 && second <= 0x96, second < 0x96 || third <= 0x9F, !lineHasBox {
                    lines += 1
                    lineHasBox = true
                }
            }
            i += 1
        }
        return lines
    }

    static let verticalArrows: Set<Unicode.Scalar> = ["\u{2193}", "\u{2191}", "\u{21E9}", "\u{21E7}", "\u{2B07}", "\u{2B06}", "\u{25BC}", "\u{25B2}", "\u{21D3}", "\u{21D1}"]
    static let horizontalArrows: [String] = ["\u{2192}", "\u{2190}", "\u{2194}", "\u{21D2}", "\u{27F6}", "\u{2B95}", "-->", "<--", "->", "<-", "==>", "=>"]

    /// Arrows on one line (each occurrence of a longer arrow counted once),
    /// compared as whole characters: an arrow followed by a combining mark is
    /// another character, not an arrow. Scalars, not Characters, so a long
    /// text diagram costs one pass.
    static func arrowCount(in line: String) -> Int {
        let scalars = Array(line.unicodeScalars)
        var count = 0
        var i = 0
        while i < scalars.count {
            if mayStartArrow(scalars[i]), let arrow = arrowScalars.first(where: { isArrow($0, in: scalars, at: i) }) {
                count += 1
                i += arrow.count
            } else {
                i += 1
            }
        }
        return count
    }

    private static let arrowScalars: [[Unicode.Scalar]] = horizontalArrows.map { Array($0.unicodeScalars) }
    static let arrowStarts = Set(arrowScalars.compactMap(\.first))

    /// `arrowStarts.contains`, without hashing the ASCII scalars that make up
    /// most of a text block (measured: the Set lookup per scalar was a third
    /// of this check's time).
    static func mayStartArrow(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x3C, 0x3D: return true
        case 0..<0x80: return false
        default: return arrowStarts.contains(scalar)
        }
    }

    private static func isArrow(_ arrow: [Unicode.Scalar], in scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + arrow.count <= scalars.count, scalars[i..<(i + arrow.count)].elementsEqual(arrow) else { return false }
        guard i + arrow.count < scalars.count else { return true }
        let next = scalars[i + arrow.count].properties
        // Extending scalars (combining marks, variation selectors, ZWJ) join the last one into another character.
        return !(next.isGraphemeExtend || next.generalCategory == .spacingMark || scalars[i + arrow.count] == "\u{200D}")
    }
}
