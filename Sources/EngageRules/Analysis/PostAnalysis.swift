import EngageMarkdown
import EngageSections
import EngageText

/// Facts about one post computed once and shared by every rule: the prose
/// units (paragraphs, headings, list paragraphs, cells) with their text and
/// sentences, each tied to the top-level block that holds it, so a rule's
/// scope is a cheap filter. One instance per file; never shared across threads.
public final class PostAnalysis: @unchecked Sendable {
    public let document: Document
    public let map: SectionMap
    public let path: String
    /// The document's top-level blocks, in order.
    public let topLevelBlocks: [NodeID]
    /// Prose units in document order.
    public private(set) lazy var prose: [ProseUnit] = ProseUnit.extract(from: document)

    public init(document: Document, map: SectionMap, path: String) {
        self.document = document
        self.map = map
        self.path = path
        topLevelBlocks = Array(document.children(document.root))
    }

    public func location(of offset: Int, message: String, excerpt: String?) -> Location {
        let point = document.source.location(of: offset)
        return Location(line: point.line, column: point.column, message: message, excerpt: excerpt)
    }
}

/// One block of prose: a paragraph, heading, list-item paragraph or table cell.
public struct ProseUnit: Sendable {
    public let node: NodeID
    public let kind: NodeKind
    /// The top-level block holding it (its section is that block's section).
    public let topLevel: NodeID
    /// What a reader reads: text, code spans and emoji, breaks as spaces.
    public let text: String
    /// Byte offset of the unit in the source.
    public let offset: Int

    public var isHeading: Bool { if case .heading = kind { return true } else { return false } }

    public var sentences: [Sentence] { Sentences.split(text) }

    /// Text of one sentence.
    public func text(of sentence: Sentence) -> String {
        let utf8 = Array(text.utf8)
        return String(decoding: utf8[sentence.range], as: UTF8.self)
    }

    static func extract(from document: Document) -> [ProseUnit] {
        var units: [ProseUnit] = []
        for top in document.children(document.root) {
            document.walk(from: top) { node in
                let kind = document.kind(node)
                switch kind {
                case .paragraph, .heading, .tableCell:
                    units.append(ProseUnit(node: node, kind: kind, topLevel: top, text: document.plainText(node),
                                           offset: document.range(node).lowerBound))
                    return false
                case .codeBlock, .htmlBlock, .frontMatter, .linkReferenceDefinition:
                    return false
                default:
                    return true
                }
            }
        }
        return units
    }
}
