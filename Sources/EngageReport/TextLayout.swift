/// Column layout helpers for the text reports.
extension String {
    /// Pads with spaces on the right to `width` (at least one space after).
    public func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    /// Cuts to at most `width` characters, marking the cut with an ellipsis.
    public func truncated(to width: Int) -> String {
        count <= width ? self : String(prefix(max(width - 1, 0))) + "…"
    }

    /// Pads with spaces on the left to `width`.
    public func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
