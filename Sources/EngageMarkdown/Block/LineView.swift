/// One source line as the block scanners see it: bytes up to `end`, then a
/// virtual "\n" at `end` (cmark gives every line exactly one LF, whatever the
/// file used), then 0. Reading past the line never traps and never allocates.
struct LineView {
    let buf: UnsafeBufferPointer<UInt8>
    /// Offset one past the line's last content byte (its terminator, or EOF).
    let end: Int

    @inline(__always) func peek(_ i: Int) -> UInt8 {
        if i < end { return buf[i] }
        return i == end ? 0x0A : 0
    }
}

@inline(__always) func isSpaceOrTab(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }

/// cmark's `cmark_isspace`: space, \t, \n, \v, \f, \r.
@inline(__always) func isCmarkSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

@inline(__always) func isLineEnd(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }

@inline(__always) func isASCIIDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

@inline(__always) func isASCIIPunctuation(_ c: UInt8) -> Bool {
    (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
}

@inline(__always) func asciiLower(_ c: UInt8) -> UInt8 { (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c }
