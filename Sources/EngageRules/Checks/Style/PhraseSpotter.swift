import Foundation
import EngageText

/// Whole-word phrase matching that keeps positions: finds each phrase in a
/// text and gives its UTF-8 range, so a finding can point at the words.
/// Words come from `Words.tokenize` (hyphenated words and `it's` are one
/// word), lower-cased, curly apostrophes made straight. Linear in the text:
/// phrases are looked up by their first word.
struct PhraseSpotter: Sendable {
    struct Hit: Sendable {
        let phrase: String
        let range: Range<Int>
        /// Index of the first word of the hit in the tokenised text.
        let wordIndex: Int
    }

    /// Phrases by their first word's key, longest first, each as its words'
    /// keys: words are compared as keys, so no word of the prose is made a String.
    private var byFirstWord: [WordKey: [(keys: [WordKey], phrase: String)]] = [:]
    /// The first words' keys: most words of prose start no phrase, and the
    /// filter says so before the dictionary hashes the key.
    private var firstWords = FirstWordFilter()

    init(_ phrases: [String]) {
        for phrase in phrases {
            let words = PhraseSpotter.words(phrase).map(\.text)
            guard !words.isEmpty else { continue }
            let keys = words.map(PhraseNormalizer.key(ofNormalized:))
            byFirstWord[keys[0], default: []].append((keys, words.joined(separator: " ")))
            firstWords.insert(keys[0])
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.keys.count > $1.keys.count } }
    }

    var isEmpty: Bool { byFirstWord.isEmpty }

    /// Lower-cased words of `text` with their UTF-8 ranges.
    /// (A prose block keeps its own as `ProseBlock.lowercasedWords`.)
    static func words(_ text: String) -> LowercasedWords {
        LowercasedWords(Words.tokenize(text), in: text)
    }

    /// Every phrase occurrence (longest phrase at each position), in order.
    func hits(in text: String) -> [Hit] {
        hits(inWords: PhraseSpotter.words(text))
    }

    /// `keys`, when given, are the words' keys (`ProseBlock.lowercasedWordKeys`).
    func hits(inWords words: LowercasedWords, keys: [WordKey]? = nil) -> [Hit] {
        let keys = keys ?? words.keys
        var found: [Hit] = []
        var i = 0
        while i < keys.count {
            guard firstWords.mayContain(keys[i]), let candidates = byFirstWord[keys[i]],
                  let matched = candidates.first(where: { candidate in
                      i + candidate.keys.count <= keys.count
                          && candidate.keys.indices.allSatisfy { candidate.keys[$0] == keys[i + $0] }
                  }) else {
                i += 1
                continue
            }
            found.append(Hit(phrase: matched.phrase,
                             range: words.words[i].range.lowerBound..<words.words[i + matched.keys.count - 1].range.upperBound,
                             wordIndex: i))
            i += matched.keys.count
        }
        return found
    }
}
