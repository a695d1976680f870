/// Turns text into the word sequence phrases are matched against: lower-case
/// letters and digits, apostrophes kept inside words (curly ones made
/// straight), everything else (punctuation, emoji, markup) a separator.
/// "Anti-Patterns: Don’t Do This 🚫" → ["anti", "patterns", "don't", "do", "this"].
///
/// Hot path of the classifier and the phrase rules: ASCII is handled byte by
/// byte; only non-ASCII letters take Unicode's lower-casing.
public enum PhraseNormalizer {
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
        func flush() {
            // An apostrophe is only part of a word between letters.
            while buffer.last == 0x27 { buffer.removeLast() }
            if !buffer.isEmpty { words.append(String(decoding: buffer, as: UTF8.self)) }
            buffer.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x61...0x7A, 0x30...0x39: buffer.append(UInt8(value))
                case 0x41...0x5A: buffer.append(UInt8(value + 0x20))
                case 0x27 where !buffer.isEmpty: buffer.append(0x27)
                default: flush()
                }
            } else if value == 0x2019, !buffer.isEmpty {
                buffer.append(0x27)
            } else if scalar.properties.isAlphabetic {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    buffer.append(contentsOf: String(lower).utf8)
                }
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}
