/// Chooses one section per part for the whole post at once: a hidden-Markov
/// decoder over the nine states, whose transitions prefer the framework's
/// order (stay, or move forward) and penalise going back.
///
/// Viterbi gives the best sequence; forward-backward gives each part's
/// posterior, which is the confidence reported. Cost: parts x 9 x 9.
enum SectionDecoder {
    static let states = SectionID.allCases

    /// Log-potential of moving from one part's section to the next one's.
    static func transition(_ from: SectionID, _ to: SectionID) -> Double {
        if from == to { return 0 }
        // A hook opens the post; coming back to it later is all but impossible
        // (a title-only opening, 'other', may still hand over to an opening "## Overview").
        if to == .hook { return from == .other ? -0.4 : -5 }
        if from == .other || to == .other { return -0.4 }
        if to.order > from.order {
            var penalty = -0.15 - 0.08 * Double(to.order - from.order - 1)
            if from == .hook { penalty += 0.1 }
            return penalty
        }
        // Going back happens in real posts (a second solution after proof), at a cost.
        return from == .cta ? -1.1 : -0.8
    }

    /// `transitions[from * k + to]`, computed once rather than per post.
    static let transitions: [Double] = states.flatMap { from in states.map { to in transition(from, to) } }

    /// `scores[i][s]`: emission log-potential of section s for part i.
    static func decode(_ scores: [[Double]]) -> (path: [Int], posterior: [[Double]]) {
        guard !scores.isEmpty else { return ([], []) }
        return (viterbi(scores), posteriors(scores))
    }

    private static func viterbi(_ scores: [[Double]]) -> [Int] {
        let n = scores.count, k = states.count, trans = transitions
        var best = scores[0]
        var next = best
        var back = [Int](repeating: 0, count: n * k)
        for i in 1..<max(n, 1) {
            for j in 0..<k {
                var top = -Double.infinity
                for p in 0..<k where best[p] + trans[p * k + j] > top {
                    top = best[p] + trans[p * k + j]
                    back[i * k + j] = p
                }
                next[j] = top + scores[i][j]
            }
            swap(&best, &next)
        }
        var state = best.indices.max { best[$0] < best[$1] } ?? 0
        var path = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            path[i] = state
            state = back[i * k + state]
        }
        return path
    }

    /// `exp` of `transitions`: forward-backward runs in probability space.
    static let transitionWeights: [Double] = transitions.map { exp($0) }

    /// Forward-backward in probability space, each part's emissions scaled
    /// by their largest and each forward row normalised (the textbook scaled
    /// recurrences): the posteriors of the log-space sums, with one `exp`
    /// per part and section rather than two per pair of sections.
    private static func posteriors(_ scores: [[Double]]) -> [[Double]] {
        let n = scores.count, k = states.count, weights = transitionWeights
        // Emissions relative to each part's best: at most 1, never all 0.
        var emission = [Double](repeating: 0, count: n * k)
        for i in 0..<n {
            let top = scores[i].max() ?? 0
            for j in 0..<k { emission[i * k + j] = exp(scores[i][j] - top) }
        }
        var forward = [Double](repeating: 0, count: n * k)
        for j in 0..<k { forward[j] = emission[j] }
        normalise(&forward, row: 0, width: k)
        for i in 1..<max(n, 1) {
            for j in 0..<k {
                var sum = 0.0
                for p in 0..<k { sum += forward[(i - 1) * k + p] * weights[p * k + j] }
                forward[i * k + j] = sum * emission[i * k + j]
            }
            normalise(&forward, row: i, width: k)
        }
        var backward = [Double](repeating: 1, count: n * k)
        for i in stride(from: n - 2, through: 0, by: -1) {
            for p in 0..<k {
                var sum = 0.0
                for j in 0..<k { sum += weights[p * k + j] * emission[(i + 1) * k + j] * backward[(i + 1) * k + j] }
                backward[i * k + p] = sum
            }
            normalise(&backward, row: i, width: k)
        }
        return (0..<n).map { i in
            var row = (0..<k).map { forward[i * k + $0] * backward[i * k + $0] }
            let total = row.reduce(0, +)
            for s in 0..<k { row[s] /= total }
            return row
        }
    }

    /// Scales one row of a flat table to sum to 1 (a row of zeros stays).
    private static func normalise(_ table: inout [Double], row: Int, width: Int) {
        var sum = 0.0
        for j in 0..<width { sum += table[row * width + j] }
        guard sum > 0 else { return }
        for j in 0..<width { table[row * width + j] /= sum }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
