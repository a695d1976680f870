import EngageText

/// Weighted phrases per section, read from the `Rules/sections/*.txt` format:
/// `[section]` headers, `phrase = weight` lines, `#` comments. A phrase with
/// ` ... ` in it matches its two halves with up to `maxGap` words between
/// ("why ... fails" matches "Why 2PC Fails at Scale").
///
/// Matching uses EngageText's `WordKeyTrie`: linear in the text, whatever the lexicon size.
public struct PhraseLexicon: Sendable {
    public struct Match: Equatable, Sendable {
        public let section: SectionID
        public let phrase: String
        public let weight: Double
    }

    /// What a trie id stands for: a phrase, or one half of a gapped phrase.
    private enum Entry: Sendable {
        case phrase(Match)
        case gapHead(Int)
        case gapTail(Int)
    }

    /// Words a gapped phrase may skip between its halves.
    public static let maxGap = 4

    private var trie = WordKeyTrie()
    private var entries: [Entry] = []
    private var gapped: [Match] = []
    public var phraseCount: Int { entries.count - gapped.count }

    public init() {}

    /// Parses lexicon text; throws on an unknown section or a bad weight, naming the line.
    public init(text: String, origin: String) throws(LexiconError) {
        var section: SectionID?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let name = String(line.dropFirst().dropLast())
                guard let id = SectionID(rawValue: name) else {
                    throw LexiconError(origin: origin, line: index + 1, message: "unknown section '\(name)'")
                }
                section = id
                continue
            }
            guard let current = section else {
                throw LexiconError(origin: origin, line: index + 1, message: "phrase before any [section] header")
            }
            var phrase = line
            var weight = 1.0
            if let equals = line.lastIndex(of: "=") {
                phrase = line[..<equals].trimmingSpaces()
                guard let value = Double(line[line.index(after: equals)...].trimmingSpaces()), value > 0 else {
                    throw LexiconError(origin: origin, line: index + 1, message: "weight must be a positive number")
                }
                weight = value
            }
            add(phrase: String(phrase), section: current, weight: weight)
        }
    }

    public mutating func add(phrase: String, section: SectionID, weight: Double) {
        let halves = phrase.components(separatedBy: " ... ")
        if halves.count == 2, halves.allSatisfy({ !PhraseNormalizer.words($0).isEmpty }) {
            let (head, tail) = (PhraseNormalizer.words(halves[0]), PhraseNormalizer.words(halves[1]))
            gapped.append(Match(section: section, phrase: (head + ["…"] + tail).joined(separator: " "), weight: weight))
            trie.insert(halves[0], id: entries.count)
            entries.append(.gapHead(gapped.count - 1))
            trie.insert(halves[1], id: entries.count)
            entries.append(.gapTail(gapped.count - 1))
            return
        }
        let normalized = PhraseNormalizer.words(phrase).joined(separator: " ")
        trie.insert(phrase, id: entries.count)
        entries.append(.phrase(Match(section: section, phrase: normalized, weight: weight)))
    }

    /// Every phrase occurrence in `words` (keys from `PhraseNormalizer.keys`),
    /// in text order; a gapped phrase where its second half ends.
    public func matches(in words: [WordKey]) -> [Match] { matches(hits: trie.hits(in: words)) }

    /// `matches(in:)` over a run of keys, without copying it out of its array.
    public func matches(in words: ArraySlice<WordKey>) -> [Match] { matches(hits: trie.hits(in: words)) }

    private func matches(hits: [WordKeyTrie.Hit]) -> [Match] {
        var found: [Match] = []
        // Per gapped phrase, where the latest occurrence of its first half ended.
        var headEnds: [Int: Int] = [:]
        for hit in hits {
            switch entries[hit.id] {
            case .phrase(let match):
                found.append(match)
            case .gapHead(let gap):
                headEnds[gap] = hit.words.upperBound
            case .gapTail(let gap):
                // Hits come in order of their first word, so a head before this tail is already seen.
                if let end = headEnds[gap], end <= hit.words.lowerBound, hit.words.lowerBound - end <= PhraseLexicon.maxGap {
                    found.append(gapped[gap])
                    headEnds[gap] = nil
                }
            }
        }
        return found
    }

    /// Every phrase occurrence in a text, in text order.
    public func matches(in text: String) -> [Match] { matches(in: PhraseNormalizer.keys(text)) }

    /// The strongest match per section.
    public func strongest(in text: String) -> [SectionID: Match] { strongest(in: PhraseNormalizer.keys(text)) }

    /// The strongest match per section, over word keys.
    public func strongest(in words: [WordKey]) -> [SectionID: Match] { strongest(of: matches(in: words)) }

    /// The strongest match per section, over a run of keys.
    public func strongest(in words: ArraySlice<WordKey>) -> [SectionID: Match] { strongest(of: matches(in: words)) }

    private func strongest(of matches: [Match]) -> [SectionID: Match] {
        var best: [SectionID: Match] = [:]
        for match in matches where (best[match.section]?.weight ?? 0) < match.weight {
            best[match.section] = match
        }
        return best
    }
}

public struct LexiconError: Error, Equatable, CustomStringConvertible, Sendable {
    public let origin: String
    public let line: Int
    public let message: String
    public var description: String { "\(origin):\(line): error: \(message)" }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var slice = self
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice = slice.dropLast() }
        return slice
    }
}
