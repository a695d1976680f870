/// Phrases as word sequences in a trie, found in a text in one pass:
/// O(words x longest phrase), whatever the number of phrases. Words are
/// `PhraseNormalizer` keys, so matching is case-insensitive, on whole words,
/// and allocates nothing per word of text.
///
/// Values are the caller's: each phrase carries an integer id (an index into
/// the caller's own table). Keeping the trie non-generic keeps it fast across
/// module boundaries (no unspecialised generic code on the hot path).
public struct WordKeyTrie: Sendable {
    /// One edge: from node `parent` by word `key` to node `child`. Edges
    /// live in one open-addressed table (linear probing, at most half
    /// full): a step of the walk is one multiply and a probe or two, with no
    /// Dictionary hashing and no reference counting. A struct of arrays, so
    /// a copy (the built-in lexicon extended by configuration) is
    /// copy-on-write and never changes the original.
    private struct Edge {
        var key: WordKey = 0
        var parent: Int32 = -1  // -1: an empty slot
        var child: Int32 = 0
    }

    private var edges = [Edge](repeating: Edge(), count: 64)
    private var edgeCount = 0
    /// Per node (0 is the root), its phrase ids in insertion order, as a
    /// linked list into `idValues`: `firstID[node]`, then `nextID`.
    private var firstID: [Int32] = [-1]
    private var lastID: [Int32] = [-1]
    private var idValues: [Int] = []
    private var nextID: [Int32] = []

    /// A phrase found: its id, and the word range it covers.
    public struct Hit: Sendable, Equatable {
        public let id: Int
        public let words: Range<Int>
    }

    public private(set) var count = 0
    /// One bit per possible first word (by the key's low bits): most words of
    /// prose start no phrase, and this answers so without probing the table.
    private var firstWords = FirstWordFilter()

    public init() {}

    /// Adds a phrase (normalised into words) with the caller's id; an empty phrase is ignored.
    public mutating func insert(_ phrase: String, id: Int) {
        let words = PhraseNormalizer.words(phrase).map(PhraseNormalizer.key(ofNormalized:))
        guard !words.isEmpty else { return }
        firstWords.insert(words[0])
        var node: Int32 = 0
        for word in words {
            let slot = slot(of: word, from: node)
            if edges[slot].parent >= 0 {
                node = edges[slot].child
                continue
            }
            let next = Int32(firstID.count)
            firstID.append(-1)
            lastID.append(-1)
            edges[slot] = Edge(key: word, parent: node, child: next)
            edgeCount += 1
            if edgeCount * 2 > edges.count { grow() }
            node = next
        }
        let entry = Int32(idValues.count)
        idValues.append(id)
        nextID.append(-1)
        if lastID[Int(node)] >= 0 { nextID[Int(lastID[Int(node)])] = entry } else { firstID[Int(node)] = entry }
        lastID[Int(node)] = entry
        count += 1
    }

    /// Every phrase occurrence in a text, in text order (overlaps included).
    public func hits(in text: String) -> [Hit] { hits(in: PhraseNormalizer.keys(text)) }

    /// Every phrase occurrence in `words` (keys from `PhraseNormalizer.keys`).
    public func hits(in words: [WordKey]) -> [Hit] {
        words.withUnsafeBufferPointer(hits(in:))
    }

    /// Every phrase occurrence in a run of keys (word ranges count from the
    /// run's start), without copying the run out of its array.
    public func hits(in words: ArraySlice<WordKey>) -> [Hit] {
        words.withUnsafeBufferPointer(hits(in:))
    }

    private func hits(in words: UnsafeBufferPointer<WordKey>) -> [Hit] {
        var found: [Hit] = []
        for start in words.indices {
            guard firstWords.mayContain(words[start]), var node = child(of: 0, by: words[start]) else { continue }
            var index = start + 1
            while true {
                var entry = firstID[Int(node)]
                while entry >= 0 {
                    found.append(Hit(id: idValues[Int(entry)], words: start..<index))
                    entry = nextID[Int(entry)]
                }
                guard index < words.count, let next = child(of: node, by: words[index]) else { break }
                node = next
                index += 1
            }
        }
        return found
    }

    @inline(__always)
    private func child(of node: Int32, by key: WordKey) -> Int32? {
        let edge = edges[slot(of: key, from: node)]
        return edge.parent >= 0 ? edge.child : nil
    }

    /// The slot holding the edge (`node`, `key`), or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: WordKey, from node: Int32) -> Int {
        let mask = edges.count - 1
        // Keys are FNV hashes; mixing in the node spreads one word's edges.
        var index = Int(truncatingIfNeeded: (key ^ UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while edges[index].parent >= 0, edges[index].parent != node || edges[index].key != key {
            index = (index + 1) & mask
        }
        return index
    }

    /// Doubles the table and places every edge again.
    private mutating func grow() {
        let old = edges
        edges = [Edge](repeating: Edge(), count: old.count * 2)
        for edge in old where edge.parent >= 0 { edges[slot(of: edge.key, from: edge.parent)] = edge }
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
