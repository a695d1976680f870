/// Sentence-length variety (style/sentence-variety: standard deviation of at
/// least 5 words, no run of 5 sentences of near-equal length).
public struct SentenceStatistics: Equatable, Sendable {
    /// Sentence lengths in words, in order.
    public let lengths: [Int]

    public init(lengths: [Int]) { self.lengths = lengths }

    public init(sentences: [Sentence]) { lengths = sentences.map(\.wordCount) }

    public var count: Int { lengths.count }

    public var mean: Double {
        lengths.isEmpty ? 0 : Double(lengths.reduce(0, +)) / Double(lengths.count)
    }

    /// Population standard deviation (the spread of this text, not an
    /// estimate for a larger one); 0 for fewer than two sentences.
    public var standardDeviation: Double {
        guard lengths.count >= 2 else { return 0 }
        let m = mean
        let sumOfSquares = lengths.reduce(0.0) { $0 + (Double($1) - m) * (Double($1) - m) }
        return (sumOfSquares / Double(lengths.count)).squareRoot()
    }

    /// The longest run of consecutive sentences whose lengths all lie within
    /// `tolerance` words of each other (max − min ≤ tolerance), as an index
    /// range into `lengths`. Linear: two monotonic deques track the window's
    /// min and max.
    public func longestSimilarRun(tolerance: Int = 2) -> Range<Int> {
        guard !lengths.isEmpty else { return 0..<0 }
        var minQueue: [Int] = []  // indices, lengths increasing
        var maxQueue: [Int] = []  // indices, lengths decreasing
        var minHead = 0
        var maxHead = 0
        var start = 0
        var best = 0..<1
        for end in 0..<lengths.count {
            let value = lengths[end]
            while minQueue.count > minHead, lengths[minQueue[minQueue.count - 1]] >= value { minQueue.removeLast() }
            minQueue.append(end)
            while maxQueue.count > maxHead, lengths[maxQueue[maxQueue.count - 1]] <= value { maxQueue.removeLast() }
            maxQueue.append(end)
            while lengths[maxQueue[maxHead]] - lengths[minQueue[minHead]] > tolerance {
                start += 1
                if minQueue[minHead] < start { minHead += 1 }
                if maxQueue[maxHead] < start { maxHead += 1 }
            }
            if end + 1 - start > best.count { best = start..<(end + 1) }
        }
        return best
    }
}
