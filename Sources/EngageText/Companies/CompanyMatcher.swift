/// Finds well-known company names in prose: whole names, case-sensitive,
/// longest match first ("Goldman Sachs" before "Goldman"), aliases folded
/// into one company ("Facebook" counts as Meta).
///
/// Names that are also ordinary words (Apple, Square, Target, Slack...) are
/// marked ambiguous in the list and count only with support from context:
/// another unambiguous company in the same block, or a company-like word
/// next to them ("Apple engineers", "at Square", "Target Corp").
public struct CompanyMatcher: Sendable {
    struct Entry: Sendable {
        let canonical: String
        let ambiguous: Bool
    }

    /// Names by the key of their first token, longest first. Tokens are
    /// case-sensitive FNV keys: matching allocates nothing per word.
    private var trie: [WordKey: [([WordKey], Entry)]] = [:]
    /// The trie's first tokens, asked before hashing into it: most tokens start no name.
    private var firstTokens = FirstWordFilter()
    /// Bytes that start some token of some name or context word: a token
    /// starting otherwise can never matter and is not even hashed.
    private var startBytes = [Bool](repeating: false, count: 256)
    private var supportingNextKeys = Set<WordKey>()
    private var supportingPreviousKeys = Set<WordKey>()
    public private(set) var companyCount = 0

    static let supportingNext: Set<String> = [
        "Inc", "Corp", "Corporation", "Ltd", "engineering", "engineers", "uses", "used", "built", "builds", "runs",
        "ran", "handles", "handled", "serves", "served", "processes", "processed", "migrated", "moved", "reported",
        "reduced", "cut", "saved", "scaled", "adopted", "switched", "team", "teams", "deploys", "stores",
    ]
    static let supportingPrevious: Set<String> = ["at", "At", "from", "by", "like", "including", "Companies"]

    public init() {
        // Context words must survive tokenising too.
        for word in CompanyMatcher.supportingNext.union(CompanyMatcher.supportingPrevious) {
            if let byte = word.utf8.first { startBytes[Int(byte)] = true }
        }
        supportingNextKeys = Set(CompanyMatcher.supportingNext.flatMap { CompanyMatcher.tokenKeys($0) })
        supportingPreviousKeys = Set(CompanyMatcher.supportingPrevious.flatMap { CompanyMatcher.tokenKeys($0) })
    }

    /// Parses the list format: `Name = Alias, Alias [ambiguous]`, `#` comments.
    public init(listText: String) {
        self.init()
        for rawLine in listText.split(separator: "\n") {
            var line = rawLine.trimmingCharacters()
            if line.isEmpty || line.hasPrefix("#") { continue }
            var ambiguous = false
            if line.hasSuffix("[ambiguous]") {
                ambiguous = true
                line = String(line.dropLast("[ambiguous]".count)).trimmingCharacters()
            }
            let sides = line.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters() }
            guard let canonical = sides.first, !canonical.isEmpty else { continue }
            let aliases = sides.count > 1 ? sides[1].split(separator: ",").map { String($0).trimmingCharacters() } : []
            add(canonical, aliases: aliases, ambiguous: ambiguous)
        }
    }

    public mutating func add(_ canonical: String, aliases: [String] = [], ambiguous: Bool = false) {
        for name in [canonical] + aliases where !name.isEmpty {
            for token in CompanyMatcher.tokens(name) { if let byte = token.utf8.first { startBytes[Int(byte)] = true } }
            let tokens = CompanyMatcher.tokenKeys(name)
            guard let first = tokens.first else { continue }
            trie[first, default: []].append((tokens, Entry(canonical: canonical, ambiguous: ambiguous)))
            firstTokens.insert(first)
            trie[first]!.sort { $0.0.count > $1.0.count }
        }
        companyCount += 1
    }

    /// Distinct companies named in `blocks` (each a paragraph, cell or item), in order of first mention.
    /// An ambiguous name is supported by a company-like word beside it, by an
    /// unambiguous company in the same block, or by two or more unambiguous
    /// companies anywhere in the passage (a table of users, cell by cell).
    public func companies(in blocks: [String]) -> [String] {
        companies(inTokenKeys: blocks.map { CompanyMatcher.tokenKeys($0, keeping: startBytes) })
    }

    /// `companies(in:)` over blocks already cut into token keys (as `tokenKeys`
    /// does, with `tokenStartBytes`), for a caller that tokenises bytes it holds.
    public func companies(inTokenKeys blocks: [[WordKey]]) -> [String] {
        let found = blocks.map(mentions(inTokens:))
        // Most passages name nothing: no sets to build then.
        guard found.contains(where: { !$0.isEmpty }) else { return [] }
        let confidentOverall = Set(found.flatMap { $0.filter { $0.confident }.map(\.name) })
        var seen = Set<String>()
        var ordered: [String] = []
        for block in found {
            let blockSupported = block.contains { $0.confident }
            for mention in block where mention.confident || blockSupported || confidentOverall.count >= 2 {
                if seen.insert(mention.name).inserted { ordered.append(mention.name) }
            }
        }
        return ordered
    }

    /// Bytes that may start a token that matters; any other token's key is 0.
    public var tokenStartBytes: [Bool] { startBytes }

    /// False when no name starts with this token key: a block without one names no company.
    public func mayStartName(_ key: WordKey) -> Bool { firstTokens.mayContain(key) }

    private func mentions(inTokens tokens: [WordKey]) -> [(name: String, confident: Bool)] {
        var found: [(name: String, confident: Bool)] = []
        var index = 0
        while index < tokens.count {
            // Key 0 is a token that starts no name (see `tokenKeys`): no lookup.
            guard tokens[index] != 0, firstTokens.mayContain(tokens[index]), let candidates = trie[tokens[index]],
                  let (name, entry) = candidates.first(where: { CompanyMatcher.matches($0.0, tokens, at: index) }) else {
                index += 1
                continue
            }
            let end = index + name.count
            let supported = (end < tokens.count && supportingNextKeys.contains(tokens[end]))
                || (index > 0 && supportingPreviousKeys.contains(tokens[index - 1]))
            found.append((entry.canonical, !entry.ambiguous || supported))
            index = end
        }
        return found
    }

    private static func matches(_ name: [WordKey], _ tokens: [WordKey], at start: Int) -> Bool {
        guard start + name.count <= tokens.count else { return false }
        for offset in name.indices where tokens[start + offset] != name[offset] { return false }
        return true
    }

    /// Words for name matching: letters, digits and the punctuation names carry
    /// (`&`, `.`, `-`, `'` inside a word); a trailing period or possessive `'s`
    /// is dropped. Case is kept.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        scanTokens(text) { bytes in tokens.append(String(decoding: bytes, as: UTF8.self)) }
        return tokens
    }

    /// The keys of `tokens(text)`; a token whose first byte is not in
    /// `startBytes` gets key 0, a placeholder that keeps adjacency.
    public static func tokenKeys(_ text: String, keeping startBytes: [Bool]? = nil) -> [WordKey] {
        var keys: [WordKey] = []
        scanTokens(text) { bytes in
            if startBytes?[Int(bytes[bytes.startIndex])] == false {
                keys.append(0)
                return
            }
            var hash = FNV.offset
            for byte in bytes { FNV.add(&hash, byte) }
            keys.append(hash)
        }
        return keys
    }

    /// One pass over the text's bytes, handing each token's bytes to `emit`.
    ///
    /// A token is a run of letters and digits (any script) that may carry
    /// `&`, `.`, `-` and `'` (or `’`, read as `'`) inside; trailing `.`, `-`
    /// and `'`, then a possessive `'s`, are not part of it. Tokens are found
    /// as byte ranges of the text and copied only when they hold a `’`, so
    /// the pass allocates nothing per word (a byte buffer appended to per
    /// letter, and `unicodeScalars`, were most of the company rules' time).
    private static func scanTokens(_ text: String, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { scanTokens(utf8: $0, emit) }
    }

    // A function of its own, not a closure inside `withUTF8`, as the phrase
    // scanner is (written as that closure, the phrase scan measured twice as slow).
    private static func scanTokens(utf8 bytes: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        var scratch: [UInt8] = []
        var start = -1   // first byte of the open token, -1 when none
        var curly = false  // the open token holds a `’`
        func close(at end: Int) {
            defer { start = -1; curly = false }
            guard start >= 0 else { return }
            var last = end  // exclusive
            // Trailing `.`, `-`, `'`, `’`, then one `'s` / `’s`.
            func dropApostrophe() -> Bool {
                if last - start >= 1, bytes[last - 1] == 0x27 { last -= 1; return true }
                if last - start >= 3, bytes[last - 3] == 0xE2, bytes[last - 2] == 0x80, bytes[last - 1] == 0x99 { last -= 3; return true }
                return false
            }
            while last > start {
                let b = bytes[last - 1]
                if b == 0x2E || b == 0x2D { last -= 1; continue }
                if !dropApostrophe() { break }
            }
            if last - start >= 2, bytes[last - 1] == 0x73 {
                let keep = last
                last -= 1
                if !dropApostrophe() { last = keep }
            }
            guard last > start else { return }
            if !curly {
                emit(UnsafeBufferPointer(rebasing: bytes[start..<last]))
                return
            }
            scratch.removeAll(keepingCapacity: true)
            var i = start
            while i < last {
                if bytes[i] == 0xE2, i + 3 <= last, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                    scratch.append(0x27)
                    i += 3
                } else {
                    scratch.append(bytes[i])
                    i += 1
                }
            }
            scratch.withUnsafeBufferPointer(emit)
        }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                switch byte {
                case 0x61...0x7A, 0x41...0x5A, 0x30...0x39:
                    if start < 0 { start = i }
                case 0x26, 0x2E, 0x2D, 0x27:
                    // Inside a name (AT&T, Booking.com, Coca-Cola, McDonald's); a separator elsewhere.
                    if start < 0 { close(at: i) }
                default:
                    close(at: i)
                }
                i += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i)
            if scalar.value == 0x2019, start >= 0 {
                curly = true
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if start < 0 { start = i }
            } else {
                close(at: i)
            }
            i += length
        }
        close(at: bytes.count)
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}

extension CompanyMatcher {
    /// The built-in list (Rules/data/companies.txt, compiled in).
    public static let builtin = CompanyMatcher(listText: BuiltinResources.files["data/companies.txt"] ?? "")
}
