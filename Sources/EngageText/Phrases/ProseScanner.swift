/// What one pass over a block's bytes finds besides its keys.
public struct ProseMarks: Sendable {
    public var crossMarks = 0
    public var checkMarks = 0
    public var questions = 0
    /// Runs of letters, digits and non-ASCII bytes (the classifier's rough word count).
    public var roughWords = 0
    /// Whether an ASCII digit occurs (without one there is no quantity to count).
    public var hasDigit = false
}

/// All of a block's byte-level measures in one pass that allocates nothing
/// per word (the classifier scans every block with it, and a prose block
/// makes its phrase and company-token keys with it): phrase word keys (as `PhraseNormalizer.keys`), company token keys
/// (as `CompanyMatcher.tokenKeys` with its start bytes), ❌/✅ marks, question
/// marks and the rough word count. Tests pin each against its String original.
///
/// The state lives in locals of `scan`, so the loop keeps it in registers.
public struct ProseScanner: Sendable {
    let startBytes: [Bool]

    public init(companyStartBytes: [Bool]) { startBytes = companyStartBytes }

    public func scan(_ bytes: UnsafeBufferPointer<UInt8>, words: inout [WordKey], tokens: inout [WordKey]) -> ProseMarks {
        // A word takes two bytes at least (one and a separator): room for
        // that many, made once, spares the appends their growth checks.
        ProseScanner.makeRoom(in: &words, for: bytes.count / 2 + 1)
        ProseScanner.makeRoom(in: &tokens, for: bytes.count / 2 + 1)
        var marks = ProseMarks()
        var inRoughWord = false
        var word = WordState()
        var token = TokenState()
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= 0x80 else {
                switch byte {
                case 0x61...0x7A, 0x30...0x39, 0x41...0x5A:
                    if !inRoughWord { marks.roughWords += 1 }
                    inRoughWord = true
                    if !token.isOpen { token.open(hashed: startBytes[Int(byte)]) }
                    let end = ProseScanner.alphanumericRun(bytes, from: index, word: &word, token: &token)
                    marks.hasDigit = marks.hasDigit || word.sawDigit
                    index = end
                    continue
                case 0x27:
                    word.apostrophe(&words)
                    if token.isOpen { token.add(byte, kind: .apostrophe) }
                case 0x26:
                    // AT&T: inside a company token, a separator for phrase words.
                    word.end(&words)
                    if token.isOpen { token.add(byte, kind: .kept) }
                case 0x2E, 0x2D:
                    // Booking.com, Coca-Cola; dropped when they end the token.
                    word.end(&words)
                    if token.isOpen { token.add(byte, kind: .trailing) }
                default:
                    if byte == 0x3F { marks.questions += 1 }
                    word.end(&words)
                    token.end(&tokens)
                }
                inRoughWord = false
                index += 1
                continue
            }
            // Every byte of a non-ASCII scalar is a rough-word byte.
            if !inRoughWord { marks.roughWords += 1 }
            inRoughWord = true
            index = nonASCIIScalar(bytes, at: index, marks: &marks, word: &word, token: &token, words: &words, tokens: &tokens)
        }
        word.end(&words)
        token.end(&tokens)
        return marks
    }

    /// One non-ASCII scalar at `index` (valid UTF-8); returns the index after
    /// it. Out of line: most prose is ASCII, and the Unicode lookups here
    /// crowded the ASCII loop's registers.
    @inline(never)
    private func nonASCIIScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, marks: inout ProseMarks,
                                word: inout WordState, token: inout TokenState,
                                words: inout [WordKey], tokens: inout [WordKey]) -> Int {
        let (scalar, size) = ProseScanner.decodeScalar(bytes, at: index)
        switch scalar.value {
        case 0x274C, 0x2717, 0x2718: marks.crossMarks += 1
        case 0x2705, 0x2714, 0x2713: marks.checkMarks += 1
        case 0x2019:
            word.apostrophe(&words)
            if token.isOpen { token.add(0x27, kind: .apostrophe) }
            return index + size
        default: break
        }
        let properties = scalar.properties
        if properties.isAlphabetic {
            for lower in properties.lowercaseMapping.utf8 { word.letter(lower) }
        } else {
            word.end(&words)
        }
        if properties.isAlphabetic || properties.numericType != nil {
            if !token.isOpen { token.open(hashed: startBytes[Int(bytes[index])]) }
            for offset in 0..<size { token.add(bytes[index + offset], kind: .kept) }
        } else {
            token.end(&tokens)
        }
        return index + size
    }

    /// Capacity for `extra` more keys, grown at least geometrically: callers
    /// append block after block to one array, and an exact reservation per
    /// block would copy it once per block.
    @inline(__always)
    private static func makeRoom(in keys: inout [WordKey], for extra: Int) {
        let needed = keys.count + extra
        if keys.capacity < needed { keys.reserveCapacity(max(needed, keys.capacity * 2)) }
    }

    /// A run of ASCII letters and digits (the bulk of prose) from `start`,
    /// hashed into both the word and the token in one tight loop; returns its end.
    @inline(__always)
    private static func alphanumericRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                        word: inout WordState, token: inout TokenState) -> Int {
        word.keepPendingApostrophes()
        var wordHash = word.hash
        var tokenHash = token.hash
        var digits: UInt8 = 0
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            let lower = byte | 0x20
            let isLetter = lower &- 0x61 < 26
            let isDigit = byte &- 0x30 < 10
            guard isLetter || isDigit else { break }
            wordHash = (wordHash ^ UInt64(isLetter ? lower : byte)) &* FNV.prime
            tokenHash = (tokenHash ^ UInt64(byte)) &* FNV.prime
            digits |= isDigit ? 1 : 0
            index += 1
        }
        word.hash = wordHash
        word.length += index - start
        word.sawDigit = digits != 0
        token.addKeptRun(hash: tokenHash, length: index - start, last: bytes[index - 1])
        return index
    }

    /// The phrase word in progress: its hash, its length, apostrophes not yet kept.
    private struct WordState {
        var hash = FNV.offset
        var length = 0
        var pendingApostrophes = 0
        /// Whether the last run of letters held a digit (so the block may hold a quantity).
        var sawDigit = false

        @inline(__always) mutating func keepPendingApostrophes() {
            while pendingApostrophes > 0 {
                FNV.add(&hash, 0x27)
                pendingApostrophes -= 1
            }
        }

        @inline(__always) mutating func letter(_ byte: UInt8) {
            while pendingApostrophes > 0 {
                FNV.add(&hash, 0x27)
                pendingApostrophes -= 1
            }
            FNV.add(&hash, byte)
            length += 1
        }

        /// Inside a word an apostrophe waits for a letter; elsewhere it separates.
        @inline(__always) mutating func apostrophe(_ words: inout [WordKey]) {
            if length > 0 { pendingApostrophes += 1 } else { end(&words) }
        }

        @inline(__always) mutating func end(_ words: inout [WordKey]) {
            if length > 0 { words.append(hash) }
            hash = FNV.offset
            length = 0
            pendingApostrophes = 0
        }
    }

    /// The company token in progress, hashed as it grows. Trailing `. - '` and
    /// then a possessive 's are no part of a name, so the key is the hash as it
    /// stood after the last other byte, or before the apostrophe of a final 's.
    private struct TokenState {
        enum Kind { case kept, trailing, apostrophe }
        private(set) var isOpen = false
        private var hashed = false
        private(set) var hash = FNV.offset
        private var kept = FNV.offset
        private var beforeApostrophe = FNV.offset
        private var lastWasApostrophe = false
        private var possessive = false

        /// A token whose first byte starts no name nor context word keeps key 0, unhashed.
        @inline(__always) mutating func open(hashed: Bool) {
            isOpen = true
            self.hashed = hashed
            hash = FNV.offset
            lastWasApostrophe = false
            possessive = false
        }

        @inline(__always) mutating func add(_ byte: UInt8, kind: Kind) {
            guard hashed else { return }
            let before = hash
            FNV.add(&hash, byte)
            switch kind {
            case .kept:
                possessive = byte == 0x73 && lastWasApostrophe
                kept = hash
                lastWasApostrophe = false
            case .trailing:
                lastWasApostrophe = false
            case .apostrophe:
                beforeApostrophe = before
                lastWasApostrophe = true
            }
        }

        /// `add(_:kind: .kept)` for each byte of a run whose hash the caller computed.
        @inline(__always) mutating func addKeptRun(hash runHash: UInt64, length: Int, last: UInt8) {
            guard hashed else { return }
            hash = runHash
            // Only a one-letter run can be the 's' right after an apostrophe.
            possessive = length == 1 && last == 0x73 && lastWasApostrophe
            kept = hash
            lastWasApostrophe = false
        }

        @inline(__always) mutating func end(_ tokens: inout [WordKey]) {
            guard isOpen else { return }
            isOpen = false
            tokens.append(hashed ? (possessive ? beforeApostrophe : kept) : 0)
        }
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
