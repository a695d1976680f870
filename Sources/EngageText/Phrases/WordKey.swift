/// A word reduced to a 64-bit FNV-1a hash of its normalised bytes, so phrase
/// matching never allocates a String per word of prose. With a vocabulary of
/// a few thousand phrase words, a false match needs a 64-bit collision with
/// one of them: about one in 10^15 per word.
public typealias WordKey = UInt64

/// Public (and inlinable) so another module can hash bytes it already holds
/// into the same keys without building a String first.
public enum FNV {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inlinable @inline(__always)
    public static func add(_ hash: inout UInt64, _ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* prime
    }
}

extension PhraseNormalizer {
    /// The keys of `words(text)`, computed in one pass without building words.
    /// On bytes: ASCII is classified directly and only a non-ASCII scalar is
    /// decoded (every prose block's phrase keys come through here).
    public static func keys(_ text: String) -> [WordKey] {
        var text = text
        return text.withUTF8 { keys(utf8: $0) }
    }

    /// The first `limit` of `keys(text)`, reading no further than they end:
    /// for cues that can only open a text.
    public static func keys(_ text: String, limit: Int) -> [WordKey] {
        var text = text
        return text.withUTF8 { keys(utf8: $0, limit: limit) }
    }

    static func keys(utf8 bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> [WordKey] {
        var keys: [WordKey] = []
        keys.reserveCapacity(min(bytes.count / 6, limit))
        var hash = FNV.offset
        var length = 0
        /// Apostrophes seen after the last letter: kept only if a letter follows.
        var pendingApostrophes = 0
        func letter(_ byte: UInt8) {
            for _ in 0..<pendingApostrophes { FNV.add(&hash, 0x27) }
            pendingApostrophes = 0
            FNV.add(&hash, byte)
            length += 1
        }
        func flush() {
            if length > 0 { keys.append(hash) }
            hash = FNV.offset
            length = 0
            pendingApostrophes = 0
        }
        var i = 0
        while i < bytes.count, keys.count < limit {
            let byte = bytes[i]
            if byte < 0x80 {
                switch byte {
                case 0x61...0x7A, 0x30...0x39: letter(byte)
                case 0x41...0x5A: letter(byte + 0x20)
                case 0x27 where length > 0: pendingApostrophes += 1
                default: flush()
                }
                i += 1
                continue
            }
            let (scalar, size) = UTF8Decoding.scalar(in: bytes, at: i)
            if scalar.value == 0x2019, length > 0 {
                pendingApostrophes += 1
            } else if scalar.properties.isAlphabetic {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    for byte in String(lower).utf8 { letter(byte) }
                }
            } else {
                flush()
            }
            i += size
        }
        flush()
        return keys
    }

    /// The key of one already-normalised word.
    public static func key(ofNormalized word: String) -> WordKey {
        var hash = FNV.offset
        for byte in word.utf8 { FNV.add(&hash, byte) }
        return hash
    }
}
