/// Raw inline HTML as cmark-gfm 0.29 recognizes it: open and closing tags,
/// comments (0.29 rules: the text may not start with `>` or `->`, nor contain
/// `--`), processing instructions, declarations (`<!` + uppercase letters)
/// and CDATA sections.
///
/// Linear time: a comment, processing instruction or CDATA section runs to a
/// fixed terminator (`--`, `?>`, `]]>`); once a search for one reaches the end
/// of the block, the memo answers every later `<` of that kind at once, so
/// `<!--` or `<?` × 100k cost O(n). A tag stops at its first `>` or at the
/// first character no tag allows.
enum RawHTMLScanner {
    struct Memo {
        /// Offset from which the terminator is known to be absent, per kind.
        var noDoubleDash = Int.max
        var noQuestionGreater = Int.max
        var noCDATAEnd = Int.max
        var noGreater = Int.max
    }

    /// `<` is at `start`. Returns the offset just past the HTML, or nil.
    static func scan(_ input: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, memo: inout Memo) -> Int? {
        var i = start + 1
        guard i < end else { return nil }
        let c = input[i]
        if ASCII.isAlpha(c) { return openTag(input, from: i, end: end) }
        if c == 0x2F { return closeTag(input, from: i + 1, end: end) }
        if c == 0x3F {
            if i + 1 >= memo.noQuestionGreater { return nil }
            if let found = find(input, [0x3F, 0x3E], from: i + 1, end: end) { return found + 2 }
            memo.noQuestionGreater = min(memo.noQuestionGreater, i + 1)
            return nil
        }
        guard c == 0x21 else { return nil }
        i += 1
        if hasPrefix(input, i, end, Array("--".utf8)) { return comment(input, textStart: i + 2, end: end, memo: &memo) }
        if hasPrefix(input, i, end, Array("[CDATA[".utf8)) {
            let from = i + 7
            if from >= memo.noCDATAEnd { return nil }
            if let found = find(input, [0x5D, 0x5D, 0x3E], from: from, end: end) { return found + 3 }
            memo.noCDATAEnd = min(memo.noCDATAEnd, from)
            return nil
        }
        // Declaration: uppercase letters, whitespace, anything up to `>`.
        let nameStart = i
        while i < end && input[i] >= 0x41 && input[i] <= 0x5A { i += 1 }
        guard i > nameStart, i < end, ASCII.isSpace(input[i]) else { return nil }
        if i >= memo.noGreater { return nil }
        if let found = find(input, [0x3E], from: i, end: end) { return found + 1 }
        memo.noGreater = min(memo.noGreater, i)
        return nil
    }

    private static func comment(_ input: UnsafeBufferPointer<UInt8>, textStart: Int, end: Int, memo: inout Memo) -> Int? {
        if hasPrefix(input, textStart, end, Array("-->".utf8)) { return textStart + 3 }  // <!---->
        guard textStart < end else { return nil }
        if input[textStart] == 0x3E { return nil }
        if hasPrefix(input, textStart, end, Array("->".utf8)) { return nil }
        if textStart >= memo.noDoubleDash { return nil }
        guard let dashes = find(input, [0x2D, 0x2D], from: textStart, end: end) else {
            memo.noDoubleDash = min(memo.noDoubleDash, textStart)
            return nil
        }
        // The first `--` must be the end `-->`: the text may not contain `--`.
        guard dashes > textStart, dashes + 2 < end, input[dashes + 2] == 0x3E else { return nil }
        return dashes + 3
    }

    private static func isSpaceChar(_ c: UInt8) -> Bool { ASCII.isSpace(c) }

    /// `<tag attr="v" attr2=v attr3 />`; `i` is at the tag name's first letter.
    private static func openTag(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var i = start + 1
        while i < end && (ASCII.isAlphanumeric(input[i]) || input[i] == 0x2D) { i += 1 }
        while true {
            let beforeSpace = i
            while i < end && isSpaceChar(input[i]) { i += 1 }
            guard i < end else { return nil }
            let c = input[i]
            if c == 0x3E { return i + 1 }
            if c == 0x2F { return i + 1 < end && input[i + 1] == 0x3E ? i + 2 : nil }
            // An attribute needs whitespace before its name.
            guard i > beforeSpace, ASCII.isAlpha(c) || c == 0x5F || c == 0x3A else { return nil }
            i += 1
            while i < end && (ASCII.isAlphanumeric(input[i]) || input[i] == 0x3A || input[i] == 0x2E
                              || input[i] == 0x5F || input[i] == 0x2D) { i += 1 }
            // Optional `= value`.
            var j = i
            while j < end && isSpaceChar(input[j]) { j += 1 }
            guard j < end, input[j] == 0x3D else { continue }
            j += 1
            while j < end && isSpaceChar(input[j]) { j += 1 }
            guard j < end else { return nil }
            let q = input[j]
            if q == 0x22 || q == 0x27 {
                j += 1
                while j < end && input[j] != q { j += 1 }
                guard j < end else { return nil }
                i = j + 1
            } else {
                let valueStart = j
                while j < end {
                    let v = input[j]
                    if isSpaceChar(v) || v == 0x22 || v == 0x27 || v == 0x3D || v == 0x3C || v == 0x3E || v == 0x60 { break }
                    j += 1
                }
                guard j > valueStart else { return nil }
                i = j
            }
        }
    }

    /// `</tag >`; `i` is just past the `/`.
    private static func closeTag(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var i = start
        guard i < end, ASCII.isAlpha(input[i]) else { return nil }
        i += 1
        while i < end && (ASCII.isAlphanumeric(input[i]) || input[i] == 0x2D) { i += 1 }
        while i < end && isSpaceChar(input[i]) { i += 1 }
        guard i < end, input[i] == 0x3E else { return nil }
        return i + 1
    }

    private static func hasPrefix(_ input: UnsafeBufferPointer<UInt8>, _ at: Int, _ end: Int, _ prefix: [UInt8]) -> Bool {
        guard at + prefix.count <= end else { return false }
        for k in 0..<prefix.count where input[at + k] != prefix[k] { return false }
        return true
    }

    /// First offset ≥ `from` where `needle` starts, or nil.
    private static func find(_ input: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int, end: Int) -> Int? {
        let first = needle[0]
        var i = from
        while i + needle.count <= end {
            if input[i] == first {
                var k = 1
                while k < needle.count && input[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
