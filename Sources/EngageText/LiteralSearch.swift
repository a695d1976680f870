/// Literal substring search over UTF-8, for the symbols and short markers
/// rules look for (`✅`, `->`, `TODO`). Foundation's `contains` bridges to
/// NSString and folds characters on every call: per line, block and rule
/// that was a measurable share of the lint. Byte equality is exact for these
/// needles (none has another canonically equivalent spelling).
extension StringProtocol {
    public func containsLiteral(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { needleBytes in
            if let found = utf8.withContiguousStorageIfAvailable({ LiteralSearch.contains($0, needleBytes) }) { return found }
            let copy = Array(utf8)  // bridged or foreign storage: rare
            return copy.withUnsafeBufferPointer { LiteralSearch.contains($0, needleBytes) }
        }
    }
}

enum LiteralSearch {
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
