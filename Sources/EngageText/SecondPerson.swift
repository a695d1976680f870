/// "You" language: how often the text addresses the reader
/// (style/second-person: at least 8 per 1,000 prose words; hook/direct-address).
public struct SecondPersonUsage: Equatable, Sendable {
    /// UTF-8 ranges of each you / your / yours / you're / you'll / you've /
    /// you'd / yourself / yourselves, in order.
    public let occurrences: [Range<Int>]
    /// All words in the text (the denominator of the rate).
    public let wordCount: Int

    public init(occurrences: [Range<Int>], wordCount: Int) {
        self.occurrences = occurrences
        self.wordCount = wordCount
    }

    public var count: Int { occurrences.count }

    /// Occurrences per 1,000 words; 0 for an empty text.
    public var perThousandWords: Double { SecondPerson.ratePerThousand(count: count, words: wordCount) }
}

/// Counting second-person words. Whole words only (`youth`, `bayou`,
/// `your_table` do not count), any case, straight or curly apostrophe.
/// Contractions count once: `you're` is one occurrence. `y'all` and `u` do not count.
public enum SecondPerson {
    public static func analyze(_ text: String) -> SecondPersonUsage {
        let scanner = UTF8Scanner(text)
        return analyze(scanner, words: Words.tokenize(scanner))
    }

    /// The same over words already cut from the text (a prose block's kept words).
    static func analyze(_ scanner: UTF8Scanner, words: [Word]) -> SecondPersonUsage {
        var found: [Range<Int>] = []
        for word in words where isSecondPerson(scanner, word.range) { found.append(word.range) }
        return SecondPersonUsage(occurrences: found, wordCount: words.count)
    }

    /// Whether `word` (a single word) is a second-person form.
    public static func isSecondPerson(_ word: String) -> Bool {
        let scanner = UTF8Scanner(word)
        return isSecondPerson(scanner, 0..<scanner.count)
    }

    /// Rate per 1,000 words, for totals gathered over several blocks.
    public static func ratePerThousand(count: Int, words: Int) -> Double {
        words > 0 ? Double(count) * 1000 / Double(words) : 0
    }

    private static let forms: Set<[UInt8]> = Set(
        ["you", "your", "yours", "you're", "you'll", "you've", "you'd", "yourself", "yourselves"].map { Array($0.utf8) }
    )

    /// Compares bytes lower-cased, with U+2019 (E2 80 99) read as `'`. Longest
    /// form is 10 letters, so anything longer is rejected without copying.
    static func isSecondPerson(_ text: UTF8Scanner, _ range: Range<Int>) -> Bool {
        guard range.count >= 3, range.count <= 12 else { return false }
        let first = text.bytes[range.lowerBound] | 0x20
        guard first == UInt8(ascii: "y") else { return false }
        var normalised: [UInt8] = []
        normalised.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = text.bytes[i]
            if b == 0xE2, i + 2 < range.upperBound, text.bytes[i + 1] == 0x80, text.bytes[i + 2] == 0x99 {
                normalised.append(UInt8(ascii: "'"))
                i += 3
                continue
            }
            guard b < 0x80 else { return false }
            normalised.append(b.isASCIILetter ? b | 0x20 : b)
            i += 1
        }
        return forms.contains(normalised)
    }
}
