/// Byte and scalar classes with cmark's exact definitions. They decide
/// flanking, escapes and autolink edges, so "close enough" would change trees.
enum ASCII {
    /// cmark_isspace: space, \t, \n, \v, \f, \r.
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D)
    }

    /// cmark_ispunct: the ASCII punctuation a backslash can escape.
    @inline(__always) static func isPunctuation(_ c: UInt8) -> Bool {
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isAlphanumeric(_ c: UInt8) -> Bool { isAlpha(c) || isDigit(c) }
    @inline(__always) static func isHexDigit(_ c: UInt8) -> Bool {
        isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66)
    }
    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c }
}

enum UnicodeClass {
    /// cmark_utf8proc_is_space: tab, LF, FF, CR, space and the Zs separators.
    static func isSpace(_ v: UInt32) -> Bool {
        v == 9 || v == 10 || v == 12 || v == 13 || v == 32 || v == 0xA0 || v == 0x1680
            || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// cmark_utf8proc_is_punctuation: ASCII punctuation, or a scalar in a P*
    /// general category. Symbols (S*) outside ASCII do not count: cmark-gfm
    /// predates CommonMark 0.31's wider definition, and we agree with cmark-gfm.
    static func isPunctuation(_ v: UInt32) -> Bool {
        if v < 0x80 { return ASCII.isPunctuation(UInt8(v)) }
        guard let scalar = Unicode.Scalar(v) else { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}

enum UTF8Scalar {
    /// Decodes the scalar starting at `i` (the input is valid UTF-8). Returns
    /// nil for a continuation byte or a sequence cut by `end`.
    @inline(__always)
    static func decode(_ input: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (value: UInt32, length: Int)? {
        let b0 = input[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xC0 { return nil }
        let length = b0 < 0xE0 ? 2 : (b0 < 0xF0 ? 3 : 4)
        if i + length > end { return nil }
        var value = UInt32(b0) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
        for k in 1..<length {
            let b = input[i + k]
            if b & 0xC0 != 0x80 { return nil }
            value = (value << 6) | UInt32(b & 0x3F)
        }
        return (value, length)
    }

    /// Start of the scalar that ends just before `i` (skips continuation bytes).
    @inline(__always)
    static func start(before i: Int, in input: UnsafeBufferPointer<UInt8>, floor: Int) -> Int {
        var p = i - 1
        while p > floor && input[p] & 0xC0 == 0x80 { p -= 1 }
        return p
    }

    /// Appends the UTF-8 encoding of `value` (which must be a valid scalar).
    static func append(_ value: UInt32, to out: inout [UInt8]) {
        if value < 0x80 {
            out.append(UInt8(value))
        } else if value < 0x800 {
            out.append(UInt8(0xC0 | (value >> 6)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        } else if value < 0x10000 {
            out.append(UInt8(0xE0 | (value >> 12)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (value >> 18)))
            out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
