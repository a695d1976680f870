import EngageMarkdown

/// The block structure of a document as `engage outline` shows it. It is
/// the view the differential check and outside tools read: keep it stable.
public struct OutlineEntry: Equatable, Sendable {
    public let kind: String
    public let line: Int
    public let column: Int
    public let endLine: Int
    public let depth: Int
    /// Kind-specific facts in output order: level, text, info, rows, ...
    public let details: [(String, JSONValue)]

    public static func == (lhs: OutlineEntry, rhs: OutlineEntry) -> Bool { lhs.json == rhs.json && lhs.depth == rhs.depth }

    public var json: JSONValue {
        .object([("kind", .string(kind)), ("line", .int(line)), ("column", .int(column)), ("endLine", .int(endLine))] + details)
    }
}

public enum DocumentOutline {
    /// Every block node (not the document itself), in document order.
    public static func entries(of document: Document) -> [OutlineEntry] {
        var entries: [OutlineEntry] = []
        var depthOf: [NodeID: Int] = [document.root: -1]
        document.walk { node in
            let kind = document.kind(node)
            guard kind.isBlock else { return false }
            if node == document.root { return true }
            let depth = (document.parent(node).flatMap { depthOf[$0] } ?? -1) + 1
            depthOf[node] = depth
            let span = document.span(node)
            entries.append(OutlineEntry(kind: kind.name, line: span.start.line, column: span.start.column,
                                        endLine: span.end.line, depth: depth, details: details(of: node, kind, in: document)))
            // Table rows and cells are summarised by the table's row count.
            if case .table = kind { return false }
            return true
        }
        return entries
    }

    private static func details(of node: NodeID, _ kind: NodeKind, in document: Document) -> [(String, JSONValue)] {
        switch kind {
        case .heading(let level, let setext):
            return [("level", .int(level)), ("setext", .bool(setext)), ("text", .string(document.plainText(node)))]
        case .codeBlock(let fenced, let info):
            return [("fenced", .bool(fenced)), ("info", .string(info))]
        case .table(let alignments):
            let rows = document.children(node).reduce(0) { count, _ in count + 1 }
            return [("rows", .int(rows)), ("columns", .int(alignments.count)),
                    ("alignments", .array(alignments.map { .string($0.rawValue) }))]
        case .list(let info):
            var facts: [(String, JSONValue)] = [("ordered", .bool(info.ordered)), ("tight", .bool(info.tight))]
            if info.ordered { facts.append(("start", .int(info.start))) }
            return facts
        case .listItem(let task):
            return task.map { [("task", .bool($0))] } ?? []
        case .linkReferenceDefinition(let label, let destination, _):
            return [("label", .string(label)), ("destination", .string(destination))]
        default:
            return []
        }
    }

    /// Deeper blocks are not indented further but carry their depth: 50,000
    /// nested quotes indented in full would print 2.5 billion spaces.
    static let maximumIndent = 16

    /// One line per block, indented by nesting: `12-12  heading h2 "Why This Matters"`.
    public static func text(_ entries: [OutlineEntry]) -> String {
        var out = ""
        for entry in entries {
            let lines = entry.line == entry.endLine ? "\(entry.line)" : "\(entry.line)-\(entry.endLine)"
            out += lines.padded(to: 10) + String(repeating: "  ", count: min(entry.depth, maximumIndent))
            if entry.depth > maximumIndent { out += "(depth \(entry.depth)) " }
            out += entry.kind
            for (key, value) in entry.details where key != "setext" && key != "fenced" && key != "alignments" {
                out += " \(key)=" + value.serialized()
            }
            out += "\n"
        }
        return out
    }
}
