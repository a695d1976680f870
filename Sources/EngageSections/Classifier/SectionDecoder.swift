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

    /// Forward-backward in flat arrays with one scratch row: the same sums, in
    /// the same order, as the textbook recurrences, without an array per cell.
    private static func posteriors(_ scores: [[Double]]) -> [[Double]] {
        let n = scores.count, k = states.count, trans = transitions
        var terms = [Double](repeating: 0, count: k)
        var forward = [Double](repeating: 0, count: n * k)
        for j in 0..<k { forward[j] = scores[0][j] }
        for i in 1..<max(n, 1) {
            for j in 0..<k {
                for p in 0..<k { terms[p] = forward[(i - 1) * k + p] + trans[p * k + j] }
                forward[i * k + j] = logSum(terms) + scores[i][j]
            }
        }
        var backward = [Double](repeating: 0, count: n * k)
        for i in stride(from: n - 2, through: 0, by: -1) {
            for p in 0..<k {
                for j in 0..<k { terms[j] = trans[p * k + j] + scores[i + 1][j] + backward[(i + 1) * k + j] }
                backward[i * k + p] = logSum(terms)
            }
        }
        return (0..<n).map { i in
            for s in 0..<k { terms[s] = forward[i * k + s] + backward[i * k + s] }
            let total = logSum(terms)
            return terms.map { exp($0 - total) }
        }
    }

    private static func logSum(_ values: [Double]) -> Double {
        guard let top = values.max(), top > -.infinity else { return -.infinity }
        var sum = 0.0
        for value in values { sum += exp(value - top) }
        return top + log(sum)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
