import EngageMarkdown
import EngageText

/// One block's plain text as UTF-8 bytes, in a buffer reused from block to
/// block: the classifier reads every paragraph of a post, and building a
/// String for each (then re-reading it once per measure) cost more than the
/// parse. The measures over these bytes are `ProseScanner`'s (EngageText).
struct BlockText {
    private(set) var bytes: [UInt8] = []

    /// Loads the bytes of `document.plainText(node)` and returns the number of
    /// links in the node, counted on the same walk.
    ///
    /// Mirrors `Document.plainText`: text, code spans and emoji as they are,
    /// breaks as a space, nothing from code blocks or HTML. Those have no
    /// children inside a paragraph, heading or cell, so no link is missed.
    mutating func load(_ node: NodeID, from document: Document) -> Int {
        bytes.removeAll(keepingCapacity: true)
        var links = 0
        document.walk(from: node) { child in
            switch document.kind(child) {
            case .text, .codeSpan, .emoji:
                if let literal = document.literal(child) { bytes.append(contentsOf: literal.utf8) }
            case .softBreak, .hardBreak:
                bytes.append(0x20)
            case .codeBlock, .htmlBlock, .inlineHTML:
                return false
            case .link:
                links += 1
            default:
                break
            }
            return true
        }
        return links
    }
}
