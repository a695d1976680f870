/// Turns text into the word sequence phrases are matched against: lower-case
/// letters and digits, apostrophes kept inside words (curly ones made
/// straight), everything else (punctuation, emoji, markup) a separator.
/// "Anti-Patterns: Don’t Do This 🚫" → ["anti", "patterns", "don't", "do", "this"].
///
/// Hot path of the classifier and the phrase rules: the text is read as bytes,
/// and only non-ASCII scalars are decoded and take Unicode's lower-casing.
public enum PhraseNormalizer {
    public static func words(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { words(utf8: $0) }
    }

    /// The first `limit` of `words(text)`, reading no further than they end:
    /// for checks that judge how a block opens ("Step 2 ...").
    public static func words(_ text: String, limit: Int) -> [String] {
        var text = text
        return text.withUTF8 { words(utf8: $0, limit: limit) }
    }

    // A function of its own, not a closure inside `withUTF8`: written as that
    // closure (its state captured by a nested function) it measured twice as slow.
    static func words(utf8 bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> [String] {
        var words: [String] = []
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
        func flush() {
            // An apostrophe is only part of a word between letters.
            while buffer.last == 0x27 { buffer.removeLast() }
            if !buffer.isEmpty { words.append(String(decoding: buffer, as: UTF8.self)) }
            buffer.removeAll(keepingCapacity: true)
        }
        var i = 0
        while i < bytes.count, words.count < limit {
            let byte = bytes[i]
            if byte < 0x80 {
                switch byte {
                case 0x61...0x7A, 0x30...0x39: buffer.append(byte)
                case 0x41...0x5A: buffer.append(byte + 0x20)
                case 0x27 where !buffer.isEmpty: buffer.append(0x27)
                default: flush()
                }
                i += 1
                continue
            }
            let (scalar, size) = UTF8Decoding.scalar(in: bytes, at: i)
            if scalar.value == 0x2019, !buffer.isEmpty {
                buffer.append(0x27)
            } else if scalar.properties.isAlphabetic {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    buffer.append(contentsOf: String(lower).utf8)
                }
            } else {
                flush()
            }
            i += size
        }
        if words.count < limit { flush() }
        return words
    }
}
