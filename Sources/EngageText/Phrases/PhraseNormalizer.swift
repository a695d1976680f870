/// Turns text into the word sequence phrases are matched against: lower-case
/// letters and digits, apostrophes kept inside words (curly ones made
/// straight), everything else (punctuation, emoji, markup) a separator.
/// "Anti-Patterns: Don’t Do This 🚫" → ["anti", "patterns", "don't", "do", "this"].
public enum PhraseNormalizer {
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            // An apostrophe is only part of a word between letters.
            while let last = current.last, last == "'" { current.removeLast() }
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if (scalar == "'" || scalar == "\u{2019}"), !current.isEmpty {
                current.append("'")
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}
