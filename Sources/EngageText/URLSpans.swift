/// Finds URLs and e-mail addresses inside prose so the analysers can step
/// over them: their dots must not end sentences, their path segments are not
/// words, and `https://a.b/10ms` holds no quantity.
///
/// ProseExtractor already drops link destinations and autolinks; this covers
/// plain text and URLs written out without Markdown (GFM would autolink some).
enum URLSpans {
    private static let prefixes: [[UInt8]] = ["https://", "http://", "ftp://", "file://", "mailto:", "www."].map { Array($0.utf8) }

    /// If a URL or e-mail address starts at `i` (a word boundary), the offset
    /// just after it; trailing sentence punctuation is not part of it.
    static func end(at i: Int, in text: UTF8Scanner) -> Int? {
        guard text.hasAtSign || text.mayHoldURL else { return nil }
        let bytes = text.bytes
        guard i < bytes.count, bytes[i].isASCIILetter else { return nil }
        if i > 0, let before = text.scalar(before: i), before.isWordCharacter || before == "@" || before == "/" || before == "." {
            return nil
        }
        // Every prefix starts with h, f, m or w: most words skip the six
        // comparisons (the sentence splitter asks at every word).
        let lead = bytes[i] | 0x20
        let mayHavePrefix = lead == UInt8(ascii: "h") || lead == UInt8(ascii: "f") || lead == UInt8(ascii: "m") || lead == UInt8(ascii: "w")
        for prefix in prefixes where mayHavePrefix && matches(prefix, at: i, in: bytes) {
            let afterPrefix = i + prefix.count
            // `www.` alone, or `http://` followed by a space, is not a URL.
            guard afterPrefix < bytes.count, !text.scalar(at: afterPrefix).scalar.isWhitespaceLike else { return nil }
            return trimmedEnd(from: i, scanningFrom: afterPrefix, in: text)
        }
        return text.hasAtSign ? emailEnd(at: i, in: text) : nil
    }

    private static func matches(_ prefix: [UInt8], at i: Int, in bytes: [UInt8]) -> Bool {
        guard i + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where bytes[i + k] | (prefix[k].isASCIILetter ? 0x20 : 0) != prefix[k] {
            return false
        }
        return true
    }

    /// `name@host.tld`: letters, digits and `._%+-` before the `@`, a dotted host after.
    private static func emailEnd(at i: Int, in text: UTF8Scanner) -> Int? {
        let bytes = text.bytes
        var j = i
        // Bounded (RFC 5321 limits) so a long hyphenated run stays linear.
        while j < bytes.count, j - i <= 64, isLocalPartByte(bytes[j]) { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: "@"), j > i else { return nil }
        var k = j + 1
        var sawDot = false
        while k < bytes.count, k - j <= 255, bytes[k].isASCIILetter || bytes[k].isASCIIDigit || bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: ".") {
            if bytes[k] == UInt8(ascii: ".") { sawDot = true }
            k += 1
        }
        while k > j + 1, bytes[k - 1] == UInt8(ascii: ".") || bytes[k - 1] == UInt8(ascii: "-") { k -= 1 }
        guard sawDot, k > j + 1, bytes[j + 1..<k].contains(UInt8(ascii: ".")) else { return nil }
        return k
    }

    private static func isLocalPartByte(_ b: UInt8) -> Bool {
        b.isASCIILetter || b.isASCIIDigit || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
            || b == UInt8(ascii: "%") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }

    /// Runs to the next whitespace, then gives back closing punctuation a
    /// sentence put there: `(see https://x.y/z).` keeps neither `)` nor `.`,
    /// but `https://en.wikipedia.org/wiki/Foo_(bar)` keeps its balanced `)`.
    private static func trimmedEnd(from start: Int, scanningFrom i: Int, in text: UTF8Scanner) -> Int {
        let bytes = text.bytes
        var j = i
        var open = 0
        var close = 0
        while j < bytes.count {
            let (s, length) = text.scalar(at: j)
            if s.isWhitespaceLike || s == "<" || s == ">" || s == "\"" || s == "`" || s == "\u{201C}" || s == "\u{201D}" { break }
            if s == "(" { open += 1 } else if s == ")" { close += 1 }
            j += length
        }
        while j > i {
            let b = bytes[j - 1]
            if b == UInt8(ascii: ")") {
                if close > open { close -= 1; j -= 1; continue }
                break
            }
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
                || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: "'") || b == UInt8(ascii: "]")
                || b == UInt8(ascii: "*") || b == UInt8(ascii: "_") {
                j -= 1
                continue
            }
            // Curly closing quotes are 3 bytes (E2 80 99 / E2 80 9D).
            if j - 3 >= i, bytes[j - 3] == 0xE2, bytes[j - 2] == 0x80, bytes[j - 1] == 0x99 || bytes[j - 1] == 0x9D {
                j -= 3
                continue
            }
            break
        }
        return j
    }
}
