/// Decoding one scalar from UTF-8 bytes a `String` holds (so they are valid
/// UTF-8): shared by the byte-level scanners that classify ASCII bytes
/// directly and decode only the rare non-ASCII scalar.
public enum UTF8Decoding {
    /// The scalar whose lead byte is at `i`, and its length in bytes.
    @inlinable @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        var value = UInt32(b0 & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
        var k = 1
        while k < length, i + k < bytes.count {
            value = value << 6 | UInt32(bytes[i + k] & 0x3F)
            k += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
