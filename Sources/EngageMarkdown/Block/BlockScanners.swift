/// The line-start scanners of cmark's `scanners.re` and `blocks.c`, by hand
/// over bytes. Each looks at one position of one line and never past its end,
/// so each costs at most the rest of the line.
extension LineView {
    /// `#{1,6}` then spaces/tabs or the end of the line. Returns the length
    /// matched (the end of line counts as one byte, as in cmark), or 0.
    func atxHeadingStart(at p: Int) -> Int {
        var i = p
        while peek(i) == 0x23 && i - p < 7 { i += 1 }
        let hashes = i - p
        guard hashes >= 1 && hashes <= 6 else { return 0 }
        let c = peek(i)
        if isLineEnd(c) { return hashes + 1 }
        guard isSpaceOrTab(c) else { return 0 }
        while isSpaceOrTab(peek(i)) { i += 1 }
        return i - p
    }

    /// A setext underline: `=+` (level 1) or `-+` (level 2), then only spaces/tabs.
    func setextUnderline(at p: Int) -> Int {
        let c = peek(p)
        guard c == 0x3D || c == 0x2D else { return 0 }
        var i = p
        while peek(i) == c { i += 1 }
        while isSpaceOrTab(peek(i)) { i += 1 }
        guard isLineEnd(peek(i)) else { return 0 }
        return c == 0x3D ? 1 : 2
    }

    /// An opening fence: 3+ backticks (with no backtick after them on the
    /// line) or 3+ tildes. Returns the fence length or 0.
    func openingFence(at p: Int) -> Int {
        let c = peek(p)
        guard c == 0x60 || c == 0x7E else { return 0 }
        var i = p
        while peek(i) == c { i += 1 }
        let length = i - p
        guard length >= 3 else { return 0 }
        if c == 0x60 {
            while i < end {
                if buf[i] == 0x60 { return 0 }
                i += 1
            }
        }
        return length
    }

    /// A closing fence: 3+ fence characters and then only spaces/tabs.
    func closingFence(at p: Int) -> Int {
        let c = peek(p)
        guard c == 0x60 || c == 0x7E else { return 0 }
        var i = p
        while peek(i) == c { i += 1 }
        let length = i - p
        guard length >= 3 else { return 0 }
        while isSpaceOrTab(peek(i)) { i += 1 }
        return isLineEnd(peek(i)) ? length : 0
    }

    /// cmark's `S_scan_thematic_break`: 3+ of one of `*-_`, spaces/tabs between.
    /// On failure returns 0 and the offset where the scan stopped, so that the
    /// caller never rescans that stretch at a deeper nesting level.
    func thematicBreak(at p: Int) -> (matched: Bool, stoppedAt: Int) {
        let c = peek(p)
        guard c == 0x2A || c == 0x5F || c == 0x2D else { return (false, p) }
        var count = 1
        var i = p + 1
        var next = peek(i)
        while next != 0 {
            if next == c {
                count += 1
            } else if next != 0x20 && next != 0x09 {
                break
            }
            i += 1
            next = peek(i)
        }
        if count >= 3 && isLineEnd(next) { return (true, i) }
        return (false, i)
    }

    /// cmark's `parse_list_marker` (0.29 rules: up to 9 digits; when it would
    /// interrupt a paragraph, an ordered list must start at 1 and the item
    /// must not be empty). Returns the marker length and its data.
    func listMarker(at p: Int, interruptsParagraph: Bool) -> (length: Int, data: ListData)? {
        var i = p
        let c = peek(i)
        var data = ListData()
        if c == 0x2A || c == 0x2D || c == 0x2B {
            i += 1
            guard isCmarkSpace(peek(i)) else { return nil }
            if interruptsParagraph {
                var j = i
                while isSpaceOrTab(peek(j)) { j += 1 }
                if peek(j) == 0x0A { return nil }
            }
            data.bulletChar = c
        } else if isASCIIDigit(c) {
            var start = 0
            var digits = 0
            repeat {
                start = start * 10 + Int(peek(i) - 0x30)
                i += 1
                digits += 1
            } while digits < 9 && isASCIIDigit(peek(i))
            if interruptsParagraph && start != 1 { return nil }
            let delimiter = peek(i)
            guard delimiter == 0x2E || delimiter == 0x29 else { return nil }
            i += 1
            guard isCmarkSpace(peek(i)) else { return nil }
            if interruptsParagraph {
                var j = i
                while isSpaceOrTab(peek(j)) { j += 1 }
                if isLineEnd(peek(j)) { return nil }
            }
            data.ordered = true
            data.start = start
            data.delimiter = delimiter
        } else {
            return nil
        }
        return (i - p, data)
    }

    /// Whether the line holds only spaces and tabs from `p` on.
    func isBlank(from p: Int) -> Bool {
        var i = p
        while i < end {
            if !isSpaceOrTab(buf[i]) { return false }
            i += 1
        }
        return true
    }

    /// Offset of `needle` (compared ASCII-case-insensitively when asked) in
    /// `[from, end)`, or nil. Needles are a few bytes, so this is linear.
    func find(_ needle: StaticString, from: Int, caseInsensitive: Bool = false) -> Int? {
        let count = needle.utf8CodeUnitCount
        let bytes = needle.utf8Start
        var i = from
        while i + count <= end {
            var k = 0
            while k < count {
                let c = caseInsensitive ? asciiLower(buf[i + k]) : buf[i + k]
                if c != bytes[k] { break }
                k += 1
            }
            if k == count { return i }
            i += 1
        }
        return nil
    }
}
