/// Literal substring search over UTF-8, for the symbols and short markers
/// rules look for (`✅`, `->`, `TODO`). Foundation's `contains` bridges to
/// NSString and folds characters on every call: per line, block and rule
/// that was a measurable share of the lint. Byte equality is exact for these
/// needles (none has another canonically equivalent spelling).
extension StringProtocol {
    public func containsLiteral(_ needle: String) -> Bool {
        literalByteRange(of: needle) != nil
    }

    /// The UTF-8 offsets (from the start of this string) of the first
    /// occurrence of `needle`, byte for byte.
    public func literalByteRange(of needle: String) -> Range<Int>? {
        var needle = needle
        return needle.withUTF8 { needleBytes in
            if let found = utf8.withContiguousStorageIfAvailable({ LiteralSearch.firstRange($0, needleBytes) }) {
                return found
            }
            let copy = Array(utf8)  // bridged or foreign storage: rare
            return copy.withUnsafeBufferPointer { LiteralSearch.firstRange($0, needleBytes) }
        }
    }
}

enum LiteralSearch {
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        firstRange(bytes, needle) != nil
    }

    static func firstRange(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let first = needle.first else { return 0..<0 }
        guard bytes.count >= needle.count else { return nil }
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i..<i + needle.count }
            }
            i += 1
        }
        return nil
    }
}
