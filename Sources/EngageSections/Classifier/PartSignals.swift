import EngageMarkdown
import EngageText

/// What a part contains, measured once: the content evidence the classifier
/// weighs beside heading words and position.
struct PartSignals {
    var headingText = ""
    /// Word keys of the part's prose (headings included), for phrase matching.
    var proseKeys: [WordKey] = []
    var wordCount = 0
    /// Words of prose outside headings (a title alone is not an opening).
    var bodyWordCount = 0
    /// Of those, the words of metadata paragraphs: every line a bold label
    /// ("**Time to Complete:** 25 minutes", "**Difficulty:** Advanced").
    /// Counted in the opening only.
    var labelWordCount = 0
    var codeBlocks = 0
    var commandBlocks = 0
    var tables = 0
    var orderedLists = 0
    var listItems = 0
    var linkItems = 0
    var links = 0
    var questions = 0
    var crossMarks = 0
    var checkMarks = 0
    var stepHeadings = 0
    var quantities = 0
    var companies: [String] = []
    /// Where each heading measured in the part has its word keys in `proseKeys`,
    /// in document order (so a sub-heading's wording is not normalised twice).
    var headingKeys: [(heading: NodeID, keys: Range<Int>)] = []
    /// Content-cue phrases found in the prose (computed once, read by scoring and presence).
    var cues: [PhraseLexicon.Match] = []
    /// "(10 Minutes)", "in 5 minutes": a time box in the heading.
    var headingTimeBox: Int?
    /// The part before the first section heading.
    private var isOpening = false

    static let commandLanguages: Set<String> = ["sh", "bash", "shell", "console", "zsh", "powershell", "ps", "cmd", "terminal", "fish"]

    init(part: PostStructure.Part, document: Document, companies matcher: CompanyMatcher, cues lexicon: PhraseLexicon) {
        if let heading = part.heading {
            headingText = document.plainText(heading)
            headingTimeBox = PartSignals.minutes(inHeading: headingText)
        } else {
            isOpening = true
        }
        var scan = Scan(matcher: matcher, scanner: ProseScanner(companyStartBytes: matcher.tokenStartBytes))
        for block in part.blocks where block != part.heading {
            measure(block, document: document, scan: &scan)
        }
        wordCount = proseKeys.count
        cues = lexicon.matches(in: proseKeys)
        companies = scan.companyBlocks.isEmpty ? [] : matcher.companies(inTokenKeys: scan.companyBlocks)
    }

    /// Working state of one part's measuring: the reused block buffers, and
    /// each prose block's company tokens (matched once the part is read).
    private struct Scan {
        let matcher: CompanyMatcher
        let scanner: ProseScanner
        var text = BlockText()
        var tokens: [WordKey] = []
        var companyBlocks: [[WordKey]] = []
    }

    /// Every measure of one prose block (a heading, paragraph or cell), from
    /// its bytes in one buffer; returns its rough word count.
    private mutating func addProse(_ scan: inout Scan) -> Int {
        let text = scan.text.bytes
        var tokens: [WordKey] = []
        swap(&tokens, &scan.tokens)
        tokens.removeAll(keepingCapacity: true)
        let marks = text.withUnsafeBufferPointer { bytes in
            let marks = scan.scanner.scan(bytes, words: &proseKeys, tokens: &tokens)
            if marks.hasDigit { quantities += QuantityCounter.count(in: bytes) }
            return marks
        }
        crossMarks += marks.crossMarks
        checkMarks += marks.checkMarks
        questions += marks.questions
        // A block with no token that may start a name can name no company.
        if tokens.contains(where: scan.matcher.mayStartName) { scan.companyBlocks.append(tokens) }
        swap(&tokens, &scan.tokens)
        return marks.roughWords
    }

    private mutating func measure(_ block: NodeID, document: Document, scan: inout Scan) {
        document.walk(from: block) { node in
            switch document.kind(node) {
            case .heading:
                _ = scan.text.load(node, from: document)
                let firstWord = proseKeys.count
                _ = addProse(&scan)
                headingKeys.append((node, firstWord..<proseKeys.count))
                if PartSignals.isStepHeading(proseKeys[firstWord...], scan.text.bytes) { stepHeadings += 1 }
                return false
            case .codeBlock(_, let info):
                codeBlocks += 1
                let language = info.split(separator: " ").first.map { $0.lowercased() } ?? ""
                if PartSignals.commandLanguages.contains(language) { commandBlocks += 1 }
                return false
            case .table:
                tables += 1
                return true
            case .list(let info):
                if info.ordered { orderedLists += 1 }
                return true
            case .listItem:
                listItems += 1
                if PartSignals.containsLink(node, in: document) { linkItems += 1 }
                return true
            case .link:
                links += 1
                return true
            case .paragraph, .tableCell:
                links += scan.text.load(node, from: document)
                let words = addProse(&scan)
                bodyWordCount += words
                // Only the opening's metadata matters (whether it is a bare title).
                if isOpening, PartSignals.isLabelLines(node, in: document) { labelWordCount += words }
                return false
            case .htmlBlock, .frontMatter:
                return false
            default:
                return true
            }
        }
    }

    /// Whether every line of a paragraph starts with a bold label ending in
    /// a colon, inside or just after the bold ("**Difficulty:** Advanced").
    static func isLabelLines(_ paragraph: NodeID, in document: Document) -> Bool {
        guard case .paragraph = document.kind(paragraph) else { return false }
        var atLineStart = true
        var lines = 0
        for child in document.children(paragraph) {
            switch document.kind(child) {
            case .softBreak, .hardBreak:
                atLineStart = true
                continue
            case .strong where atLineStart:
                let label = document.plainText(child)
                let next = document.nextSibling(child).flatMap { document.literal($0) } ?? ""
                guard label.hasSuffix(":") || next.hasPrefix(":") else { return false }
                lines += 1
            default:
                if atLineStart { return false }
            }
            atLineStart = false
        }
        return lines > 0
    }

    private static func countLinks(_ node: NodeID, in document: Document) -> Int {
        var count = 0
        document.walk(from: node) { child in
            if case .link = document.kind(child) { count += 1 }
            return true
        }
        return count
    }

    private static func containsLink(_ item: NodeID, in document: Document) -> Bool {
        var found = false
        document.walk(from: item) { child in
            if case .link = document.kind(child) { found = true }
            if case .list = document.kind(child), child != item { return false }
            return !found
        }
        return found
    }

    static let stepKey = PhraseNormalizer.key(ofNormalized: "step")

    /// "Step 2: ..." or "3. ..." (a number, then more words): the heading's
    /// first word is "step", or it is all digits and not the only word.
    static func isStepHeading(_ keys: ArraySlice<WordKey>, _ text: [UInt8]) -> Bool {
        guard let first = keys.first else { return false }
        if first == stepKey { return true }
        guard keys.count > 1 else { return false }
        if let number = text.withUnsafeBufferPointer(firstWordIsNumber) { return number }
        let words = PhraseNormalizer.words(String(decoding: text, as: UTF8.self))
        return words[0].allSatisfy(\.isNumber)
    }

    /// Whether `PhraseNormalizer`'s first word of ASCII text is all digits;
    /// nil when a non-ASCII byte could change the answer (the caller asks Unicode).
    static func firstWordIsNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) }
        var index = 0
        while index < bytes.count, !isAlphanumeric(bytes[index]) {
            if bytes[index] >= 0x80 { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        // An apostrophe joins the word when a letter or digit follows it ("90's").
        var next = index
        while next < bytes.count, bytes[next] == 0x27 { next += 1 }
        guard next < bytes.count else { return true }
        if bytes[next] >= 0x80 { return nil }
        return !isAlphanumeric(bytes[next])
    }

    /// Words as runs of letters and digits: enough to tell an opening from a bare title.
    static func roughWordCount(_ text: String) -> Int {
        Array(text.utf8).withUnsafeBufferPointer(roughWordCount)
    }

    static func roughWordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes {
            let wordByte = byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if wordByte && !inWord { count += 1 }
            inWord = wordByte
        }
        return count
    }

    /// `minutes(in:)` of a heading's words, without splitting it into words
    /// when no word can start with "min" (plain ASCII without m-i-n in any case).
    static func minutes(inHeading text: String) -> Int? {
        var previous: (UInt8, UInt8) = (0, 0)
        var mayNameMinutes = false
        for byte in text.utf8 {
            let lower = byte | 0x20
            if byte >= 0x80 || (previous == (0x6D, 0x69) && lower == 0x6E) {
                mayNameMinutes = true
                break
            }
            previous = (previous.1, lower)
        }
        guard mayNameMinutes else { return nil }
        let words = PhraseNormalizer.words(text)
        // "Level 1 (2-minute read)", "What to Say in 3 Minutes": time to read or
        // to answer, not to do; a quick win's box is for hands-on work.
        guard !words.contains(where: PartSignals.notHandsOnWords.contains) else { return nil }
        return minutes(in: words)
    }

    static let notHandsOnWords: Set<String> = ["read", "reading", "answer", "say", "interview"]

    /// A duration in minutes stated in the words ("10 minutes", "5 min", "15-minute").
    static func minutes(in words: [String]) -> Int? {
        for index in words.indices.dropFirst() {
            let unit = words[index]
            guard unit.hasPrefix("min"), let value = Int(words[index - 1]) else { continue }
            return value
        }
        return nil
    }
}

/// Counts numbers carrying a unit in prose ("128 ms", "95%", "10x", "$10M").
/// A cheap byte-level proxy for quantities, good enough to weigh a part.
enum QuantityCounter {
    static let units: Set<String> = [
        "ms", "s", "sec", "secs", "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "h", "day", "days",
        "x", "k", "m", "b", "kb", "mb", "gb", "tb", "percent", "users", "rows", "requests", "queries", "qps", "rps",
        "req", "million", "billion", "thousand", "times", "ops", "connections", "messages", "events", "records", "%",
    ]

    /// Units as the keys of their lower-case bytes, so a candidate unit is looked up without a String.
    static let unitKeys = Set(units.map(PhraseNormalizer.key(ofNormalized:)))

    static func count(in text: String) -> Int {
        Array(text.utf8).withUnsafeBufferPointer { count(in: $0) }
    }

    static func count(in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        // Where the search for the next number starts; a number right there is never "glued".
        var start = 0
        while let digit = firstDigit(in: utf8, from: start) {
            // A number glued to letters before it (S3, EC2) is a name, not a quantity.
            let glued = digit > start && isLetter(utf8[digit - 1])
            var index = digit
            while index < utf8.count, isNumberByte(utf8[index]) { index += 1 }
            if index < utf8.count, utf8[index] == 0x20 { index += 1 }
            var unit = FNV.offset
            var unitLength = 0
            if index < utf8.count, utf8[index] == 0x25 {
                FNV.add(&unit, 0x25)
                unitLength = 1
            } else {
                while index < utf8.count, isLetter(utf8[index]), unitLength < 12 {
                    FNV.add(&unit, utf8[index] | 0x20)
                    unitLength += 1
                    index += 1
                }
            }
            if !glued, unitLength > 0, unitKeys.contains(unit) { count += 1 }
            start = max(index, digit + 1)
        }
        return count
    }

    private static func firstDigit(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < utf8.count {
            if utf8[index] >= 0x30 && utf8[index] <= 0x39 { return index }
            index += 1
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isNumberByte(_ byte: UInt8) -> Bool { (byte >= 0x30 && byte <= 0x39) || byte == 0x2C || byte == 0x2E }
}
