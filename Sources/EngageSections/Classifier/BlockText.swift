import EngageMarkdown
import EngageText

/// One block's plain text as UTF-8 bytes, in a buffer reused from block to
/// block: the classifier reads every paragraph of a post, and building a
/// String for each (then re-reading it once per measure) cost more than the
/// parse. The measures over these bytes live in `ProseScan`.
struct BlockText {
    private(set) var bytes: [UInt8] = []

    /// Loads the bytes of `document.plainText(node)` and returns the number of
    /// links in the node, counted on the same walk.
    ///
    /// Mirrors `Document.plainText`: text, code spans and emoji as they are,
    /// breaks as a space, nothing from code blocks or HTML. Those have no
    /// children inside a paragraph, heading or cell, so no link is missed.
    mutating func load(_ node: NodeID, from document: Document) -> Int {
        bytes.removeAll(keepingCapacity: true)
        var links = 0
        document.walk(from: node) { child in
            switch document.kind(child) {
            case .text, .codeSpan, .emoji:
                if let literal = document.literal(child) { bytes.append(contentsOf: literal.utf8) }
            case .softBreak, .hardBreak:
                bytes.append(0x20)
            case .codeBlock, .htmlBlock, .inlineHTML:
                return false
            case .link:
                links += 1
            default:
                break
            }
            return true
        }
        return links
    }
}

/// What one pass over a block's bytes finds besides its keys.
struct ProseMarks {
    var crossMarks = 0
    var checkMarks = 0
    var questions = 0
    /// `PartSignals.roughWordCount` of the block.
    var roughWords = 0
}

/// All of a block's byte-level measures in one pass that allocates nothing
/// per word: phrase word keys (as `PhraseNormalizer.keys`), company token keys
/// (as `CompanyMatcher.tokenKeys` with its start bytes), ❌/✅ marks, question
/// marks and the rough word count. Tests pin each against its String original.
struct ProseScanner {
    private let startBytes: [Bool]
    // Phrase word in progress: its hash, its length, apostrophes not yet kept.
    private var hash = FNV.offset
    private var length = 0
    private var pendingApostrophes = 0
    /// Where the company token in progress starts, or -1.
    private var tokenStart = -1
    private var inRoughWord = false
    private var marks = ProseMarks()

    init(companyStartBytes: [Bool]) { startBytes = companyStartBytes }

    /// Scans one block, appending to `words` and `tokens`.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, words: inout [WordKey], tokens: inout [WordKey]) -> ProseMarks {
        marks = ProseMarks()
        inRoughWord = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                ascii(byte, at: index, bytes, words: &words, tokens: &tokens)
                index += 1
            } else {
                index += nonASCII(at: index, bytes, words: &words, tokens: &tokens)
            }
        }
        endWord(&words)
        endToken(at: bytes.count, bytes, &tokens)
        return marks
    }

    @inline(__always)
    private mutating func ascii(_ byte: UInt8, at index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                                words: inout [WordKey], tokens: inout [WordKey]) {
        switch byte {
        case 0x61...0x7A, 0x30...0x39, 0x41...0x5A:
            if !inRoughWord { marks.roughWords += 1 }
            inRoughWord = true
            letter(byte <= 0x5A && byte >= 0x41 ? byte + 0x20 : byte)
            if tokenStart < 0 { tokenStart = index }
            return
        case 0x27:
            // Inside a word an apostrophe waits for a letter; it continues a company token.
            if length > 0 { pendingApostrophes += 1 } else { endWord(&words) }
        case 0x26, 0x2E, 0x2D:
            // AT&T, Booking.com, Coca-Cola: inside a company token, a separator for phrase words.
            endWord(&words)
        default:
            if byte == 0x3F { marks.questions += 1 }
            endWord(&words)
            endToken(at: index, bytes, &tokens)
        }
        inRoughWord = false
    }

    /// Handles the scalar starting at `index`; returns its length in bytes.
    private mutating func nonASCII(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                                   words: inout [WordKey], tokens: inout [WordKey]) -> Int {
        if !inRoughWord { marks.roughWords += 1 }
        inRoughWord = true
        let (scalar, size) = ProseScanner.decodeScalar(bytes, at: index)
        switch scalar.value {
        case 0x274C, 0x2717, 0x2718: marks.crossMarks += 1
        case 0x2705, 0x2714, 0x2713: marks.checkMarks += 1
        default: break
        }
        if scalar.value == 0x2019 {
            if length > 0 { pendingApostrophes += 1 } else { endWord(&words) }
            if tokenStart < 0 { endToken(at: index, bytes, &tokens) }
            return size
        }
        let properties = scalar.properties
        if properties.isAlphabetic {
            for lower in properties.lowercaseMapping.utf8 { letter(lower) }
            if tokenStart < 0 { tokenStart = index }
        } else {
            endWord(&words)
            if properties.numericType != nil {
                if tokenStart < 0 { tokenStart = index }
            } else {
                endToken(at: index, bytes, &tokens)
            }
        }
        return size
    }

    @inline(__always)
    private mutating func letter(_ byte: UInt8) {
        while pendingApostrophes > 0 {
            FNV.add(&hash, 0x27)
            pendingApostrophes -= 1
        }
        FNV.add(&hash, byte)
        length += 1
    }

    @inline(__always)
    private mutating func endWord(_ words: inout [WordKey]) {
        if length > 0 { words.append(hash) }
        hash = FNV.offset
        length = 0
        pendingApostrophes = 0
    }

    /// Ends the company token running to `end`: trailing `. - '` and then a
    /// possessive 's are no part of a name; a curly apostrophe counts as `'`.
    private mutating func endToken(at end: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: inout [WordKey]) {
        guard tokenStart >= 0 else { return }
        let start = tokenStart
        tokenStart = -1
        var last = end
        while last > start {
            let byte = bytes[last - 1]
            if byte == 0x2E || byte == 0x2D || byte == 0x27 {
                last -= 1
            } else if ProseScanner.isCurlyApostrophe(bytes, endingAt: last, after: start) {
                last -= 3
            } else {
                break
            }
        }
        if bytes[last - 1] == 0x73 {
            if last - 2 > start, bytes[last - 2] == 0x27 {
                last -= 2
            } else if ProseScanner.isCurlyApostrophe(bytes, endingAt: last - 1, after: start) {
                last -= 4
            }
        }
        guard startBytes[Int(bytes[start])] else {
            tokens.append(0)
            return
        }
        var key = FNV.offset
        var index = start
        while index < last {
            if ProseScanner.isCurlyApostrophe(bytes, endingAt: index + 3, after: start - 1), index + 3 <= last {
                FNV.add(&key, 0x27)
                index += 3
            } else {
                FNV.add(&key, bytes[index])
                index += 1
            }
        }
        tokens.append(key)
    }

    /// True when U+2019 (E2 80 99) ends at `end` and starts after `start`.
    @inline(__always)
    private static func isCurlyApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, after start: Int) -> Bool {
        end - 3 > start && end <= bytes.count && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0x99
    }

    /// The scalar starting at `index` of valid UTF-8 (a String's bytes), and its length.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0x7F >> UInt32(size))
        for offset in 1..<size { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", size)
    }
}
