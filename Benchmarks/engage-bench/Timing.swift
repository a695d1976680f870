import Foundation

/// Monotonic timing helpers shared by the benchmarks.
enum Timing {
    static let clock = ContinuousClock()

    /// Times several inputs of one benchmark in interleaved rounds and keeps the
    /// best (lowest) time of each, in seconds. Interleaving spreads a burst of load
    /// from other processes over all sizes instead of one; each sample repeats
    /// `body` until it has run for at least `minimumSample` seconds and reports
    /// the mean per run, so sub-millisecond inputs still give stable ratios.
    static func best<Input>(of inputs: [Input], rounds: Int = 5, minimumSample: Double = 0.03,
                            cpuTime: Bool = false, _ body: (Input) -> Int) -> (seconds: [Double], checksum: Int) {
        var checksum = 0
        var runs: [Int] = []
        var best: [Double] = []
        func measure(_ work: () -> Void) -> Double {
            cpuTime ? threadCPUSeconds(work) : clock.measure(work).seconds
        }
        for input in inputs {
            // An untimed warm-up also tells how many runs make a sample long enough.
            let warm = measure { checksum &+= body(input) }
            runs.append(warm >= minimumSample ? 1 : min(100_000, Int((minimumSample / max(warm, 1e-7)).rounded(.up))))
            best.append(warm > 2 ? warm : .infinity)  // slow enough to trust one run
        }
        for _ in 0..<rounds {
            for (index, input) in inputs.enumerated() where best[index] == .infinity || best[index] <= 2 {
                let count = runs[index]
                let elapsed = measure {
                    for _ in 0..<count { checksum &+= body(input) }
                }
                best[index] = min(best[index], elapsed / Double(count))
            }
        }
        return (best, checksum)
    }

    /// CPU time of the calling thread spent in `body` (CLOCK_THREAD_CPUTIME_ID,
    /// also monotonic): unlike wall time, it leaves out the time other processes
    /// hold the CPU, which matters on a shared machine.
    static func threadCPUSeconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var spec = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
            return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
        }
        let start = now()
        body()
        return now() - start
    }

    static func format(seconds: Double) -> String {
        if seconds < 1e-3 { return String(format: "%.0f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.1f ms", seconds * 1e3) }
        return String(format: "%.2f s", seconds)
    }

    static func format(bytes: Int) -> String {
        if bytes < 1 << 10 { return "\(bytes) B" }
        if bytes < 1 << 20 { return String(format: "%.0f KB", Double(bytes) / 1024) }
        return String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) * 1e-18
    }
}

/// Left-aligned first column, right-aligned others.
func printTable(_ rows: [[String]]) {
    guard let first = rows.first else { return }
    var widths = Array(repeating: 0, count: first.count)
    for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
    for row in rows {
        let cells = row.enumerated().map { i, cell in
            let pad = String(repeating: " ", count: widths[i] - cell.count)
            return i == 0 ? cell + pad : pad + cell
        }
        print(cells.joined(separator: "  "))
    }
}
