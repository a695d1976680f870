import EngageMarkdown

/// Kind `visuals`: pictures in the rule's area: images, tables, diagrams
/// (mermaid and other diagram languages, or plain-text blocks drawn with
/// arrows, box-drawing characters or `|` / `+--` frames), and side-by-side
/// code blocks (two code blocks with only a short label between them).
///
/// params: `elements` (any of image, table, diagram, side-by-side; default
/// all), `min` (default 1), `area` (default section).
/// Message values: {count}, {min}.
struct VisualsCheck: RuleCheck {
    static let kind = "visuals"

    enum Element: String, CaseIterable {
        case image, table, diagram
        case sideBySide = "side-by-side"
    }

    let elements: Set<Element>
    let minimum: Int
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["elements", "min", "area"])
        var elements: Set<Element> = []
        for name in try params.strings("elements", default: Element.allCases.map(\.rawValue)) {
            guard let element = Element(rawValue: name) else {
                throw params.error("elements must be among \(Element.allCases.map(\.rawValue).joined(separator: ", ")) (got '\(name)')")
            }
            elements.insert(element)
        }
        self.elements = elements
        minimum = try params.int("min", default: 1)
        area = try RuleScope.Area.parse(params)
    }

    func evaluate(_ given: RuleScope) -> CheckOutcome {
        let scope = given.resolved.area(area)
        var found: [String] = []
        if elements.contains(.image) {
            found += scope.nodes { if case .image = $0 { return true } else { return false } }.map { _ in "image" }
        }
        if elements.contains(.table) {
            found += scope.nodes { if case .table = $0 { return true } else { return false } }.map { _ in "table" }
        }
        if elements.contains(.diagram) || elements.contains(.sideBySide) {
            var previousCode: NodeID? = nil
            var wordsSince = 0
            for block in scope.middleBlocks {
                guard let language = block.language else {
                    wordsSince += block.text.split(separator: " ").count
                    continue
                }
                if elements.contains(.diagram), MiddleText.isDiagram(language: language, text: block.text) {
                    found.append(language.isEmpty ? "diagram" : "\(language) diagram")
                } else if elements.contains(.sideBySide), previousCode != nil, wordsSince <= 12 {
                    found.append("side-by-side code blocks")
                }
                previousCode = block.node
                wordsSince = 0
            }
        }
        let values = ["count": String(found.count), "min": String(minimum)]
        if found.count >= minimum { return .pass(evidence: found) }
        return .fail(CheckFailure(values: values, evidence: found))
    }
}
