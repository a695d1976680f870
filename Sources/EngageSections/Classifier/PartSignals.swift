import EngageMarkdown
import EngageText

/// What a part contains, as the classifier weighs it beside heading words and
/// position. Measured the way an editor skims a section to tell what it does:
/// every heading in it, its block structure (code, commands, tables, lists,
/// link lists, step headings), and the words of its lead, the first
/// `leadBytes` bytes of its body text. Phrases, companies, figures and ❌/✅
/// marks are read from the headings and the lead only.
///
/// Why a lead and not every word: against 1,251 hand-labelled headings
/// (gold-dev and the six sets under `scripts/` of the time), reading each
/// part's lead and salient spots agreed with the labels as well as reading
/// every word (headings 91.1% against 90.6%, presence 92.7% against 92.3%),
/// and reading every word of every part was most of the classifier's cost
/// (0.64x the parse; 0.33x now), where a lead costs a bounded amount per part.
struct PartSignals {
    var headingText = ""
    /// Word keys of the part's sub-headings and lead, in document order.
    var proseKeys: [WordKey] = []
    /// Words read: sub-headings and lead (so at most the lead's worth of body words).
    var wordCount = 0
    /// Words of body text read (the lead), outside headings.
    var bodyWordCount = 0
    /// Of those, the words of metadata paragraphs: every line a bold label
    /// ("**Time to Complete:** 25 minutes", "**Difficulty:** Advanced").
    /// Counted in the opening only, where they do not use up the lead.
    var labelWordCount = 0
    /// Whether body text was left unread once the lead was full.
    var leadIsFull = false
    var codeBlocks = 0
    var commandBlocks = 0
    var tables = 0
    var listItems = 0
    /// List items whose first line holds a link ("- [Retry budgets](...)").
    var linkItems = 0
    var crossMarks = 0
    var checkMarks = 0
    var stepHeadings = 0
    var quantities = 0
    var companies: [String] = []
    /// Entries of the part's lists and tables (items, body rows).
    var entries = 0
    /// Of those, the ones that link somewhere (an item opening with a link,
    /// a row whose first or second cell does): a page mostly of such entries
    /// is an index of other pages.
    var linkedEntries = 0
    /// The part's tables by header row, with their body rows: a page mostly
    /// of rows under a "Status" column ("| 12 | Design a Web Crawler | 📄
    /// Stub |") tracks the state of other pages, as an index lists them.
    /// Headers are read only when the page may be such a tracker (see
    /// `statusEntries(in:)`), since most posts are plainly not.
    var tableRows: [(header: NodeID, rows: Int)] = []
    /// Paragraphs directly in the part, outside lists and tables.
    var looseParagraphs = 0
    /// Distinct companies leading the part's entries, when the part is a
    /// roster of who uses the thing ("- **Stripe**: ...", "| **Uber** | ... |"),
    /// else 0. See `rosterCompanies(document:scan:)`.
    var rosterCompanies = 0
    /// Where each sub-heading measured in the part has its word keys in
    /// `proseKeys`, in document order (so its wording is not normalised twice).
    var headingKeys: [(heading: NodeID, keys: Range<Int>)] = []
    /// Content-cue phrases found in the headings and the lead.
    var cues: [PhraseLexicon.Match] = []
    /// "(10 Minutes)", "in 5 minutes": a time box in the heading.
    var headingTimeBox: Int?
    /// The part before the first section heading.
    private var isOpening = false

    /// Bytes of body text read per part: about forty words.
    static let leadBytes = 280
    /// Bytes read of a bold lead or a first cell past the lead.
    static let salientBytes = 48
    /// Inline nodes of an item's first paragraph looked at for a link.
    static let linkProbe = 16
    /// List and table entries per part whose lead may be read for a company.
    static let rosterProbe = 24

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
            if case .paragraph = document.kind(block) { looseParagraphs += 1 }
            measure(block, document: document, scan: &scan)
        }
        // The lead in one pass (the headings were read as they came).
        swap(&scan.text, &scan.lead)
        bodyWordCount += addProse(&scan)
        wordCount = proseKeys.count
        cues = lexicon.matches(in: proseKeys)
        companies = scan.companyBlocks.isEmpty ? [] : matcher.companies(inTokenKeys: scan.companyBlocks)
        rosterCompanies = rosterCompanies(document: document, scan: &scan)
    }

    /// Working state of one part's measuring: the text buffers (a heading's,
    /// and the lead, gathered block by block and read in one pass), the
    /// company tokens of each text read (matched once the part is read), and
    /// what is left of the lead.
    private struct Scan {
        let matcher: CompanyMatcher
        let scanner: ProseScanner
        var text = BlockText()
        var lead = BlockText()
        var tokens: [WordKey] = []
        var companyBlocks: [[WordKey]] = []
        var leadLeft = PartSignals.leadBytes
        /// The bold leads of list entries, up to `rosterProbe` of them, and
        /// the part's tables: read only if the part is shaped like a roster.
        var itemLeads: [NodeID] = []
        var tables: [NodeID] = []
        /// An entry lead's text, words and tokens (scratch, reused).
        var entry = BlockText()
        var entryWords: [WordKey] = []
        var entryTokens: [WordKey] = []
    }

    /// Every measure of the text in `scan.text` (a heading, an opening's
    /// metadata paragraph, or the whole lead): keys, marks, figures, company
    /// tokens; returns its rough word count.
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
        // A block with no token that may start a name can name no company.
        if tokens.contains(where: scan.matcher.mayStartName) { scan.companyBlocks.append(tokens) }
        swap(&tokens, &scan.tokens)
        return marks.roughWords
    }

    /// One top-level block of the part: its structure always, its text while the lead lasts.
    private mutating func measure(_ block: NodeID, document: Document, scan: inout Scan) {
        document.walk(from: block) { node in
            switch document.kind(node) {
            case .heading:
                scan.text.load(node, from: document)
                let firstWord = proseKeys.count
                _ = addProse(&scan)
                headingKeys.append((node, firstWord..<proseKeys.count))
                if PartSignals.isStepHeading(proseKeys[firstWord...], scan.text.bytes) { stepHeadings += 1 }
                return false
            case .codeBlock(_, let info):
                codeBlocks += 1
                if PartSignals.isCommandLanguage(info) { commandBlocks += 1 }
                return false
            case .table:
                tables += 1
                countRows(of: node, in: document)
                scan.tables.append(node)
                return true
            case .listItem:
                listItems += 1
                entries += 1
                if PartSignals.opensWithLink(node, in: document) {
                    linkItems += 1
                    linkedEntries += 1
                } else if scan.itemLeads.count < PartSignals.rosterProbe, let lead = PartSignals.boldLead(of: node, in: document) {
                    scan.itemLeads.append(lead)
                }
                return true
            case .paragraph, .tableCell:
                readLead(node, document: document, scan: &scan)
                return false
            case .htmlBlock, .frontMatter, .thematicBreak, .linkReferenceDefinition:
                return false
            default:
                return true
            }
        }
    }

    /// A paragraph or cell read into the lead, up to what is left of it. The
    /// opening's metadata paragraphs are read on their own allowance (only
    /// whether the opening has text besides them matters).
    private mutating func readLead(_ node: NodeID, document: Document, scan: inout Scan) {
        if isOpening, PartSignals.isLabelLines(node, in: document) {
            scan.text.load(node, from: document, limit: PartSignals.leadBytes)
            let words = addProse(&scan)
            labelWordCount += words
            bodyWordCount += words
            return
        }
        // What little is left of the lead would hold a paragraph's first word
        // and drop its bold lead: the lead is full.
        guard scan.leadLeft >= PartSignals.salientBytes else {
            leadIsFull = true
            readSalient(node, document: document, scan: &scan)
            return
        }
        let before = scan.lead.bytes.count
        if scan.lead.append(node, from: document, limit: scan.leadLeft) {
            leadIsFull = true
            scan.leadLeft = 0
        } else {
            scan.leadLeft -= max(scan.lead.bytes.count - before, 1)
        }
    }

    /// A table's body rows as entries, and those linking from their first or
    /// second cell (each read to `linkProbe` inline nodes at most). A table
    /// whose first `linkRowProbe` rows link nowhere is no table of links:
    /// its other rows are counted, not read.
    private mutating func countRows(of table: NodeID, in document: Document) {
        guard let header = document.firstChild(table) else { return }
        var row = document.nextSibling(header)
        var read = 0
        var linked = 0
        var rows = 0
        while let current = row {
            entries += 1
            rows += 1
            if linked > 0 || read < PartSignals.linkRowProbe {
                read += 1
                let first = document.firstChild(current)
                if let first, PartSignals.opensWithLink(first, in: document)
                    || document.nextSibling(first).map({ PartSignals.opensWithLink($0, in: document) }) == true {
                    linked += 1
                }
            }
            row = document.nextSibling(current)
        }
        linkedEntries += linked
        tableRows.append((header, rows))
    }

    /// The rows of the part's tables that have a "Status" column.
    func statusEntries(in document: Document) -> Int {
        tableRows.reduce(0) { $0 + (PartSignals.hasStatusColumn($1.header, in: document) ? $1.rows : 0) }
    }

    static let linkRowProbe = 3

    /// Whether a header row names a "Status" (or "Progress") column. Each
    /// header cell is read once, as the vendor check reads the first.
    static func hasStatusColumn(_ header: NodeID, in document: Document) -> Bool {
        document.children(header).contains { cell in
            statusColumns.contains(PhraseNormalizer.words(document.plainText(cell)).joined(separator: " "))
        }
    }

    static let statusColumns: Set<String> = ["status", "progress"]

    /// The first cells of a table's body rows, as entry leads, at most
    /// `limit`. A table of vendors compared ("| Provider | Pricing |") lists
    /// no users, and a linked first cell names a resource: neither leads a
    /// roster's entry.
    static func rowLeads(of table: NodeID, in document: Document, limit: Int) -> [NodeID] {
        guard let header = document.firstChild(table), let name = document.firstChild(header),
              !vendorColumns.contains(PhraseNormalizer.words(document.plainText(name)).joined(separator: " ")) else { return [] }
        var leads: [NodeID] = []
        var row = document.nextSibling(header)
        while let current = row, leads.count < limit {
            if let cell = document.firstChild(current), !opensWithLink(cell, in: document) { leads.append(cell) }
            row = document.nextSibling(current)
        }
        return leads
    }

    /// First column names of a table that compares vendors or options.
    static let vendorColumns: Set<String> = [
        "provider", "providers", "platform", "platforms", "vendor", "vendors", "tool", "tools", "service", "services",
        "product", "products", "option", "options", "solution", "solutions", "framework", "frameworks", "library",
        "libraries", "database", "databases", "engine", "engines", "cloud", "offering",
    ]

    /// A list item's bold lead: the strong text its first paragraph opens with.
    static func boldLead(of item: NodeID, in document: Document) -> NodeID? {
        guard let paragraph = document.firstChild(item), case .paragraph = document.kind(paragraph),
              let first = document.firstChild(paragraph), case .strong = document.kind(first) else { return nil }
        return first
    }

    /// The distinct companies leading a roster's entries, or 0 when the part
    /// is no roster. A roster holds 3+ entries, more than half of them led by
    /// a company, 3+ distinct; no code, no sub-headings and at most two
    /// paragraphs of its own. A part that also tells the problem (a "### The
    /// Problem", a code example) or points to the next post before listing
    /// who uses it is not only a roster, and a link list that closes on three
    /// "Production Examples" is a list of links first. The shape is judged
    /// first, so most parts read no entry at all; entries past
    /// `rosterProbe` are counted but not read.
    private func rosterCompanies(document: Document, scan: inout Scan) -> Int {
        guard entries >= 3, codeBlocks == 0, headingKeys.isEmpty, looseParagraphs <= 2 else { return 0 }
        var leads = scan.itemLeads
        for table in scan.tables where leads.count < PartSignals.rosterProbe {
            leads += PartSignals.rowLeads(of: table, in: document, limit: PartSignals.rosterProbe - leads.count)
        }
        var names: Set<String> = []
        var led = 0
        for lead in leads {
            scan.entry.load(lead, from: document, limit: PartSignals.salientBytes)
            scan.entryWords.removeAll(keepingCapacity: true)
            scan.entryTokens.removeAll(keepingCapacity: true)
            _ = scan.entry.bytes.withUnsafeBufferPointer { scan.scanner.scan($0, words: &scan.entryWords, tokens: &scan.entryTokens) }
            guard scan.entryTokens.contains(where: scan.matcher.mayStartName),
                  let name = scan.matcher.companies(inTokenKeys: [scan.entryTokens]).first else { continue }
            led += 1
            names.insert(name)
        }
        return led * 2 > entries && names.count >= 3 ? names.count : 0
    }

    /// Past the lead, what a skimming reader still sees of a paragraph or
    /// cell: a bold lead ("**Key Insight**: ...", "- **Netflix**: 200M
    /// users"), and a table row's first cell (a company table's names).
    private func readSalient(_ node: NodeID, document: Document, scan: inout Scan) {
        if case .tableCell = document.kind(node) {
            guard document.previousSibling(node) == nil else { return }
            scan.lead.append(node, from: document, limit: PartSignals.salientBytes)
        } else {
            guard let first = document.firstChild(node), case .strong = document.kind(first) else { return }
            scan.lead.append(first, from: document, limit: PartSignals.salientBytes)
        }
    }

    /// Whether a code fence's language (the info string's first word, any
    /// case) is a shell's, read on bytes: a String per code block cost more
    /// than the rest of its measuring.
    static func isCommandLanguage(_ info: String) -> Bool {
        var key = FNV.offset
        var length = 0
        for byte in info.utf8 {
            if byte == 0x20 {
                if length == 0 { continue }
                break
            }
            // A non-ASCII byte or a long word names no shell.
            guard byte < 0x80, length < 12 else { return false }
            FNV.add(&key, byte &- 0x41 < 26 ? byte | 0x20 : byte)
            length += 1
        }
        return length > 0 && commandLanguageKeys.contains(key)
    }

    static let commandLanguageKeys = Set(commandLanguages.map(PhraseNormalizer.key(ofNormalized:)))

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

    /// Whether a list item's first paragraph (or a table cell) links somewhere
    /// within its first `linkProbe` inline nodes (a link list's entries open
    /// with their link; a long item is not read to its end).
    static func opensWithLink(_ item: NodeID, in document: Document) -> Bool {
        guard let first = document.kind(item) == .tableCell ? item : document.firstChild(item),
              document.kind(first) == .paragraph || document.kind(first) == .tableCell else { return false }
        var seen = 0
        var found = false
        document.walk(from: first) { node in
            guard !found, seen < linkProbe else { return false }
            seen += 1
            if case .link = document.kind(node) { found = true }
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
        // The number before the unit is read with `Int(_:)`, which takes ASCII digits only.
        guard text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
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
