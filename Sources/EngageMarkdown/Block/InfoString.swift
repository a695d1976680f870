/// A fenced code block's info string as cmark gives it: the rest of the
/// opening fence line, trimmed, character references decoded and then
/// backslash escapes resolved (in that order, as cmark does).
enum InfoString {
    static func decode(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi && isCmarkSpace(buf[lo]) { lo += 1 }
        while hi > lo && isCmarkSpace(buf[hi - 1]) { hi -= 1 }
        guard lo < hi else { return "" }
        let raw = UnsafeBufferPointer(rebasing: buf[lo..<hi])
        // Fast path: nothing to decode.
        if !raw.contains(0x26) && !raw.contains(0x5C) { return String(decoding: raw, as: UTF8.self) }
        return String(decoding: unescapeBackslashes(decodeReferences(Array(raw))), as: UTF8.self)
    }

    /// Numeric references and the common named ones; anything else stays as written.
    static func decodeReferences(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26, let semicolon = bytes[i...].prefix(34).firstIndex(of: 0x3B), semicolon > i + 1,
               let scalar = reference(bytes[(i + 1)..<semicolon]) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i = semicolon + 1
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    private static func reference(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        let text = String(decoding: name, as: UTF8.self)
        if text.hasPrefix("#") {
            let digits = text.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = digits.count > 1 && digits.count <= 7 ? UInt32(digits.dropFirst(), radix: 16) : nil
            } else {
                value = !digits.isEmpty && digits.count <= 7 ? UInt32(digits, radix: 10) : nil
            }
            guard let value else { return nil }
            return value == 0 ? Unicode.Scalar(0xFFFD) : (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD))
        }
        switch text {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return Unicode.Scalar(0xA0)
        default: return nil
        }
    }

    static func unescapeBackslashes(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x5C && i + 1 < bytes.count && isASCIIPunctuation(bytes[i + 1]) { i += 1 }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
