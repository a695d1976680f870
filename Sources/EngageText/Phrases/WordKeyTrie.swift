/// Phrases as word sequences in a trie, found in a text in one pass:
/// O(words x longest phrase), whatever the number of phrases. Words are
/// `PhraseNormalizer` keys, so matching is case-insensitive, on whole words,
/// and allocates nothing per word of text.
///
/// Values are the caller's: each phrase carries an integer id (an index into
/// the caller's own table). Keeping the trie non-generic keeps it fast across
/// module boundaries (no unspecialised generic code on the hot path).
public struct WordKeyTrie: Sendable {
    private final class Node: @unchecked Sendable {
        var children: [WordKey: Node] = [:]
        var ids: [Int] = []

        /// A deep copy, built iteratively.
        func copy() -> Node {
            let top = Node()
            var pending: [(Node, Node)] = [(self, top)]
            while let (source, target) = pending.popLast() {
                target.ids = source.ids
                for (word, child) in source.children {
                    let copied = Node()
                    target.children[word] = copied
                    pending.append((child, copied))
                }
            }
            return top
        }
    }

    /// A phrase found: its id, and the word range it covers.
    public struct Hit: Sendable, Equatable {
        public let id: Int
        public let words: Range<Int>
    }

    /// Copy-on-write: a copy of the trie (say, the built-in lexicon extended by
    /// configuration) never changes the original.
    private var root = Node()
    public private(set) var count = 0
    /// One bit per possible first word (by the key's low bits): most words of
    /// prose start no phrase, and this answers so without hashing the key.
    private var firstWords = FirstWordFilter()

    public init() {}

    /// Adds a phrase (normalised into words) with the caller's id; an empty phrase is ignored.
    public mutating func insert(_ phrase: String, id: Int) {
        let words = PhraseNormalizer.words(phrase).map(PhraseNormalizer.key(ofNormalized:))
        guard !words.isEmpty else { return }
        if !isKnownUniquelyReferenced(&root) { root = root.copy() }
        firstWords.insert(words[0])
        var node = root
        for word in words {
            if let next = node.children[word] { node = next } else {
                let next = Node()
                node.children[word] = next
                node = next
            }
        }
        node.ids.append(id)
        count += 1
    }

    /// Every phrase occurrence in a text, in text order (overlaps included).
    public func hits(in text: String) -> [Hit] { hits(in: PhraseNormalizer.keys(text)) }

    /// Every phrase occurrence in `words` (keys from `PhraseNormalizer.keys`).
    public func hits(in words: [WordKey]) -> [Hit] {
        var found: [Hit] = []
        for start in words.indices {
            guard firstWords.mayContain(words[start]), var node = root.children[words[start]] else { continue }
            var index = start + 1
            while true {
                for id in node.ids { found.append(Hit(id: id, words: start..<index)) }
                guard index < words.count, let next = node.children[words[index]] else { break }
                node = next
                index += 1
            }
        }
        return found
    }
}

/// A set of word keys that may answer "maybe" for a key never inserted, never
/// "no" for one that was: a bitmap over the keys' low 16 bits (FNV mixes them well).
public struct FirstWordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    public init() {}

    public mutating func insert(_ key: WordKey) {
        bits[Int(key & 0xFFFF) >> 6] |= 1 << (key & 63)
    }

    @inline(__always)
    public func mayContain(_ key: WordKey) -> Bool {
        bits[Int(key & 0xFFFF) >> 6] & (1 << (key & 63)) != 0
    }
}
