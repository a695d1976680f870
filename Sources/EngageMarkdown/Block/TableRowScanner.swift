/// GFM table rows as cmark-gfm's table extension splits them (`row_from_string`
/// and the re2c rules of `ext_scanners.re`), for one line at a time.
extension LineView {
    /// cmark-gfm's `spacechar` in the table scanners: space, \t, \v, \f.
    @inline(__always) private func isTableSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C
    }

    /// Splits `[p, end)` into cells, appending each cell's trimmed byte range
    /// to `cells` (cleared first). Returns false when the line is no row (no
    /// cell at all: empty, or a lone `|`).
    ///
    /// A cell runs to the next `|` that is not preceded by a backslash. (The
    /// re2c rule `(escaped_char|[^|\r\n])+` takes the longest match, so even
    /// `\\|` keeps the pipe inside the cell.) Leading and trailing pipes are
    /// optional.
    func splitTableRow(from p: Int, into cells: inout [Range<Int>]) -> Bool {
        cells.removeAll(keepingCapacity: true)
        var i = p
        if i < end && buf[i] == 0x7C {
            i += 1
            while i < end && isTableSpace(buf[i]) { i += 1 }
        }
        while i <= end {
            let cellStart = i
            while i < end {
                let c = buf[i]
                if c == 0x7C && !(i > cellStart && buf[i - 1] == 0x5C) { break }
                i += 1
            }
            let cellEnd = i
            var pipeEnd = i
            if pipeEnd < end && buf[pipeEnd] == 0x7C {
                pipeEnd += 1
                while pipeEnd < end && isTableSpace(buf[pipeEnd]) { pipeEnd += 1 }
            }
            if cellEnd > cellStart || pipeEnd > cellEnd {
                cells.append(trimmed(cellStart..<cellEnd))
            }
            if pipeEnd > cellEnd {
                i = pipeEnd
                continue
            }
            // No pipe after this cell: only spaces may remain before the line end.
            while i < end && isTableSpace(buf[i]) { i += 1 }
            if i != end { return false }
            break
        }
        return !cells.isEmpty
    }

    /// cmark-gfm's `scan_table_start`: the delimiter row
    /// `|? marker (| marker)* |? spaces`, each marker `spaces :? -+ :? spaces`.
    func isTableDelimiterRow(at p: Int) -> Bool {
        var i = p
        if peek(i) == 0x7C { i += 1 }
        while true {
            while isTableSpace(peek(i)) { i += 1 }
            if peek(i) == 0x3A { i += 1 }
            guard peek(i) == 0x2D else { return false }
            while peek(i) == 0x2D { i += 1 }
            if peek(i) == 0x3A { i += 1 }
            while isTableSpace(peek(i)) { i += 1 }
            if peek(i) == 0x0A { return true }
            guard peek(i) == 0x7C else { return false }
            i += 1
            var j = i
            while isTableSpace(peek(j)) { j += 1 }
            if peek(j) == 0x0A { return true }
        }
    }

    /// The alignment a delimiter cell asks for (its trimmed text).
    func alignment(of cell: Range<Int>) -> TableAlignment {
        guard !cell.isEmpty else { return .none }
        let left = buf[cell.lowerBound] == 0x3A
        let right = buf[cell.upperBound - 1] == 0x3A
        switch (left, right) {
        case (true, true): return .center
        case (true, false): return .left
        case (false, true): return .right
        case (false, false): return .none
        }
    }

    /// The range without cmark whitespace at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi && isCmarkSpace(buf[lo]) { lo += 1 }
        while hi > lo && isCmarkSpace(buf[hi - 1]) { hi -= 1 }
        return lo..<hi
    }
}
