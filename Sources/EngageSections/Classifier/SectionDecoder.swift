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

    /// `scores[i][s]`: emission log-potential of section s for part i.
    static func decode(_ scores: [[Double]]) -> (path: [Int], posterior: [[Double]]) {
        guard !scores.isEmpty else { return ([], []) }
        let n = scores.count
        let k = states.count
        let trans = (0..<k).map { i in (0..<k).map { j in transition(states[i], states[j]) } }
        return (viterbi(scores, trans, n, k), posteriors(scores, trans, n, k))
    }

    private static func viterbi(_ scores: [[Double]], _ trans: [[Double]], _ n: Int, _ k: Int) -> [Int] {
        var best = scores[0]
        var back = [[Int]](repeating: [Int](repeating: 0, count: k), count: n)
        for i in 1..<max(n, 1) {
            var next = [Double](repeating: -.infinity, count: k)
            for j in 0..<k {
                for p in 0..<k where best[p] + trans[p][j] > next[j] {
                    next[j] = best[p] + trans[p][j]
                    back[i][j] = p
                }
                next[j] += scores[i][j]
            }
            best = next
        }
        var state = best.indices.max { best[$0] < best[$1] } ?? 0
        var path = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            path[i] = state
            state = back[i][state]
        }
        return path
    }

    private static func posteriors(_ scores: [[Double]], _ trans: [[Double]], _ n: Int, _ k: Int) -> [[Double]] {
        var forward = [scores[0]]
        for i in 1..<max(n, 1) {
            forward.append((0..<k).map { j in logSum((0..<k).map { forward[i - 1][$0] + trans[$0][j] }) + scores[i][j] })
        }
        var backward = [[Double]](repeating: [Double](repeating: 0, count: k), count: n)
        for i in stride(from: n - 2, through: 0, by: -1) {
            backward[i] = (0..<k).map { p in logSum((0..<k).map { trans[p][$0] + scores[i + 1][$0] + backward[i + 1][$0] }) }
        }
        return (0..<n).map { i in
            let joint = (0..<k).map { forward[i][$0] + backward[i][$0] }
            let total = logSum(joint)
            return joint.map { exp($0 - total) }
        }
    }

    private static func logSum(_ values: [Double]) -> Double {
        guard let top = values.max(), top > -.infinity else { return -.infinity }
        return top + log(values.reduce(0) { $0 + exp($1 - top) })
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
