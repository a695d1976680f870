import EngageMarkdown
import EngageText

/// Kind `scenario`: the text tells a concrete story rather than an abstract
/// claim. Passes on any of:
///
/// - a scenario cue from `phrases` ("Scenario:", "Imagine", "You're debugging",
///   "last week", "got paged"), headings included;
/// - a dated story: a month and year ("March 2023"), a year in a sentence
///   ("In 2019, ..."), or a time of day ("at 3 AM", "2:47 AM").
///
/// params: `phrases` [String], `dates` (default true), `area` (default section).
struct ScenarioCheck: RuleCheck {
    static let kind = "scenario"

    let trie: WordTrie<String>
    let dates: Bool
    let area: RuleScope.Area

    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["phrases", "dates", "area"])
        var trie = WordTrie<String>()
        let phrases = try params.strings("phrases")
        for phrase in phrases { trie.insert(phrase, value: PhraseNormalizer.words(phrase).joined(separator: " ")) }
        guard trie.count > 0 else { throw params.error("'phrases' must list something") }
        self.trie = trie
        dates = try params.bool("dates", default: true)
        area = try RuleScope.Area.parse(params)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        for block in scope.area(area).prose {
            let keys = block.phraseKeys
            if let hit = trie.hits(in: keys).first {
                return .pass(evidence: ["scenario cue '\(hit.value)'"])
            }
            guard dates else { continue }
            // The words as Strings only where a month or an am/pm is among the keys.
            if keys.contains(where: Self.dateWordKeys.contains),
               let date = Self.date(in: PhraseNormalizer.words(block.text)) {
                return .pass(evidence: ["dated story: '\(date)'"])
            }
            if !block.isHeading, let year = block.quantities.first(where: { $0.category == .year }) {
                return .pass(evidence: ["dated story: '\(block.text(of: year.range))'"])
            }
        }
        return .fail(CheckFailure())
    }

    /// "March 2023", "15 March 2023", "3 AM", "2:47 am" (as normalised words).
    static func date(in words: [String]) -> String? {
        for index in words.indices {
            let word = words[index]
            if months.contains(word), index + 1 < words.count, isYear(words[index + 1]) {
                return word + " " + words[index + 1]
            }
            if word == "am" || word == "pm", index > 0, let last = Int(words[index - 1]) {
                if (1...12).contains(last) { return words[index - 1] + " " + word }
                if index > 1, words[index - 1].count == 2, (0...59).contains(last), let hour = Int(words[index - 2]),
                   (1...12).contains(hour) {
                    return words[index - 2] + ":" + words[index - 1] + " " + word
                }
            }
        }
        return nil
    }

    /// The keys of the words a date turns on (`date(in:)`): months, "am", "pm".
    static let dateWordKeys: Set<WordKey> = Set((Array(months) + ["am", "pm"]).map(PhraseNormalizer.key(ofNormalized:)))

    static func isYear(_ word: String) -> Bool {
        guard word.count == 4, let year = Int(word) else { return false }
        return (1970...2099).contains(year)
    }
}
