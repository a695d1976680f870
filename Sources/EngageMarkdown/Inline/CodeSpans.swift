/// Where the last backtick run of each length was seen, once a scan has run
/// to the end of the block without finding a closer.
///
/// Why: `` ` `` × 100k of varying lengths would make every opener scan the rest
/// of the block. After one scan reaches the end, `lastRun[k]` holds the start
/// of the last run of length k; an opener of length k that starts after it has
/// no closer, and is answered in O(1). Like cmark, runs longer than 80 are
/// never code spans (cmark-gfm's MAXBACKTICKS), which keeps the index small.
struct BacktickRunIndex {
    static let maximumRun = 80
    /// Empty until the first run is recorded, so a block without a code span
    /// allocates nothing.
    private var lastRun: [Int] = []
    var scannedToEnd = false

    /// Start of the last run of length `length` seen (0 when none was).
    func lastRun(ofLength length: Int) -> Int { lastRun.isEmpty ? 0 : lastRun[length] }

    mutating func record(runOfLength length: Int, at start: Int) {
        if lastRun.isEmpty { lastRun = [Int](repeating: 0, count: BacktickRunIndex.maximumRun + 1) }
        lastRun[length] = start
    }

    /// Forgets the last block's runs, keeping the storage.
    mutating func reset() {
        lastRun.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        scannedToEnd = false
    }
}

extension InlineParser {
    /// A backtick run: a code span if a run of the same length follows, else text.
    mutating func handleBackticks() {
        let start = pos
        while pos < end && input[pos] == 0x60 { pos += 1 }
        let contentStart = pos
        let length = pos - start
        guard let closerEnd = scanToClosingBackticks(length: length) else {
            pos = contentStart
            tree.appendText(start, contentStart)
            return
        }
        pos = closerEnd
        tree.append(InlineTree.Node(kind: .code, start: start, end: closerEnd,
                                    aux0: Int32(contentStart), aux1: Int32(closerEnd - length)))
    }

    /// Returns the offset just past the closing run, or nil. Advances through
    /// the block only when the index cannot rule a closer out.
    private mutating func scanToClosingBackticks(length: Int) -> Int? {
        if length > BacktickRunIndex.maximumRun { return nil }
        if codeSpans.scannedToEnd && codeSpans.lastRun(ofLength: length) <= pos { return nil }
        var p = pos
        while true {
            while p < end && input[p] != 0x60 { p += 1 }
            if p >= end { break }
            let runStart = p
            while p < end && input[p] == 0x60 { p += 1 }
            let run = p - runStart
            if run <= BacktickRunIndex.maximumRun { codeSpans.record(runOfLength: run, at: runStart) }
            if run == length { return p }
        }
        codeSpans.scannedToEnd = true
        return nil
    }
}

enum CodeSpanContent {
    /// Line endings become spaces; one leading and one trailing space go when
    /// both are there and the content is not all spaces.
    static func normalize(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var hasNonSpace = false
        for i in range {
            let c = input[i]
            out.append(c == 0x0A ? 0x20 : c)
            if c != 0x20 && c != 0x0A { hasNonSpace = true }
        }
        if hasNonSpace && out.count >= 2 && out[0] == 0x20 && out[out.count - 1] == 0x20 {
            return Array(out[1..<(out.count - 1)])
        }
        return out
    }
}
