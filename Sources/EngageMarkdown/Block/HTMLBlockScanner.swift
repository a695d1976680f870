/// HTML block start and end conditions, as cmark 0.29 (the base of
/// cmark-gfm 0.29.0.gfm.6) scans them: types 1-6 may interrupt a paragraph,
/// type 7 (one complete tag alone on its line) may not.
extension LineView {
    /// Start condition 1-6 at `p` (which holds `<`), or 0.
    func htmlBlockStart(at p: Int) -> Int {
        guard peek(p) == 0x3C else { return 0 }
        let c = peek(p + 1)
        if c == 0x21 { // <!
            if peek(p + 2) == 0x2D && peek(p + 3) == 0x2D { return 2 }
            if matches("[CDATA[", at: p + 2, caseInsensitive: false) { return 5 }
            let letter = peek(p + 2)
            if letter >= 0x41 && letter <= 0x5A { return 4 }
            return 0
        }
        if c == 0x3F { return 3 } // <?
        // Type 1: <script, <pre, <style followed by whitespace or `>` (cmark
        // 0.29 has no <textarea> here).
        for name in [StaticString("script"), "pre", "style"] where matches(name, at: p + 1, caseInsensitive: true) {
            let after = peek(p + 1 + name.utf8CodeUnitCount)
            if isCmarkSpace(after) || after == 0x3E { return 1 }
        }
        // Type 6: a block-level tag name, opening or closing.
        var i = p + 1
        if peek(i) == 0x2F { i += 1 }
        let nameStart = i
        while isASCIIAlphanumeric(peek(i)) { i += 1 }
        guard i > nameStart, i - nameStart <= 10, isBlockTagName(from: nameStart, to: i) else { return 0 }
        let after = peek(i)
        if isCmarkSpace(after) || after == 0x3E { return 6 }
        if after == 0x2F && peek(i + 1) == 0x3E { return 6 }
        return 0
    }

    /// Start condition 7: a complete open or closing tag, then only
    /// whitespace to the end of the line.
    func htmlBlockStart7(at p: Int) -> Bool {
        guard peek(p) == 0x3C else { return false }
        var i = p + 1
        if peek(i) == 0x2F {
            i += 1
            guard let afterName = tagName(at: i) else { return false }
            i = afterName
            while isCmarkSpace(peek(i)) && i < end { i += 1 }
            guard peek(i) == 0x3E else { return false }
            i += 1
        } else {
            guard let afterName = tagName(at: i) else { return false }
            i = afterName
            while true {
                let spaceStart = i
                while i < end && isCmarkSpace(peek(i)) { i += 1 }
                guard i > spaceStart, isAttributeNameStart(peek(i)) else {
                    break
                }
                i += 1
                while isAttributeNameChar(peek(i)) { i += 1 }
                let beforeValue = i
                while i < end && isCmarkSpace(peek(i)) { i += 1 }
                if peek(i) == 0x3D {
                    i += 1
                    while i < end && isCmarkSpace(peek(i)) { i += 1 }
                    guard let afterValue = attributeValue(at: i) else { return false }
                    i = afterValue
                } else {
                    i = beforeValue
                }
            }
            if peek(i) == 0x2F { i += 1 }
            guard peek(i) == 0x3E else { return false }
            i += 1
        }
        while i < end && (buf[i] == 0x20 || buf[i] == 0x09 || buf[i] == 0x0C) { i += 1 }
        return i == end
    }

    /// Whether the end condition of HTML block `type` (1-5) occurs on the line
    /// from `p` on. Types 6 and 7 end at a blank line instead.
    func htmlBlockEnds(type: Int, from p: Int) -> Bool {
        switch type {
        case 1:
            return find("</script>", from: p, caseInsensitive: true) != nil
                || find("</pre>", from: p, caseInsensitive: true) != nil
                || find("</style>", from: p, caseInsensitive: true) != nil
        case 2: return find("-->", from: p) != nil
        case 3: return find("?>", from: p) != nil
        case 4: return find(">", from: p) != nil
        case 5: return find("]]>", from: p) != nil
        default: return false
        }
    }

    // MARK: Pieces

    private func matches(_ word: StaticString, at p: Int, caseInsensitive: Bool) -> Bool {
        let bytes = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount {
            let c = caseInsensitive ? asciiLower(peek(p + k)) : peek(p + k)
            if c != bytes[k] { return false }
        }
        return true
    }

    /// `[A-Za-z][A-Za-z0-9-]*`; returns the offset after it.
    private func tagName(at p: Int) -> Int? {
        guard isASCIILetter(peek(p)) else { return nil }
        var i = p + 1
        while isASCIIAlphanumeric(peek(i)) || peek(i) == 0x2D { i += 1 }
        return i
    }

    /// Unquoted, single- or double-quoted attribute value; offset after it.
    private func attributeValue(at p: Int) -> Int? {
        let c = peek(p)
        if c == 0x22 || c == 0x27 {
            var i = p + 1
            while i < end && buf[i] != c { i += 1 }
            return i < end ? i + 1 : nil
        }
        var i = p
        while i < end {
            let b = buf[i]
            if isCmarkSpace(b) || b == 0x22 || b == 0x27 || b == 0x3D || b == 0x3C || b == 0x3E || b == 0x60 { break }
            i += 1
        }
        return i > p ? i : nil
    }

    private func isBlockTagName(from start: Int, to stop: Int) -> Bool {
        var name: [UInt8] = []
        name.reserveCapacity(stop - start)
        for i in start..<stop { name.append(asciiLower(buf[i])) }
        return HTMLBlockNames.block.contains(name)
    }
}

@inline(__always) private func isASCIILetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
@inline(__always) private func isASCIIAlphanumeric(_ c: UInt8) -> Bool { isASCIILetter(c) || isASCIIDigit(c) }
@inline(__always) private func isAttributeNameStart(_ c: UInt8) -> Bool { isASCIILetter(c) || c == 0x5F || c == 0x3A }
@inline(__always) private func isAttributeNameChar(_ c: UInt8) -> Bool {
    isAttributeNameStart(c) || isASCIIDigit(c) || c == 0x2E || c == 0x2D
}

/// The tag names of start condition 6 in cmark 0.29's scanner.
enum HTMLBlockNames {
    static let block: Set<[UInt8]> = Set([
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center",
        "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
        "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "section", "source",
        "title", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "track", "ul",
    ].map { Array($0.utf8) })
}
