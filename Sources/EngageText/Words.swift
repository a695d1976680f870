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

/// A text's words lower-cased, each made when it is read: phrase rules
/// read the text of the few words whose key starts a phrase, and a String
/// per word of every block cost a quarter of the parse.
public struct LowercasedWords: RandomAccessCollection, Sendable {
    public let words: [Word]
    let text: String

    public init(_ words: [Word], in text: String) {
        self.words = words
        self.text = text
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { words.count }

    /// Each word's `PhraseNormalizer.key(ofNormalized:)`, made from the bytes.
    public var keys: [WordKey] { Words.lowercasedKeys(words, in: text) }

    public subscript(position: Int) -> LowercasedWord {
        let range = words[position].range
        let utf8 = text.utf8
        // UTF-8 index arithmetic is O(1) on native strings.
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return (Words.lowercasedWord(utf8[lower..<upper]), range)
    }
}

public enum Words {
    /// One word's bytes lower-cased, `’` as `'`. ASCII-only words are
    /// lower-cased byte by byte; others go through the full Unicode mapping
    /// (Foundation-free).
    static func lowercasedWord(_ bytes: Substring.UTF8View) -> String {
        var hasUpper = false
        for byte in bytes {
            if byte >= 0x80 {
                let lower = String(Substring(bytes)).lowercased()
                let straight = lower.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }
                return String(String.UnicodeScalarView(straight))
            }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        guard hasUpper else { return String(Substring(bytes)) }
        return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// `PhraseNormalizer.key(ofNormalized:)` of each lower-cased word, hashed
    /// from the bytes: no String is made for an ASCII word.
    static func lowercasedKeys(_ words: [Word], in text: String) -> [WordKey] {
        let list = LowercasedWords(words, in: text)
        var bytes = text
        return bytes.withUTF8 { utf8 in
            words.indices.map { index in
                var hash = FNV.offset
                for i in words[index].range {
                    let byte = utf8[i]
                    if byte >= 0x80 { return PhraseNormalizer.key(ofNormalized: list[index].text) }
                    FNV.add(&hash, byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
                return hash
            }
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
