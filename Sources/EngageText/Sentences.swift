/// How a sentence ends.
public enum SentenceEnding: String, Equatable, Sendable {
    case period
    /// `?`, also `?!` and `!?`: a question with emphasis is still a question.
    case question
    case exclamation
    /// `...` or `…` followed by a capitalised word (or the end of the text).
    case ellipsis
    /// The block ends in `:`, e.g. "Here's what happens:" before a list or code.
    case colon
    /// No terminator: a heading, a list item fragment, a table cell.
    case none
}

/// A sentence: its UTF-8 range (trimmed, terminator and closing quotes or
/// brackets included), its length in words and how it ends.
public struct Sentence: Equatable, Sendable {
    public let range: Range<Int>
    public let wordCount: Int
    public let ending: SentenceEnding

    public init(range: Range<Int>, wordCount: Int, ending: SentenceEnding) {
        self.range = range
        self.wordCount = wordCount
        self.ending = ending
    }

    public var isQuestion: Bool { ending == .question }
}

/// Sentence splitting for paragraph length, sentence variety, "you" in the
/// first 3 sentences and questions to the reader.
///
/// Split each prose block (paragraph, heading, list item, cell) on its own:
/// block boundaries are sentence boundaries, which is how list items and
/// headings end sentences (`ProseBlock.sentences` does this). Inside a text:
///
/// - `.` `?` `!` `…` end a sentence only when followed by whitespace or the
///   end, after any closing quotes or brackets (`"It works."` / `(see above).`).
///   So decimals (`1.23`), versions (`v2.0.1`), domains (`Node.js`) and
///   `?query=1` never split; URLs are skipped whole.
/// - Runs of terminators are one: `?!`, `!!!`, `...`.
/// - Abbreviations: `e.g.` `i.e.` `vs.` `cf.` `Fig.` `Dr.` `Mr.` `Mrs.` `Ms.`
///   `Prof.` `approx.` `et al.` never end a sentence; `etc.` `Inc.` `Ltd.`
///   `Corp.` `Co.` `Jr.` `Sr.` `U.S.` and other dotted initialisms end one
///   only when the next word is capitalised; `No.` before a digit does not.
/// - An ellipsis ends a sentence only before a capitalised word or the end.
/// - Emoji right after a terminator stay with that sentence: "Done! 🎉".
/// - `:` never ends a sentence; a block ending in `:` gives `.colon`.
/// - A blank line, or a line starting with a list marker (`- `, `* `, `+ `,
///   `• `, `1. `, `1) `) or `#`, ends a sentence (plain-text input); with
///   `lineBreaksEndSentences` every line break does.
/// - Pieces without a single word (`→`, a lone emoji) are not sentences.
public enum Sentences {
    public static func split(_ text: String, lineBreaksEndSentences: Bool = false) -> [Sentence] {
        split(UTF8Scanner(text), lineBreaksEndSentences: lineBreaksEndSentences)
    }

    /// Number of words in each sentence, in order.
    public static func lengths(_ text: String) -> [Int] {
        split(text).map(\.wordCount)
    }

    static func split(_ text: UTF8Scanner, lineBreaksEndSentences: Bool = false) -> [Sentence] {
        split(text, words: Words.tokenize(text), lineBreaksEndSentences: lineBreaksEndSentences)
    }

    /// With the text's words already tokenised (`Words.tokenize(text)`), so a
    /// caller that needs both scans the text once.
    static func split(_ text: UTF8Scanner, words: [Word], lineBreaksEndSentences: Bool = false) -> [Sentence] {
        var splitter = Splitter(text: text, lineBreaks: lineBreaksEndSentences, words: words)
        splitter.run()
        return splitter.sentences
    }
}

private struct Splitter {
    let text: UTF8Scanner
    let lineBreaks: Bool
    let words: [Word]
    var wordIndex = 0
    var sentences: [Sentence] = []
    var start: Int? = nil

    init(text: UTF8Scanner, lineBreaks: Bool, words: [Word]) {
        self.text = text
        self.lineBreaks = lineBreaks
        self.words = words
    }

    mutating func run() {
        let n = text.count
        // Asked once, not at every letter: most texts can hold no URL at all.
        let mayHoldURL = text.hasAtSign || text.mayHoldURL
        var i = skipListMarker(at: 0)
        let bytes = text.bytes
        while i < n {
            // Inside a sentence of a text with no URL, ASCII bytes that end
            // nothing (no terminator, no line break) need no scalar: skip them.
            if start != nil, !mayHoldURL {
                while i < n, Self.continuesSentence(bytes[i]) { i += 1 }
                guard i < n else { break }
            }
            let (s, length) = text.scalar(at: i)
            if s.isLineBreak {
                let next = lineBreakEnd(at: i)
                if lineBreaks || next.paragraphBreak || startsBlockLine(at: next.end) {
                    finish(at: i, ending: nil)
                    i = skipListMarker(at: next.end)
                } else {
                    i = next.end
                }
                continue
            }
            if start == nil {
                if s.isWhitespaceLike { i += length; continue }
                start = i
            }
            if mayHoldURL, s.isWordCharacter, let urlEnd = URLSpans.end(at: i, in: text) {
                i = urlEnd
                continue
            }
            guard isTerminator(s) else { i += length; continue }
            i = terminate(at: i)
        }
        finish(at: n, ending: nil)
    }

    /// An ASCII byte that is no terminator (`.` `!` `?`) and no line break.
    @inline(__always)
    static func continuesSentence(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x2E && byte != 0x21 && byte != 0x3F && !(byte >= 0x0A && byte <= 0x0D)
    }

    /// Handles the terminator run at `i`; returns where scanning resumes.
    mutating func terminate(at i: Int) -> Int {
        let n = text.count
        var j = i
        var question = false
        var exclamation = false
        var dots = 0
        var ellipsis = false
        var fullWidth = false
        while j < n {
            let (t, length) = text.scalar(at: j)
            guard isTerminator(t) else { break }
            switch t {
            case "?", "\u{203D}": question = true
            case "\u{FF1F}": question = true; fullWidth = true
            case "!": exclamation = true
            case "\u{FF01}": exclamation = true; fullWidth = true
            case "\u{2026}": ellipsis = true
            case "\u{3002}": fullWidth = true
            default: dots += 1
            }
            j += length
        }
        if dots >= 2 { ellipsis = true }
        while j < n, isCloser(text.scalar(at: j).scalar) { j += text.scalar(at: j).length }
        // Only whitespace or the end after the run makes it a boundary
        // (CJK full-width terminators are followed by no space).
        if j < n, !fullWidth, !text.scalar(at: j).scalar.isWhitespaceLike { return j }

        let nextWord = text.skipSpaces(from: j)
        let ending: SentenceEnding
        if question {
            ending = .question
        } else if exclamation {
            ending = .exclamation
        } else if ellipsis {
            guard nextStartsSentence(at: nextWord, orEnd: true) else { return j }
            ending = .ellipsis
        } else {
            guard dotEndsSentence(dotAt: i, nextWord: nextWord) else { return j }
            ending = .period
        }
        let end = absorbTrailingEmoji(from: j)
        finish(at: end, ending: ending)
        return end
    }

    /// "Shipped! 🎉🚀 Next..." keeps its emoji: emoji right after a terminator
    /// react to the sentence before them (decided; a bullet-style emoji
    /// normally starts its own list item, which is a separate block).
    func absorbTrailingEmoji(from j: Int) -> Int {
        var k = text.skipSpaces(from: j)
        var end = j
        while let emojiEnd = Emoji.sequenceEnd(at: k, in: text) {
            end = emojiEnd
            k = text.skipSpaces(from: emojiEnd)
        }
        return end
    }

    /// Decides whether a single `.` ends the sentence (abbreviation rules).
    func dotEndsSentence(dotAt i: Int, nextWord: Int) -> Bool {
        guard let token = abbreviationToken(endingAt: i) else { return true }
        if Abbreviations.neverFinal.contains(token) { return false }
        if token == "no" || token == "nos" || token == "vol" || token == "p" || token == "pp" {
            return !text.byte(nextWord).isASCIIDigit
        }
        if Abbreviations.finalBeforeCapital.contains(token) || token.contains(".") {
            return nextStartsSentence(at: nextWord, orEnd: true)
        }
        return true
    }

    /// Lower-cased letters-and-dots token before the `.` at `i` (`e.g`, `etc`, `u.s`).
    func abbreviationToken(endingAt i: Int) -> String? {
        var k = i
        let bytes = text.bytes
        while k > 0, bytes[k - 1].isASCIILetter || (bytes[k - 1] == UInt8(ascii: ".") && k - 2 >= 0 && bytes[k - 2].isASCIILetter) {
            k -= 1
            if i - k > 12 { return nil }
        }
        guard k < i else { return nil }
        if k > 0, let before = text.scalar(before: k), before.isWordCharacter { return nil }
        let token = String(decoding: bytes[k..<i].map { $0 == UInt8(ascii: ".") ? $0 : $0 | 0x20 }, as: UTF8.self)
        // Only dotted tokens made of single letters count as initialisms (U.S., a.m.).
        if token.contains(".") {
            let parts = token.split(separator: ".")
            if parts.contains(where: { $0.count > 1 }) { return Abbreviations.neverFinal.contains(token) ? token : nil }
        }
        return token
    }

    func nextStartsSentence(at k: Int, orEnd: Bool) -> Bool {
        guard k < text.count else { return orEnd }
        var j = k
        // Opening quotes, brackets and emoji may precede the first word.
        while j < text.count {
            let (s, length) = text.scalar(at: j)
            if s.isLineBreak { return true }
            if s.isUppercaseLetter || s.isDigit { return true }
            if s.isLetter { return false }
            if let e = Emoji.sequenceEnd(at: j, in: text) { j = text.skipSpaces(from: e); continue }
            j += length
            if j - k > 8 { return false }
        }
        return orEnd
    }

    /// The line break at `i`: where the next line's content starts, and
    /// whether a blank line came between.
    func lineBreakEnd(at i: Int) -> (end: Int, paragraphBreak: Bool) {
        var j = i
        var breaks = 0
        while j < text.count {
            let (s, length) = text.scalar(at: j)
            if s.isLineBreak {
                // \r\n is one break.
                if !(s == "\n" && j > i && text.bytes[j - 1] == 0x0D) { breaks += 1 }
                j += length
            } else if s.isHorizontalSpace {
                j += length
            } else {
                break
            }
        }
        return (j, breaks >= 2)
    }

    /// A line that starts a list item or an ATX heading in plain text.
    func startsBlockLine(at i: Int) -> Bool { listMarkerEnd(at: i) != nil }

    func skipListMarker(at i: Int) -> Int {
        guard let end = listMarkerEnd(at: i) else { return i }
        return text.skipSpaces(from: end)
    }

    func listMarkerEnd(at i: Int) -> Int? {
        let bytes = text.bytes
        guard i < bytes.count else { return nil }
        let b = bytes[i]
        var j = i
        if b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+") {
            j += 1
        } else if b == 0xE2, text.scalar(at: i).scalar == "\u{2022}" {
            j += 3
        } else if b == UInt8(ascii: "#") {
            while j < bytes.count, bytes[j] == UInt8(ascii: "#"), j - i < 6 { j += 1 }
        } else if b.isASCIIDigit {
            while j < bytes.count, bytes[j].isASCIIDigit, j - i < 9 { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: ")") else { return nil }
            j += 1
        } else {
            return nil
        }
        guard j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 else { return nil }
        return j
    }

    /// Ends the current sentence at `end` (exclusive), trimming whitespace.
    mutating func finish(at end: Int, ending: SentenceEnding?) {
        guard let begin = start else { return }
        start = nil
        var last = end
        while last > begin {
            let k = text.start(before: last)
            guard text.scalar(at: k).scalar.isWhitespaceLike else { break }
            last = k
        }
        // Count the words that start inside the sentence (words are ordered).
        while wordIndex < words.count, words[wordIndex].range.lowerBound < begin { wordIndex += 1 }
        var count = 0
        while wordIndex < words.count, words[wordIndex].range.lowerBound < last {
            count += 1
            wordIndex += 1
        }
        guard count > 0 else { return }
        let resolved = ending ?? (text.byte(last - 1) == UInt8(ascii: ":") ? .colon : .none)
        sentences.append(Sentence(range: begin..<last, wordCount: count, ending: resolved))
    }

    func isTerminator(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", "?", "!", "\u{2026}", "\u{203D}", "\u{3002}", "\u{FF01}", "\u{FF1F}": return true
        default: return false
        }
    }

    func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{BB}", "\u{203A}", "*", "_": return true
        default: return false
        }
    }
}

/// Abbreviations that end in a dot but rarely (or never) end a sentence.
/// Left out on purpose: `ms`, `min`, `sec`, `s` (units end sentences all the
/// time in technical prose: "It took 125 ms."), `St.`, single initials.
enum Abbreviations {
    /// Always followed by more of the same sentence.
    static let neverFinal: Set<String> = [
        "e.g", "i.e", "vs", "cf", "fig", "figs", "dr", "mr", "mrs", "prof", "approx",
        "eg", "ie", "viz", "al", "ca", "eq", "resp",
    ]
    /// End a sentence only when the next word is capitalised ("... etc. The next").
    static let finalBeforeCapital: Set<String> = [
        "etc", "inc", "ltd", "corp", "co", "jr", "sr", "llc", "plc", "dept", "est",
    ]
}
