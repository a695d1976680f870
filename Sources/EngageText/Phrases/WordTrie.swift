/// Phrases with a value each, found as whole words in one pass. A thin
/// generic layer over `WordKeyTrie` (which does the matching on word keys):
/// the values live in an array indexed by the trie's ids.
public struct WordTrie<Value: Sendable>: Sendable {
    /// A phrase found: its value, and the word range it covers.
    public struct Hit: Sendable {
        public let value: Value
        public let words: Range<Int>
    }

    private var trie = WordKeyTrie()
    private var values: [Value] = []

    public init() {}

    public var count: Int { trie.count }

    /// Adds a phrase (normalised into words); an empty phrase is ignored.
    public mutating func insert(_ phrase: String, value: Value) {
        trie.insert(phrase, id: values.count)
        values.append(value)
    }

    /// Every phrase occurrence in a text, in text order.
    public func hits(in text: String) -> [Hit] { wrap(trie.hits(in: PhraseNormalizer.keys(text))) }

    /// Every phrase occurrence in already-normalised words.
    public func hits(in words: [String]) -> [Hit] { wrap(trie.hits(in: words.map(PhraseNormalizer.key(ofNormalized:)))) }

    /// Every phrase occurrence in word keys (`PhraseNormalizer.keys`).
    public func hits(in keys: [WordKey]) -> [Hit] { wrap(trie.hits(in: keys)) }

    private func wrap(_ hits: [WordKeyTrie.Hit]) -> [Hit] { hits.map { Hit(value: values[$0.id], words: $0.words) } }
}
