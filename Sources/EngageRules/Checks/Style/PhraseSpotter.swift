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

    private var byFirstWord: [String: [[String]]] = [:]
    /// The first words' keys: most words of prose start no phrase, and the
    /// filter says so before the dictionary hashes the word's String.
    private var firstWords = FirstWordFilter()

    init(_ phrases: [String]) {
        for phrase in phrases {
            let words = PhraseSpotter.words(phrase).map(\.text)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(words)
            firstWords.insert(PhraseNormalizer.key(ofNormalized: first))
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.count > $1.count } }
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
        var found: [Hit] = []
        var i = 0
        while i < words.count {
            if let keys, !firstWords.mayContain(keys[i]) {
                i += 1
                continue
            }
            if let candidates = byFirstWord[words[i].text] {
                var matched: [String]? = nil
                for phrase in candidates where i + phrase.count <= words.count {
                    var k = 1
                    while k < phrase.count, words[i + k].text == phrase[k] { k += 1 }
                    if k == phrase.count { matched = phrase; break }
                }
                if let matched {
                    found.append(Hit(phrase: matched.joined(separator: " "),
                                     range: words.words[i].range.lowerBound..<words.words[i + matched.count - 1].range.upperBound,
                                     wordIndex: i))
                    i += matched.count
                    continue
                }
            }
            i += 1
        }
        return found
    }
}
