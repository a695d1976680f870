/// Finds Unicode emoji sequences in text, so each becomes an `.emoji` node.
///
/// A sequence starts with a scalar that has Emoji_Presentation, or any Emoji
/// scalar followed by U+FE0F (so `™` and `❤` stay text unless written `❤️`);
/// digits, `#`, `*`, `©` and `®` count only when U+FE0F or the keycap U+20E3
/// follows. It then takes U+FE0F, a skin-tone modifier, a keycap, a tag run
/// (subdivision flags) and `ZWJ + emoji` links; two regional indicators make
/// one flag. A scalar followed by U+FE0E (text presentation) is text.
/// `:shortcode:` is not emoji: it is plain text in the source.
enum EmojiScanner {
    private static let zwj: UInt32 = 0x200D
    private static let emojiSelector: UInt32 = 0xFE0F
    private static let textSelector: UInt32 = 0xFE0E
    private static let keycap: UInt32 = 0x20E3

    @inline(__always) private static func isRegionalIndicator(_ v: UInt32) -> Bool { v >= 0x1F1E6 && v <= 0x1F1FF }
    @inline(__always) private static func isTag(_ v: UInt32) -> Bool { v >= 0xE0020 && v <= 0xE007F }
    @inline(__always) private static func isKeycapBase(_ v: UInt32) -> Bool {
        (v >= 0x30 && v <= 0x39) || v == 0x23 || v == 0x2A || v == 0xA9 || v == 0xAE
    }

    /// Could the scalar starting with this byte begin an emoji? Emoji scalars
    /// are ASCII keycap bases, U+00A9/U+00AE (lead 0xC2), U+2000-U+3FFF (0xE2,
    /// 0xE3) or U+1F000 and up (0xF0): everything else is skipped unread.
    @inline(__always) private static func mayStart(_ b: UInt8) -> Bool {
        b == 0xE2 || b == 0xF0 || b == 0xC2 || b == 0xE3 || b == 0x23 || b == 0x2A || (b >= 0x30 && b <= 0x39)
    }

    /// The first emoji sequence in `bytes[range]`, or nil.
    static func next(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        let end = range.upperBound
        var i = range.lowerBound
        while i < end {
            let b = bytes[i]
            if !mayStart(b) {
                i += b < 0x80 ? 1 : (b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4))
                continue
            }
            guard let first = UTF8Scalar.decode(bytes, at: i, end: end) else {
                i += 1
                continue
            }
            if let stop = sequenceEnd(bytes, start: i, first: first, end: end) { return i..<stop }
            i += first.length
        }
        return nil
    }

    private static func peek(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (value: UInt32, length: Int)? {
        i < end ? UTF8Scalar.decode(bytes, at: i, end: end) : nil
    }

    private static func sequenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, first: (value: UInt32, length: Int), end: Int) -> Int? {
        var i = start + first.length
        let v = first.value
        let following = peek(bytes, i, end)
        if isKeycapBase(v) {
            guard let next = following, next.value == emojiSelector || next.value == keycap else { return nil }
            i += next.length
            if next.value == emojiSelector, let cap = peek(bytes, i, end), cap.value == keycap { i += cap.length }
            return i
        }
        if isRegionalIndicator(v) {
            if let next = following, isRegionalIndicator(next.value) { i += next.length }
            return i
        }
        guard let scalar = Unicode.Scalar(v) else { return nil }
        let properties = scalar.properties
        if following?.value == textSelector { return nil }
        if !properties.isEmojiPresentation {
            guard properties.isEmoji, following?.value == emojiSelector else { return nil }
        }
        i = extend(bytes, from: i, end: end)
        // ZWJ sequences: each joined element is any emoji scalar.
        while let joiner = peek(bytes, i, end), joiner.value == zwj,
              let element = peek(bytes, i + joiner.length, end), element.value >= 0x80,
              let elementScalar = Unicode.Scalar(element.value), elementScalar.properties.isEmoji {
            i = extend(bytes, from: i + joiner.length + element.length, end: end)
        }
        return i
    }

    /// Presentation selector, skin-tone modifier, keycap and tag run after one element.
    private static func extend(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var i = start
        if let next = peek(bytes, i, end), next.value == emojiSelector { i += next.length }
        if let next = peek(bytes, i, end), let s = Unicode.Scalar(next.value), s.properties.isEmojiModifier { i += next.length }
        if let next = peek(bytes, i, end), next.value == keycap { i += next.length }
        while let next = peek(bytes, i, end), isTag(next.value) { i += next.length }
        return i
    }
}
