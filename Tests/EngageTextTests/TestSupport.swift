import XCTest

/// The substring of `text` at a UTF-8 range: tests assert on text, not offsets.
func slice(_ text: String, _ range: Range<Int>) -> String {
    let bytes = Array(text.utf8)
    return String(decoding: bytes[range], as: UTF8.self)
}

func slices(_ text: String, _ ranges: [Range<Int>]) -> [String] {
    ranges.map { slice(text, $0) }
}
