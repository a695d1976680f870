/// Column layout helpers for the text reports.
extension String {
    /// Pads with spaces on the right to `width` (at least one space after).
    public func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    /// Pads with spaces on the left to `width`.
    public func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
