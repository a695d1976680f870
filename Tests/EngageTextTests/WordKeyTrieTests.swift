@testable import EngageText
import XCTest

/// The trie against the plain definition of its answer: every (start, end)
/// whose words spell an inserted phrase, in order of start, then length,
/// then insertion.
final class WordKeyTrieTests: XCTestCase {
    private func reference(_ phrases: [(String, Int)], in words: [WordKey]) -> [WordKeyTrie.Hit] {
        let spelled = phrases.map { (PhraseNormalizer.keys($0.0), $0.1) }.filter { !$0.0.isEmpty }
        var hits: [WordKeyTrie.Hit] = []
        for start in words.indices {
            for end in (start + 1)...words.count {
                for (keys, id) in spelled where Array(words[start..<end]) == keys {
                    hits.append(WordKeyTrie.Hit(id: id, words: start..<end))
                }
            }
        }
        return hits
    }

    func testHitsAreEveryOccurrenceInOrder() {
        // Shared prefixes, a phrase inside another, one phrase under two ids,
        // and enough phrases to grow the edge table several times.
        var phrases: [(String, Int)] = [("the old way", 0), ("the old", 1), ("old way", 2), ("the", 3), ("old way", 4),
                                        ("way of thinking", 5), ("", 6), ("you'll see this", 7)]
        for n in 0..<300 { phrases.append(("word\(n) next\(n % 7) end", 10 + n)) }
        var trie = WordKeyTrie()
        for (phrase, id) in phrases { trie.insert(phrase, id: id) }
        XCTAssertEqual(trie.count, phrases.count - 1, "the empty phrase is ignored")
        let text = "The old way of thinking: the old way. You’ll see this word5 next5 end word12 next5 end word12 next6"
        let words = PhraseNormalizer.keys(text)
        XCTAssertEqual(trie.hits(in: words), reference(phrases, in: words))
        XCTAssertEqual(trie.hits(in: text).map(\.id), [3, 1, 0, 2, 4, 5, 3, 1, 0, 2, 4, 7, 15, 22])
    }

    func testACopyIsNotChangedByLaterInserts() {
        var original = WordKeyTrie()
        original.insert("use cases", id: 0)
        var extended = original
        for n in 0..<100 { extended.insert("use cases \(n)", id: n + 1) }
        extended.insert("this happens", id: 200)
        let words = PhraseNormalizer.keys("use cases 7 and this happens")
        XCTAssertEqual(original.hits(in: words).map(\.id), [0])
        XCTAssertEqual(original.count, 1)
        XCTAssertEqual(extended.hits(in: words).map(\.id), [0, 8, 200])
    }
}
