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
        markupFreeLinesBytes(source) ?? markupFreeLinesByCharacter(source)
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

    /// `markupFreeLines` on bytes, or nil when bytes and Characters could
    /// disagree. Several checks run it over every block, and
    /// grapheme-by-grapheme splitting and filtering cost ~100x a byte loop on
    /// a long paragraph. Every marker it looks for (spaces, `>`, `-*+•`,
    /// digits, `.)`, `*_\``) is a whole Character unless a combining scalar
    /// follows it, and line breaks always end a Character; so unless such a
    /// scalar follows a marker (see `markersStandAlone`), the result is the same.
    static func markupFreeLinesBytes(_ source: String) -> [String]? {
        var source = source
        return source.withUTF8 { bytes in
            guard markersStandAlone(bytes) else { return nil }
            return markupFreeLines(utf8: bytes)
        }
    }

    private static func markupFreeLines(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [String] {
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
                if trimmed.starts(with: bulletBytes), trimmed.dropFirst(bulletBytes.count).first == 0x20 {
                    line = trimmed.dropFirst(bulletBytes.count + 1); continue
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
            let cleaned = trimWhitespace(kept[...])
            if !cleaned.isEmpty { lines.append(String(decoding: cleaned, as: UTF8.self)) }
        }
        return lines
    }

    /// `•` in UTF-8.
    private static let bulletBytes: [UInt8] = [0xE2, 0x80, 0xA2]

    /// False when a scalar that joins the Character before it (a combining
    /// mark, a variation selector, a zero-width joiner) follows an ASCII byte
    /// or a space, bullet or middle dot: there a Character holds more than
    /// the marker, and only the Character path gives the right answer.
    /// (Prepend scalars, which join the Character after them, are not
    /// checked: they occur in a few Brahmic and Arabic number signs only.)
    static func markersStandAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousIsMarker = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                previousIsMarker = true
                i += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i)
            if previousIsMarker, joinsPrevious(scalar) { return false }
            previousIsMarker = scalar.properties.isWhitespace || scalar == "\u{2022}" || scalar == "\u{00B7}"
            i += length
        }
        return true
    }

    private static func joinsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isGraphemeExtend || scalar.value == 0x200D { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// UTF-8 bytes without leading and trailing whitespace scalars (what
    /// `Character.isWhitespace` trims when no Character joins a mark to one).
    static func trimWhitespace(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end {
            let (scalar, length) = scalarAt(bytes, start)
            guard scalar.properties.isWhitespace else { break }
            start += length
        }
        while end > start {
            var lead = end - 1
            while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard scalarAt(bytes, lead).0.properties.isWhitespace else { break }
            end = lead
        }
        return bytes[start..<end]
    }

    private static func scalarAt(_ bytes: ArraySlice<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        return bytes.withUnsafeBufferPointer { buffer in UTF8Decoding.scalar(in: buffer, at: i - bytes.startIndex) }
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

    static func isDigit(_ character: Character) -> Bool { ("0"..."9").contains(character) }

    static func trim<S: StringProtocol>(_ text: S) -> String {
        // ASCII text (most lines) is trimmed on bytes: there every byte is a
        // Character and whitespace is 0x09-0x0D or 0x20. The Character walk
        // looked up Unicode properties for every line of every code block.
        if let trimmed = asciiTrim(text.utf8) { return trimmed }
        var text = Substring(text)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }

    /// `asciiTrim` over a buffer.
    private static func asciiTrim(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        asciiTrimmedRange(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }

    /// The bytes left when leading and trailing whitespace (0x09-0x0D, 0x20)
    /// are trimmed, when every byte is ASCII (there a byte is a Character);
    /// nil when one is not.
    static func asciiTrimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var any: UInt8 = 0
        for b in bytes { any |= b }
        guard any < 0x80 else { return nil }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var first = 0
        while first < bytes.count, isSpace(bytes[first]) { first += 1 }
        var end = bytes.count
        while end > first, isSpace(bytes[end - 1]) { end -= 1 }
        return first..<end
    }

    /// `trim` for all-ASCII bytes; nil when any byte is not ASCII.
    static func asciiTrim<U: Collection<UInt8>>(_ utf8: U) -> String? {
        // A String's bytes are contiguous: read them as a buffer, not
        // through the view's index arithmetic (this trim runs on every line
        // and short paragraph several checks read).
        if let trimmed = utf8.withContiguousStorageIfAvailable(asciiTrim(bytes:)) { return trimmed }
        var any: UInt8 = 0
        for b in utf8 { any |= b }
        guard any < 0x80 else { return nil }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
        var last = first
        var index = first
        while index != utf8.endIndex {
            if !isSpace(utf8[index]) { last = index }
            index = utf8.index(after: index)
        }
        return String(decoding: utf8[first...last], as: UTF8.self)
    }

    /// Splits a line into the segments written side by side: "Time: 25 min | Difficulty: Hard".
    static func segments(of line: String) -> [String] {
        // On bytes unless a Character could hold more than a separator or a
        // space (see `markersStandAlone`).
        var line = line
        let byBytes: [String]? = line.withUTF8 { bytes in
            guard markersStandAlone(bytes) else { return nil }
            var segments: [String] = []
            var start = 0
            var i = 0
            func cut(_ end: Int, skip: Int) {
                let piece = trimWhitespace(Array(bytes[start..<end])[...])
                if !piece.isEmpty { segments.append(String(decoding: piece, as: UTF8.self)) }
                start = end + skip
            }
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "|") { cut(i, skip: 1); i += 1; continue }
                if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xB7 { cut(i, skip: 2); i += 2; continue }
                if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 { cut(i, skip: 3); i += 3; continue }
                i += 1
            }
            cut(bytes.count, skip: 0)
            return segments
        }
        return byBytes ?? segmentsByCharacter(of: line)
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
    /// With `companies`, a label that names a company is no field: "-
    /// **Stripe**: prevents duplicate charges" is an entry about Stripe.
    static func isMetadataLine(_ line: String, companies: CompanyMatcher? = nil) -> Bool {
        let parts = segments(of: line)
        guard !parts.isEmpty else { return false }
        return parts.allSatisfy { segment in
            guard let (_, value) = labelled(segment, maxLabelWords: 4) else { return false }
            let trimmed = trim(value)
            if let last = trimmed.last, ".!?".contains(last) { return false }
            guard PhraseNormalizer.words(trimmed).count <= 15 else { return false }
            guard let companies, let colon = segment.firstIndex(of: ":") else { return true }
            return companies.companies(in: [String(segment[..<colon])]).isEmpty
        }
    }
}

