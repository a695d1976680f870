/// `<` at the current position: a URI autolink `<https://x>`, an email
/// autolink `<a@b.c>`, raw inline HTML, or a literal `<` (cmark's
/// handle_pointy_brace, tried in that order).
///
/// Linear time: autolink scans stop at the next `<`, `>` or space; the HTML
/// scans are bounded or memoized (RawHTMLScanner).
extension InlineParser {
    mutating func handleLessThan() {
        let start = pos
        if let close = AutolinkScanner.scanURI(input, from: start + 1, end: end) {
            appendAutolink(start: start, close: close, email: false)
        } else if let close = AutolinkScanner.scanEmail(input, from: start + 1, end: end) {
            appendAutolink(start: start, close: close, email: true)
        } else if let next = RawHTMLScanner.scan(input, at: start, end: end, memo: &html) {
            pos = next
            tree.append(InlineTree.Node(kind: .html, start: start, end: next))
        } else {
            pos += 1
            tree.appendText(start, pos)
        }
    }

    /// `close` is the offset of the `>`. The destination has its references
    /// decoded (no backslash escapes in autolinks); so has the link text.
    private mutating func appendAutolink(start: Int, close: Int, email: Bool) {
        pos = close + 1
        let content = (start + 1)..<close
        var decoded: [UInt8] = email ? Array("mailto:".utf8) : []
        let prefix = decoded.count
        CharacterReference.decodeAll(input, content, into: &decoded)
        let index = Int32(tree.links.count)
        tree.links.append(InlineTree.LinkTarget(destination: String(decoding: decoded, as: UTF8.self),
                                                title: nil, style: .autolink))
        let link = tree.append(InlineTree.Node(kind: .link, start: start, end: pos, aux0: index))
        if decoded[prefix...].elementsEqual(input[content]) {
            tree.append(InlineTree.Node(kind: .text, start: content.lowerBound, end: content.upperBound), to: link)
        } else {
            let from = Int32(tree.extra.count)
            tree.extra.append(contentsOf: decoded[prefix...])
            tree.append(InlineTree.Node(kind: .decodedText, start: content.lowerBound, end: content.upperBound,
                                        aux0: from, aux1: Int32(tree.extra.count)), to: link)
        }
    }
}

enum AutolinkScanner {
    /// `scheme:rest>` after the `<`: a 2-32 character scheme, then no spaces,
    /// controls, `<` or `>`. Returns the offset of the closing `>`.
    static func scanURI(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var i = start
        guard i < end, ASCII.isAlpha(input[i]) else { return nil }
        i += 1
        while i < end && (ASCII.isAlphanumeric(input[i]) || input[i] == 0x2B || input[i] == 0x2E || input[i] == 0x2D) {
            i += 1
            if i - start > 32 { return nil }
        }
        guard i - start >= 2, i < end, input[i] == 0x3A else { return nil }
        i += 1
        while i < end {
            let c = input[i]
            if c == 0x3E { return i }
            if c <= 0x20 || c == 0x3C { return nil }
            i += 1
        }
        return nil
    }

    private static func isEmailLocal(_ c: UInt8) -> Bool {
        if ASCII.isAlphanumeric(c) { return true }
        switch c {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
             UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"),
             UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
             UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// `local@domain>` after the `<`: domain labels of 1-63 letters, digits and
    /// inner hyphens, separated by dots. Returns the offset of the closing `>`.
    static func scanEmail(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var i = start
        while i < end && isEmailLocal(input[i]) { i += 1 }
        guard i > start, i < end, input[i] == 0x40 else { return nil }
        i += 1
        while true {
            let labelStart = i
            while i < end && (ASCII.isAlphanumeric(input[i]) || input[i] == 0x2D) { i += 1 }
            let length = i - labelStart
            guard length >= 1, length <= 63, input[labelStart] != 0x2D, input[i - 1] != 0x2D, i < end else { return nil }
            if input[i] == 0x3E { return i }
            guard input[i] == 0x2E else { return nil }
            i += 1
        }
    }
}
