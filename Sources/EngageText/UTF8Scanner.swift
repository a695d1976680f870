/// Byte-level access to a string's UTF-8, shared by every analyser.
///
/// Every position EngageText reports is a UTF-8 offset into the analysed
/// string, because the Markdown layer works in source byte offsets: a caller
/// maps our offsets back to the file with plain arithmetic (see `SourceMap`).
/// Working on a `[UInt8]` also keeps the scanners linear and allocation-free;
/// `String.Index` arithmetic would hide O(n) walks.
struct UTF8Scanner {
    let bytes: [UInt8]
    /// Whether an `@` occurs at all: without one no e-mail address can start
    /// anywhere, and the scanners ask at every word.
    let hasAtSign: Bool
    /// Whether a URL may start anywhere: every scheme URLSpans knows is
    /// `://` or `mailto:`, and the one without a scheme starts `www.` (any
    /// case). Found in the same pass as the `@`, so most texts skip the URL
    /// probe per word (a bare `:`, as in "Problem: ...", is not enough).
    let mayHoldURL: Bool

    init(_ text: String) { self.init(bytes: Array(text.utf8)) }
    init(bytes: [UInt8]) {
        self.bytes = bytes
        // Every scanner is built through here (for each block, sentence and
        // figure scanned), so this is one branch-light pass over the buffer.
        var at = false
        var url = false
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c == 0x40 {
                    at = true
                } else if c == 0x3A, Self.opensScheme(b, colon: i) {
                    url = true
                } else if c == 0x2E, i >= 3, b[i - 1] | 0x20 == 0x77, b[i - 2] | 0x20 == 0x77, b[i - 3] | 0x20 == 0x77 {
                    url = true
                }
                i += 1
            }
        }
        hasAtSign = at
        mayHoldURL = url
    }

    var count: Int { bytes.count }

    /// The colon at `colon` ends a scheme URLSpans knows: `://`, or `mailto:` (any case).
    private static func opensScheme(_ b: UnsafeBufferPointer<UInt8>, colon i: Int) -> Bool {
        if i + 2 < b.count, b[i + 1] == 0x2F, b[i + 2] == 0x2F { return true }
        guard i >= 6 else { return false }
        // "mailto", compared with the case bit set.
        return b[i - 6] | 0x20 == 0x6D && b[i - 5] | 0x20 == 0x61 && b[i - 4] | 0x20 == 0x69
            && b[i - 3] | 0x20 == 0x6C && b[i - 2] | 0x20 == 0x74 && b[i - 1] | 0x20 == 0x6F
    }

    /// The scalar whose lead byte is at `i`, and its length in bytes.
    /// Input always comes from a `String`, so it is valid UTF-8.
    @inline(__always)
    func scalar(at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var value: UInt32
        let length: Int
        if b0 < 0xE0 {
            value = UInt32(b0 & 0x1F); length = 2
        } else if b0 < 0xF0 {
            value = UInt32(b0 & 0x0F); length = 3
        } else {
            value = UInt32(b0 & 0x07); length = 4
        }
        var k = 1
        while k < length && i + k < bytes.count {
            value = value << 6 | UInt32(bytes[i + k] & 0x3F)
            k += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Scalar at `i`, or nil past the end.
    @inline(__always)
    func scalarIfAny(at i: Int) -> Unicode.Scalar? {
        i < bytes.count ? scalar(at: i).scalar : nil
    }

    /// Offset of the lead byte of the scalar that ends just before `i`.
    @inline(__always)
    func start(before i: Int) -> Int {
        var j = i - 1
        while j > 0 && bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// Scalar that ends just before `i`, or nil at the start.
    @inline(__always)
    func scalar(before i: Int) -> Unicode.Scalar? {
        i > 0 ? scalar(at: start(before: i)).scalar : nil
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    @inline(__always)
    func byte(_ i: Int) -> UInt8 { i >= 0 && i < bytes.count ? bytes[i] : 0 }

    /// Offset after the horizontal whitespace (spaces, tabs, NBSP) starting at `i`.
    func skipSpaces(from i: Int) -> Int {
        var j = i
        while j < bytes.count {
            let (s, length) = scalar(at: j)
            guard s.isHorizontalSpace else { break }
            j += length
        }
        return j
    }

    /// Offset of the start of the horizontal whitespace run that ends at `i`.
    func skipSpacesBackward(from i: Int) -> Int {
        var j = i
        while j > 0 {
            let k = start(before: j)
            guard scalar(at: k).scalar.isHorizontalSpace else { break }
            j = k
        }
        return j
    }

    /// Lower-cased ASCII letters of the run of ASCII letters starting at `i`
    /// (at most `limit` of them; longer runs return nil: no keyword is that long).
    func asciiWord(at i: Int, limit: Int = 16) -> (word: String, end: Int)? {
        var j = i
        while j < bytes.count && bytes[j].isASCIILetter { j += 1 }
        guard j > i, j - i <= limit else { return nil }
        return (String(decoding: bytes[i..<j].map { $0 | 0x20 }, as: UTF8.self), j)
    }

    /// The ASCII word ending at `i` (letters only), lower-cased, and where it starts.
    func asciiWord(endingAt i: Int, limit: Int = 16) -> (word: String, start: Int)? {
        var j = i
        // Bounded: callers ask once per number or terminator, and a longer
        // run can never be a keyword, so stop one past the limit.
        while j > 0 && bytes[j - 1].isASCIILetter && i - j <= limit { j -= 1 }
        guard j < i, i - j <= limit else { return nil }
        // A word ending here must not be the tail of a longer non-ASCII word.
        if j > 0, let before = scalar(before: j), before.isWordCharacter { return nil }
        return (String(decoding: bytes[j..<i].map { $0 | 0x20 }, as: UTF8.self), j)
    }
}

extension UInt8 {
    @inline(__always) var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    @inline(__always) var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
    @inline(__always) var isASCIIUpper: Bool { self >= 0x41 && self <= 0x5A }
}

extension Unicode.Scalar {
    /// Letters, digits, combining marks and `_` (identifiers such as
    /// `user_id` read as one word). Emoji, symbols and U+FFFC (the
    /// placeholder ProseExtractor puts where code was) are not.
    @inline(__always)
    var isWordCharacter: Bool {
        let v = value
        if v < 0x80 {
            let b = UInt8(v)
            return b.isASCIILetter || b.isASCIIDigit || b == 0x5F
        }
        if v == 0xFFFC { return false }
        let p = properties
        if p.isAlphabetic { return true }
        switch p.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }

    /// Letters only (no digits): used to tell words from numbers.
    @inline(__always)
    var isLetter: Bool {
        let v = value
        if v < 0x80 { return UInt8(v).isASCIILetter }
        return properties.isAlphabetic && v != 0xFFFC
    }

    @inline(__always)
    var isUppercaseLetter: Bool {
        let v = value
        if v < 0x80 { return UInt8(v).isASCIIUpper }
        return properties.isUppercase
    }

    @inline(__always)
    var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    @inline(__always)
    var isWhitespaceLike: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return properties.isWhitespace
    }

    /// Whitespace that does not break a line.
    @inline(__always)
    var isHorizontalSpace: Bool {
        let v = value
        if v == 0x20 || v == 0x09 { return true }
        if v < 0x80 { return false }
        return v != 0x2028 && v != 0x2029 && v != 0x85 && properties.isWhitespace
    }

    @inline(__always)
    var isLineBreak: Bool {
        let v = value
        return v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 || v == 0x2029
    }
}
