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

    init(_ phrases: [String]) {
        for phrase in phrases {
            let words = PhraseSpotter.words(phrase).map(\.text)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(words)
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.count > $1.count } }
    }

    var isEmpty: Bool { byFirstWord.isEmpty }

    /// Lower-cased words of `text` with their UTF-8 ranges.
    static func words(_ text: String) -> [(text: String, range: Range<Int>)] {
        let utf8 = Array(text.utf8)
        return Words.tokenize(text).map { word in
            let raw = utf8[word.range]
            let lower = String(decoding: raw, as: UTF8.self).lowercased()
            // Foundation's search costs a microsecond per word; only a word
            // holding U+2019 (E2 80 99) can change, as nothing else is
            // canonically equivalent to it.
            guard hasRightSingleQuote(raw) else { return (lower, word.range) }
            return (lower.replacingOccurrences(of: "\u{2019}", with: "'"), word.range)
        }
    }

    private static func hasRightSingleQuote(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        while i + 2 < bytes.endIndex {
            if bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return true }
            i += 1
        }
        return false
    }

    /// Every phrase occurrence (longest phrase at each position), in order.
    func hits(in text: String) -> [Hit] {
        hits(inWords: PhraseSpotter.words(text))
    }

    func hits(inWords words: [(text: String, range: Range<Int>)]) -> [Hit] {
        var found: [Hit] = []
        var i = 0
        while i < words.count {
            if let candidates = byFirstWord[words[i].text] {
                var matched: [String]? = nil
                for phrase in candidates where i + phrase.count <= words.count {
                    var k = 1
                    while k < phrase.count, words[i + k].text == phrase[k] { k += 1 }
                    if k == phrase.count { matched = phrase; break }
                }
                if let matched {
                    found.append(Hit(phrase: matched.joined(separator: " "),
                                     range: words[i].range.lowerBound..<words[i + matched.count - 1].range.upperBound,
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
