/// One word of prose: its UTF-8 range in the analysed text.
public struct Word: Equatable, Hashable, Sendable {
    public let range: Range<Int>
    /// True when the word starts with a digit (`2,500`, `1.23`, `10ms`, `v2` is not).
    public let startsWithDigit: Bool

    public init(range: Range<Int>, startsWithDigit: Bool) {
        self.range = range
        self.startsWithDigit = startsWithDigit
    }
}

/// Word tokenising for counts and rates (reading time, "you" per 1,000 words,
/// sentence lengths, emoji per 40 words).
///
/// A word is a run of letters, digits, combining marks and `_`, where
/// - `'` `’` and hyphens join two word characters: `don't`, `you’re`, `B-Tree`;
/// - `.` joins two word characters: `1.23`, `v2.0.1`, `Node.js`, `e.g` (the
///   final `.` of `e.g.` is punctuation);
/// - `,` joins two digits: `2,500`, `10,000,000`.
///
/// Not words: URLs and e-mail addresses (`https://a.b/c`, `www.x.io`), emoji
/// (keycaps `1️⃣` included), symbols (`→`, `$`, `%`), U+FFFC placeholders.
/// So `$10M` is one word (`10M`) and `95%` is one word (`95`).
/// A word lower-cased for comparison (curly apostrophes made straight), with
/// its UTF-8 range in the analysed text.
public typealias LowercasedWord = (text: String, range: Range<Int>)

public enum Words {
    /// `words` of `text` lower-cased, `’` as `'`: what phrase lists compare.
    public static func lowercased(_ words: [Word], in text: String) -> [LowercasedWord] {
        var utf8 = Array(text.utf8)
        return words.map { word in
            var hasUpper = false
            var hasCurly = false
            for i in word.range {
                let byte = utf8[i]
                if byte >= 0x41 && byte <= 0x5A { hasUpper = true } else if byte >= 0x80 { hasCurly = true }
            }
            // ASCII-only words are lower-cased in place; others go through the
            // full Unicode mapping (Foundation-free), once.
            if !hasCurly {
                if hasUpper { for i in word.range where utf8[i] >= 0x41 && utf8[i] <= 0x5A { utf8[i] |= 0x20 } }
                return (String(decoding: utf8[word.range], as: UTF8.self), word.range)
            }
            let lower = String(decoding: utf8[word.range], as: UTF8.self).lowercased()
            let straight = lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }
            return (String(String.UnicodeScalarView(straight)), word.range)
        }
    }

    public static func tokenize(_ text: String) -> [Word] {
        tokenize(UTF8Scanner(text))
    }

    public static func count(_ text: String) -> Int {
        var n = 0
        scan(UTF8Scanner(text)) { _, _ in n += 1 }
        return n
    }

    static func tokenize(_ text: UTF8Scanner) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(text.count / 6)
        scan(text) { range, digit in words.append(Word(range: range, startsWithDigit: digit)) }
        return words
    }

    /// Calls `emit` for each word in order. One pass; every byte is looked at
    /// a bounded number of times.
    static func scan(_ text: UTF8Scanner, _ emit: (Range<Int>, Bool) -> Void) {
        let n = text.count
        var i = 0
        while i < n {
            let (s, length) = text.scalar(at: i)
            if !s.isWordCharacter {
                i += length
                continue
            }
            if let urlEnd = URLSpans.end(at: i, in: text) {
                i = urlEnd
                continue
            }
            if s.isKeycapBase, let keycapEnd = Emoji.sequenceEnd(at: i, in: text) {
                i = keycapEnd
                continue
            }
            let start = i
            var j = i + length
            while j < n {
                let (t, tLength) = text.scalar(at: j)
                if t.isWordCharacter {
                    // `10️⃣` style keycaps end the word before the keycap digit.
                    if t.isKeycapBase, Emoji.sequenceEnd(at: j, in: text) != nil { break }
                    j += tLength
                    continue
                }
                if isJoiner(t, before: j, after: j + tLength, in: text) {
                    j += tLength
                    continue
                }
                break
            }
            emit(start..<j, s.isDigit)
            i = j
        }
    }

    /// Whether punctuation `t` at `j` sits inside a word (see the type's rules).
    @inline(__always)
    private static func isJoiner(_ t: Unicode.Scalar, before j: Int, after next: Int, in text: UTF8Scanner) -> Bool {
        switch t.value {
        case 0x27, 0x2019, 0x2D, 0x2010, 0x2011, 0x2E:  // ' ’ - ‐ ‑ .
            guard let following = text.scalarIfAny(at: next), following.isWordCharacter else { return false }
            return true
        case 0x2C:  // , only between digits
            guard text.byte(j - 1).isASCIIDigit, text.byte(next).isASCIIDigit else { return false }
            return true
        default:
            return false
        }
    }
}
