/// The pieces of link syntax shared by inline links and reference
/// definitions: labels, destinations, titles, and their cleaning. Each
/// scanner mirrors cmark's (manual_scan_link_url, scan_link_title, link_label)
/// including its limits, which double as defences against quadratic scans.
enum LinkSyntax {
    /// cmark's MAX_LINK_LABEL_LENGTH: a label longer than this is not a label.
    static let maximumLabelLength = 1000
    /// cmark gives up on a destination nested deeper than this many parentheses.
    static let maximumParenthesisDepth = 32

    /// cmark's scan_spacechars: `[ \t\v\f\r\n]*`.
    static func skipWhitespace(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var i = start
        while i < end && ASCII.isSpace(input[i]) { i += 1 }
        return i
    }

    /// A destination at `start`: `<...>` or a run without spaces whose
    /// parentheses balance. Returns the destination's raw content and the
    /// offset after it, or nil.
    static func scanDestination(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> (content: Range<Int>, next: Int)? {
        var i = start
        if i < end && input[i] == 0x3C {
            i += 1
            while i < end {
                let c = input[i]
                if c == 0x3E {
                    i += 1
                    guard i < end else { return nil }
                    return ((start + 1)..<(i - 1), i)
                } else if c == 0x5C {
                    i += 2
                } else if c == 0x0A || c == 0x3C {
                    return nil
                } else {
                    i += 1
                }
            }
            return nil
        }
        var depth = 0
        while i < end {
            let c = input[i]
            if c == 0x5C && i + 1 < end && ASCII.isPunctuation(input[i + 1]) {
                i += 2
            } else if c == 0x28 {
                depth += 1
                i += 1
                if depth > maximumParenthesisDepth { return nil }
            } else if c == 0x29 {
                if depth == 0 { break }
                depth -= 1
                i += 1
            } else if ASCII.isSpace(c) {
                if i == start { return nil }
                break
            } else {
                i += 1
            }
        }
        guard i < end else { return nil }
        return (start..<i, i)
    }

    /// A title at `start`: `"..."`, `'...'` or `(...)`. Returns the offset after
    /// it, or nil. Like cmark's re2c scanner it takes the longest match, so a
    /// backslash before the closing quote may end the title when nothing
    /// later can.
    static func scanTitle(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        guard start < end else { return nil }
        let open = input[start]
        let close: UInt8
        switch open {
        case 0x22, 0x27: close = open
        case 0x28: close = 0x29
        default: return nil
        }
        var lastEscapedClose = -1
        var i = start + 1
        while i < end {
            let c = input[i]
            let escaped = input[i - 1] == 0x5C && i - 1 > start
            if c == close {
                if !escaped { return i + 1 }
                lastEscapedClose = i
            } else if open == 0x28 && c == 0x28 && !escaped {
                break
            }
            i += 1
        }
        return lastEscapedClose >= 0 ? lastEscapedClose + 1 : nil
    }

    /// A label `[...]` at `start` (no unescaped brackets, at most 1000 bytes).
    /// Returns its content (whitespace-trimmed) and the offset after `]`.
    static func scanLabel(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> (content: Range<Int>, next: Int)? {
        guard start < end && input[start] == 0x5B else { return nil }
        var i = start + 1
        var length = 0
        while i < end {
            let c = input[i]
            if c == 0x5B { return nil }
            if c == 0x5D {
                var low = start + 1
                var high = i
                while low < high && ASCII.isSpace(input[low]) { low += 1 }
                while high > low && ASCII.isSpace(input[high - 1]) { high -= 1 }
                return (low..<high, i + 1)
            }
            if c == 0x5C {
                i += 1
                length += 1
                if i < end && ASCII.isPunctuation(input[i]) {
                    i += 1
                    length += 1
                }
            } else {
                i += 1
                length += 1
            }
            if length > maximumLabelLength { return nil }
        }
        return nil
    }

    /// cmark_clean_url: trimmed, character references decoded, then backslash
    /// escapes removed (in that order, as cmark does).
    static func cleanDestination(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high && ASCII.isSpace(input[low]) { low += 1 }
        while high > low && ASCII.isSpace(input[high - 1]) { high -= 1 }
        var decoded: [UInt8] = []
        CharacterReference.decodeAll(input, low..<high, into: &decoded)
        return String(decoding: BackslashEscapes.unescape(decoded), as: UTF8.self)
    }

    /// cmark_clean_title: surrounding quotes or parentheses removed, references
    /// decoded, escapes removed.
    static func cleanTitle(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let first = input[range.lowerBound]
        let last = input[range.upperBound - 1]
        var inner = range
        if range.count >= 2 && ((first == 0x27 && last == 0x27) || (first == 0x28 && last == 0x29) || (first == 0x22 && last == 0x22)) {
            inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        }
        var decoded: [UInt8] = []
        CharacterReference.decodeAll(input, inner, into: &decoded)
        return String(decoding: BackslashEscapes.unescape(decoded), as: UTF8.self)
    }
}
