/// HTML character references, decoded as cmark's `houdini_unescape_ent` does.
///
/// Named references use the full HTML5 list (EntityData.swift), but only in
/// their `;`-terminated form: CommonMark ignores the legacy names without a
/// semicolon (`&copy` stays text). A name not in the list is not a reference
/// and stays literal text, `&` included.
enum EntityTable {
    /// Shortest and longest name cmark tries (its CMARK_ENTITY_MIN/MAX_LENGTH).
    static let minimumNameLength = 2
    static let maximumScan = 32

    /// Name (without `&` and `;`) to its UTF-8 replacement. Built on first use.
    static let byName: [String: [UInt8]] = {
        var table: [String: [UInt8]] = [:]
        table.reserveCapacity(2200)
        for token in packed.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            guard let equals = token.firstIndex(of: "=") else { continue }
            var bytes: [UInt8] = []
            for hex in token[token.index(after: equals)...].split(separator: ".") {
                if let value = UInt32(hex, radix: 16) { UTF8Scalar.append(value, to: &bytes) }
            }
            table[String(token[..<equals])] = bytes
        }
        return table
    }()

    static func lookup(_ name: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        byName[String(decoding: name, as: UTF8.self)]
    }
}

enum CharacterReference {
    /// Decodes the reference whose `&` is at `start`, looking no further than
    /// `end`. Appends the replacement to `out` and returns the offset just past
    /// the `;`, or returns nil (nothing appended) when it is not a reference.
    static func decode(_ input: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, into out: inout [UInt8]) -> Int? {
        let s = start + 1
        guard s < end else { return nil }
        if input[s] == UInt8(ascii: "#") {
            return decodeNumeric(input, hash: s, end: end, into: &out)
        }
        let limit = min(end, s + EntityTable.maximumScan)
        var i = s + EntityTable.minimumNameLength
        while i < limit {
            let c = input[i]
            if c == 0x20 { return nil }
            if c == UInt8(ascii: ";") {
                guard let bytes = EntityTable.lookup(UnsafeBufferPointer(rebasing: input[s..<i])) else { return nil }
                out.append(contentsOf: bytes)
                return i + 1
            }
            i += 1
        }
        return nil
    }

    /// `&#123;` (1-7 digits) or `&#x1F;` (1-6 hex digits); NUL, surrogates and
    /// values past U+10FFFF become U+FFFD.
    private static func decodeNumeric(_ input: UnsafeBufferPointer<UInt8>, hash: Int, end: Int, into out: inout [UInt8]) -> Int? {
        guard end - hash >= 3 else { return nil }
        var value: UInt32 = 0
        var i: Int
        let digits: Int
        let maxDigits: Int
        if ASCII.isDigit(input[hash + 1]) {
            i = hash + 1
            while i < end && ASCII.isDigit(input[i]) {
                value = min(0x110000, value * 10 + UInt32(input[i] - 0x30))
                i += 1
            }
            digits = i - hash - 1
            maxDigits = 7
        } else if input[hash + 1] | 0x20 == UInt8(ascii: "x") {
            i = hash + 2
            while i < end && ASCII.isHexDigit(input[i]) {
                let c = input[i]
                let digit = ASCII.isDigit(c) ? UInt32(c - 0x30) : UInt32((c | 0x20) - 0x61 + 10)
                value = min(0x110000, value * 16 + digit)
                i += 1
            }
            digits = i - hash - 2
            maxDigits = 6
        } else {
            return nil
        }
        guard digits >= 1, digits <= maxDigits, i < end, input[i] == UInt8(ascii: ";") else { return nil }
        if value == 0 || (value >= 0xD800 && value < 0xE000) || value >= 0x110000 { value = 0xFFFD }
        UTF8Scalar.append(value, to: &out)
        return i + 1
    }

    /// Decodes every reference in `input[range]` (cmark's houdini_unescape_html_f),
    /// copying everything else.
    static func decodeAll(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
        var i = range.lowerBound
        while i < range.upperBound {
            if input[i] == UInt8(ascii: "&"), let next = decode(input, at: i, end: range.upperBound, into: &out) {
                i = next
            } else {
                out.append(input[i])
                i += 1
            }
        }
    }
}

enum BackslashEscapes {
    /// Removes the backslash before ASCII punctuation (cmark_strbuf_unescape).
    static func unescape(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x5C) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x5C && i + 1 < bytes.count && ASCII.isPunctuation(bytes[i + 1]) {
                i += 1
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
