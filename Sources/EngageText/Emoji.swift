/// Counts emoji the way a reader sees them: one per pictograph, however many
/// scalars it takes (style/emoji-density: at most one emoji per 40 words).
///
/// A sequence is one of:
/// - a flag: two regional indicators (a lone indicator counts as one too);
/// - a keycap: `0-9`, `#` or `*`, optional U+FE0F, then U+20E3;
/// - an element: an emoji-presentation scalar, or a text-default emoji scalar
///   made emoji by U+FE0F (or by a skin-tone modifier), then optional FE0F,
///   skin tone, keycap mark and tag characters (subdivision flags);
/// - elements joined by U+200D ZWJ (families, professions, 🏳️‍🌈).
///
/// Decided: text-default scalars without U+FE0F are *not* emoji, so
/// `©`, `™`, `↔`, `✔` and plain digits never count; that is how they render.
public enum Emoji {
    /// UTF-8 ranges of the emoji sequences in `text`, in order.
    public static func find(in text: String) -> [Range<Int>] {
        find(in: UTF8Scanner(text))
    }

    /// Number of emoji sequences in `text`.
    public static func count(in text: String) -> Int {
        find(in: UTF8Scanner(text)).count
    }

    /// True when `text` is exactly one emoji sequence (used for emoji nodes).
    public static func isSingleEmoji(_ text: String) -> Bool {
        let scanner = UTF8Scanner(text)
        guard scanner.count > 0 else { return false }
        return sequenceEnd(at: 0, in: scanner) == scanner.count
    }

    static func find(in text: UTF8Scanner) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        let n = text.count
        while i < n {
            // ASCII can only start a keycap; skip the rest quickly.
            let b = text.bytes[i]
            if b < 0x80 && b != UInt8(ascii: "#") && b != UInt8(ascii: "*") && !b.isASCIIDigit {
                i += 1
                continue
            }
            if let end = sequenceEnd(at: i, in: text) {
                found.append(i..<end)
                i = end
            } else {
                i += text.scalar(at: i).length
            }
        }
        return found
    }

    /// End of the emoji sequence starting at `i`, or nil when none starts there.
    static func sequenceEnd(at i: Int, in text: UTF8Scanner) -> Int? {
        guard i < text.count else { return nil }
        let (first, length) = text.scalar(at: i)
        if first.isRegionalIndicator {
            let next = i + length
            if let second = text.scalarIfAny(at: next), second.isRegionalIndicator { return next + 4 }
            return next
        }
        guard var end = elementEnd(at: i, in: text, joined: false) else { return nil }
        while let zwj = text.scalarIfAny(at: end), zwj == "\u{200D}",
              let next = elementEnd(at: end + 3, in: text, joined: true) {
            end = next
        }
        return end
    }

    /// One emoji element. After a ZWJ (`joined`) a text-default emoji scalar
    /// needs no FE0F: `👩‍⚕` is still one pictograph.
    private static func elementEnd(at i: Int, in text: UTF8Scanner, joined: Bool) -> Int? {
        guard i < text.count else { return nil }
        let (base, length) = text.scalar(at: i)
        var j = i + length
        let next = text.scalarIfAny(at: j)
        if base.isKeycapBase {
            // Digits, # and * are emoji only as keycaps: 1️⃣, #⃣.
            if next == "\u{FE0F}", text.scalarIfAny(at: j + 3) == "\u{20E3}" { return j + 6 }
            if next == "\u{20E3}" { return j + 3 }
            return nil
        }
        let properties = base.properties
        guard properties.isEmoji else { return nil }
        let presented = properties.isEmojiPresentation
            || next == "\u{FE0F}"
            || (properties.isEmojiModifierBase && next?.properties.isEmojiModifier == true)
            || (joined && !base.isASCII)
        guard presented else { return nil }
        if text.scalarIfAny(at: j) == "\u{FE0F}" { j += 3 }
        if let modifier = text.scalarIfAny(at: j), modifier.properties.isEmojiModifier { j += 4 }
        if text.scalarIfAny(at: j) == "\u{20E3}" { j += 3 }
        while let tag = text.scalarIfAny(at: j), tag.value >= 0xE0020 && tag.value <= 0xE007F { j += 4 }
        return j
    }
}

extension Unicode.Scalar {
    var isRegionalIndicator: Bool { value >= 0x1F1E6 && value <= 0x1F1FF }
    var isKeycapBase: Bool { isDigit || value == 0x23 || value == 0x2A }
}
