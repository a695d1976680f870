import EngageMarkdown
import EngageText

/// Generic kind `count`: how many of an element the rule's area holds,
/// against `min` and/or `max`.
///
/// params: `element` (see `Element`), `area` (default section), `min`, `max`.
/// Message values: {count}, {min}, {max}, {element}.
struct CountCheck: RuleCheck {
    static let kind = "count"

    /// What can be counted. Prose elements are counted in prose only.
    enum Element: String, CaseIterable {
        case codeBlock = "code-block"
        case table
        case list
        case orderedList = "ordered-list"
        case listItem = "list-item"
        case link
        case image
        case blockquote
        case heading
        case quantity
        case company
        case question
        case bold
        case emoji
        case paragraph
    }

    let element: Element
    let area: RuleScope.Area
    let minimum: Int?
    let maximum: Int?

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["element", "area", "min", "max"])
        let name = try params.string("element")
        guard let element = Element(rawValue: name) else {
            throw params.error("element must be one of \(Element.allCases.map(\.rawValue).joined(separator: ", ")) (got '\(name)')")
        }
        self.element = element
        area = try RuleScope.Area.parse(params)
        minimum = try params.optionalDouble("min").map(Int.init)
        maximum = try params.optionalDouble("max").map(Int.init)
        guard minimum != nil || maximum != nil else { throw params.error("'min' or 'max' is required") }
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let (count, names) = CountCheck.count(element, in: scope.area(area))
        var values = ["count": String(count), "element": element.rawValue]
        if let minimum { values["min"] = String(minimum) }
        if let maximum { values["max"] = String(maximum) }
        let evidence = names.isEmpty ? ["\(count) \(element.rawValue)"] : names
        if let minimum, count < minimum { return .fail(CheckFailure(values: values, evidence: evidence)) }
        if let maximum, count > maximum { return .fail(CheckFailure(values: values, evidence: evidence)) }
        return .pass(evidence: evidence)
    }

    /// The count, and names worth showing as evidence (companies, quantities).
    static func count(_ element: Element, in scope: RuleScope) -> (Int, [String]) {
        func nodes(_ matches: (NodeKind) -> Bool) -> (Int, [String]) { (scope.nodes(where: matches).count, []) }
        switch element {
        case .codeBlock: return nodes { if case .codeBlock = $0 { return true } else { return false } }
        case .table: return nodes { if case .table = $0 { return true } else { return false } }
        case .list: return nodes { if case .list = $0 { return true } else { return false } }
        case .orderedList: return nodes { if case .list(let info) = $0 { return info.ordered } else { return false } }
        case .listItem: return nodes { if case .listItem = $0 { return true } else { return false } }
        case .link: return nodes { if case .link = $0 { return true } else { return false } }
        case .image: return nodes { if case .image = $0 { return true } else { return false } }
        case .blockquote: return nodes { $0 == .blockQuote }
        case .heading: return nodes { if case .heading = $0 { return true } else { return false } }
        case .bold: return nodes { $0 == .strong }
        case .paragraph: return nodes { $0 == .paragraph }
        case .emoji: return nodes { $0 == .emoji }
        case .quantity:
            let found = scope.prose.flatMap { unit in unit.measures.map { quantity in
                String(decoding: Array(unit.text.utf8)[quantity.range], as: UTF8.self)
            } }
            return (found.count, Array(found.prefix(6)))
        case .company:
            let names = scope.analysis.companies.companies(in: scope.prose.map(\.text))
            return (names.count, names)
        case .question:
            let count = scope.prose.filter { !$0.isHeading }.reduce(0) { $0 + $1.sentences.filter(\.isQuestion).count }
            return (count, [])
        }
    }
}
