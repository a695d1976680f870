/// Phrases as word sequences in a trie, found in a text in one pass:
/// O(words x longest phrase), whatever the number of phrases. Words come from
/// `PhraseNormalizer`, so matching is case-insensitive and on whole words.
public struct WordTrie<Value: Sendable>: Sendable {
    private final class Node: @unchecked Sendable {
        var children: [String: Node] = [:]
        var values: [Value] = []

        /// A deep copy, built iteratively (phrases are short, but stay safe).
        func copy() -> Node {
            let top = Node()
            var pending: [(Node, Node)] = [(self, top)]
            while let (source, target) = pending.popLast() {
                target.values = source.values
                for (word, child) in source.children {
                    let copied = Node()
                    target.children[word] = copied
                    pending.append((child, copied))
                }
            }
            return top
        }
    }

    /// A phrase found: which value, and the word range it covers.
    public struct Hit: Sendable {
        public let value: Value
        public let words: Range<Int>
    }

    /// Copy-on-write: a copy of the trie (say, the built-in lexicon extended by
    /// configuration) never changes the original.
    private var root = Node()
    public private(set) var count = 0

    public init() {}

    /// Adds a phrase (normalised into words); an empty phrase is ignored.
    public mutating func insert(_ phrase: String, value: Value) {
        let words = PhraseNormalizer.words(phrase)
        guard !words.isEmpty else { return }
        if !isKnownUniquelyReferenced(&root) { root = root.copy() }
        var node = root
        for word in words {
            if let next = node.children[word] { node = next } else {
                let next = Node()
                node.children[word] = next
                node = next
            }
        }
        node.values.append(value)
        count += 1
    }

    /// Every phrase occurrence in `words`, in text order (overlaps included).
    public func hits(in words: [String]) -> [Hit] {
        var found: [Hit] = []
        for start in words.indices {
            var node = root
            var index = start
            while index < words.count, let next = node.children[words[index]] {
                node = next
                index += 1
                for value in node.values { found.append(Hit(value: value, words: start..<index)) }
            }
        }
        return found
    }
}
