import EngageMarkdown
import EngageSections
import EngageText

/// Shared reading helpers for the hook and problem checks.
extension RuleScope {
    /// The post's H1 title node, if the opening has one.
    var openingTitleNode: NodeID? {
        area(.title).topLevelBlocks.first
    }

    /// The source lines of a prose block, with block-quote and list markers
    /// and emphasis markup removed ("> **Time:** 20 minutes" → "Time: 20 minutes").
    func markupFreeLines(of block: ProseBlock) -> [String] {
        OpeningText.markupFreeLines(document.source.string(block.sourceRange))
    }
}

/// Plain-text helpers over source lines and prose.
enum OpeningText {
    /// Splits source text into lines (LF, CR or CRLF) and strips the markup a
    /// reader does not see: quote markers, list markers, emphasis, code ticks.
    static func markupFreeLines(_ source: String) -> [String] {
        markupFreeLinesASCII(source) ?? markupFreeLinesByCharacter(source)
    }

    /// `markupFreeLines` Character by Character: any text.
    static func markupFreeLinesByCharacter(_ source: String) -> [String] {
        var lines: [String] = []
        for raw in source.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            var line = Substring(raw)
            // Leading block quote and list markers, any depth.
            while true {
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                if trimmed.first == ">" { line = trimmed.dropFirst(); continue }
                if let first = trimmed.first, "-*+•".contains(first), trimmed.dropFirst().first == " " {
                    line = trimmed.dropFirst(2); continue
                }
                if let dot = trimmed.firstIndex(where: { $0 == "." || $0 == ")" }),
                   trimmed.startIndex < dot, trimmed[trimmed.startIndex..<dot].allSatisfy(isDigit),
                   trimmed[trimmed.index(after: dot)...].first == " " {
                    line = trimmed[trimmed.index(after: dot)...]; continue
                }
                line = trimmed
                break
            }
            let cleaned = trim(line.filter { $0 != "*" && $0 != "_" && $0 != "`" })
            if !cleaned.isEmpty { lines.append(cleaned) }
        }
        return lines
    }

    /// `markupFreeLines` on bytes for ASCII source, or nil for any other.
    /// Several checks run it over every block, and grapheme-by-grapheme
    /// splitting and filtering cost ~100x a byte loop on a long paragraph.
    /// In ASCII each byte is one Character (`\r\n` is one, but it only
    /// separates lines, and empty lines are dropped), so the result is the same.
    static func markupFreeLinesASCII(_ source: String) -> [String]? {
        guard isASCII(source) else { return nil }
        var source = source
        return source.withUTF8 { markupFreeLines(ascii: $0) }
    }

    private static func markupFreeLines(ascii bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var lines: [String] = []
        for raw in bytes.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
            var line = raw[...]
            while true {
                let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }
                if trimmed.first == UInt8(ascii: ">") { line = trimmed.dropFirst(); continue }
                if let first = trimmed.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+"),
                   trimmed.dropFirst().first == 0x20 {
                    line = trimmed.dropFirst(2); continue
                }
                // Digits then `.` or `)` then a space (the Character path finds the
                // first `.`/`)` and asks that only digits precede it: the same).
                let digits = trimmed.prefix { $0 >= 0x30 && $0 <= 0x39 }
                let rest = trimmed.dropFirst(digits.count)
                if !digits.isEmpty, let mark = rest.first, mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")"),
                   rest.dropFirst().first == 0x20 {
                    line = rest.dropFirst(); continue
                }
                line = trimmed
                break
            }
            let kept = line.filter { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: "`") }
            let cleaned = trimASCII(kept[...])
            if !cleaned.isEmpty { lines.append(String(decoding: cleaned, as: UTF8.self)) }
        }
        return lines
    }

    /// Whether every byte is ASCII. Over the contiguous bytes: iterating
    /// `String.UTF8View` costs several times more, and a long paragraph is
    /// asked about by several helpers.
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var any: UInt8 = 0
            for b in bytes { any |= b }
            return any < 0x80
        }
    }

    /// ASCII bytes without leading and trailing `Character.isWhitespace` (tab to CR, space).
    static func trimASCII<Bytes: BidirectionalCollection>(_ bytes: Bytes) -> Bytes.SubSequence where Bytes.Element == UInt8 {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else {
            return bytes[bytes.endIndex...]
        }
        return bytes[first...last]
    }

    static func isDigit(_ character: Character) -> Bool { ("0"..."9").contains(character) }

    static func trim<S: StringProtocol>(_ text: S) -> String {
        var text = Substring(text)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }

    /// Splits a line into the segments written side by side: "Time: 25 min | Difficulty: Hard".
    static func segments(of line: String) -> [String] {
        // ASCII: `·` and `•` cannot occur, and bytes are Characters.
        if isASCII(line) {
            var line = line
            return line.withUTF8 { bytes in
                bytes.split(separator: UInt8(ascii: "|")).map { trimASCII($0) }
                    .filter { !$0.isEmpty }.map { String(decoding: $0, as: UTF8.self) }
            }
        }
        return segmentsByCharacter(of: line)
    }

    /// `segments` Character by Character: any text.
    static func segmentsByCharacter(of line: String) -> [String] {
        line.split(whereSeparator: { $0 == "|" || $0 == "·" || $0 == "•" }).map { trim($0) }
            .filter { !$0.isEmpty }
    }

    /// A "Label: value" line: the label (up to `maxLabelWords` words, normalised)
    /// and the value after the colon, or nil.
    static func labelled(_ segment: String, maxLabelWords: Int = 5) -> (label: [String], value: Substring)? {
        // In ASCII a byte is a Character: find the colon without grapheme
        // breaking (a long paragraph is one segment, read by several checks).
        let ascii = isASCII(segment)
        guard let colon = ascii ? segment.utf8.firstIndex(of: UInt8(ascii: ":")) : segment.firstIndex(of: ":") else { return nil }
        let label = PhraseNormalizer.words(String(segment[..<colon]))
        guard !label.isEmpty, label.count <= maxLabelWords else { return nil }
        // "https://..." or "9:30" are not labels.
        let after = segment[segment.index(after: colon)...]
        if after.hasPrefix("//") || after.first.map(isDigit) == true { return nil }
        return (label, after.drop { $0 == " " || $0 == "\t" })
    }

    /// A metadata line such as "Difficulty: Intermediate" or "Time: 20 minutes |
    /// Level: Advanced": short labels, each with a value that is not a sentence
    /// (no closing full stop, at most 15 words).
    static func isMetadataLine(_ line: String) -> Bool {
        let parts = segments(of: line)
        guard !parts.isEmpty else { return false }
        return parts.allSatisfy { segment in
            guard let (_, value) = labelled(segment, maxLabelWords: 4) else { return false }
            let trimmed = trim(value)
            if let last = trimmed.last, ".!?".contains(last) { return false }
            return PhraseNormalizer.words(trimmed).count <= 15
        }
    }
}

