import EngageMarkdown
import EngageText

/// One block's plain text as UTF-8 bytes, in a buffer reused from block to
/// block: building a String for each block the classifier reads (then
/// re-reading it once per measure) cost more than the parse. The measures over
/// these bytes are `ProseScanner`'s (EngageText).
struct BlockText {
    private(set) var bytes: [UInt8] = []

    /// Loads the bytes of `document.plainText(node)`, or its first `limit`
    /// bytes cut back to the last space (no word is cut in two); returns
    /// whether text was left out.
    @discardableResult
    mutating func load(_ node: NodeID, from document: Document, limit: Int = .max) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        return append(node, from: document, limit: limit)
    }

    /// Appends the bytes of `document.plainText(node)` after a line break
    /// (which ends any word or token before it), at most `limit` of them, cut
    /// back to the last space; returns whether text was left out. The walk
    /// stops at the limit, so a long paragraph costs no more than its first
    /// `limit` bytes.
    ///
    /// Mirrors `Document.plainText`: text, code spans and emoji as they are,
    /// breaks as a space, nothing from code blocks or HTML.
    @discardableResult
    mutating func append(_ node: NodeID, from document: Document, limit: Int) -> Bool {
        if !bytes.isEmpty { bytes.append(0x0A) }
        let start = bytes.count
        var current: NodeID? = node
        while let at = current {
            var descend = true
            switch document.kind(at) {
            case .text, .codeSpan, .emoji:
                if let literal = document.literal(at) { bytes.append(contentsOf: literal.utf8) }
            case .softBreak, .hardBreak:
                bytes.append(0x20)
            case .codeBlock, .htmlBlock, .inlineHTML:
                descend = false
            default:
                break
            }
            if bytes.count - start >= limit {
                cut(from: start, at: start + limit)
                return true
            }
            if descend, let child = document.firstChild(at) {
                current = child
            } else {
                current = document.nextInWalk(after: at, top: node)
            }
        }
        return false
    }

    /// Keeps the bytes before the last space in `start..<end`; with no space
    /// there, the bytes up to `end`, backed off to a scalar's start.
    private mutating func cut(from start: Int, at limit: Int) {
        var end = min(limit, bytes.count)
        if let space = bytes[start..<end].lastIndex(of: 0x20), space > start {
            end = space
        } else {
            while end > start, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        bytes.removeSubrange(end...)
    }
}
