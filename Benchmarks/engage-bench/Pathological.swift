import EngageMarkdown
import Foundation

/// One known quadratic trap of Markdown parsers: `make(units)` builds the input,
/// `units(factor)` says how many units give `factor` times the 1x bytes.
struct Trap: Sendable {
    let name: String
    /// Units at 1x (--scale multiplies the bytes of every size).
    let base: Int
    /// Traps whose bytes grow with the square of their units (indentation depth,
    /// ascending run lengths) scale units by the square root of the size factor.
    var quadraticBytes = false
    let make: @Sendable (Int) -> [UInt8]

    func units(factor: Int, scale: Double) -> Int {
        let bytesFactor = Double(factor) * scale
        let growth = quadraticBytes ? bytesFactor.squareRoot() : bytesFactor
        return max(1, Int((Double(base) * growth).rounded()))
    }
}

/// Appends `pattern(i)` for i in 0..<count.
private func repeated(_ count: Int, prefix: String = "", suffix: String = "\n", _ pattern: (Int) -> String) -> [UInt8] {
    var bytes = Array(prefix.utf8)
    for i in 0..<count { bytes.append(contentsOf: pattern(i).utf8) }
    bytes.append(contentsOf: suffix.utf8)
    return bytes
}

private func cycle(_ patterns: [String]) -> @Sendable (Int) -> String { { patterns[$0 % patterns.count] } }

/// 1x sizes are chosen so that 16x matches the classic sizes: a 10 MB line,
/// 50k nesting levels, 100k delimiter runs, a 1 MB table.
let traps: [Trap] = [
    Trap(name: "long_paragraph_line", base: 655_360) { bytes in
        let words = Array("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".utf8)
        var out = [UInt8](); out.reserveCapacity(bytes + 1)
        while out.count < bytes { out.append(words[out.count % words.count]) }
        out.append(0x0A)
        return out
    },
    Trap(name: "nested_block_quotes", base: 3_125) { n in
        Array(String(repeating: ">", count: n).utf8) + Array(" a\n".utf8)
    },
    Trap(name: "nested_lists_one_line", base: 3_125) { n in
        Array(String(repeating: "- ", count: n).utf8) + Array("a\n".utf8)
    },
    Trap(name: "nested_lists_indented", base: 500, quadraticBytes: true) { depth in
        repeated(depth, suffix: "") { String(repeating: "  ", count: $0) + "- a\n" }
    },
    Trap(name: "emphasis_openers", base: 6_250) { n in repeated(n) { _ in "*a " } },
    Trap(name: "emphasis_mixed_runs", base: 6_250) { n in
        repeated(n, cycle(["*a ", "a**b ", "_a_b ", "**a ", "a_ ", "***a ", "a*** ", "__a "]))
    },
    Trap(name: "emphasis_run_lengths", base: 6_250) { n in
        repeated(n) { String(repeating: $0 % 2 == 0 ? "*" : "_", count: 1 + $0 % 7) + "a " }
    },
    Trap(name: "emphasis_deep_nesting", base: 3_125) { n in
        let open = (0..<n).map { $0 % 2 == 0 ? "*a " : "_a " }.joined()
        let close = (0..<n).reversed().map { $0 % 2 == 0 ? " a*" : " a_" }.joined()
        return Array((open + "x" + close + "\n").utf8)
    },
    Trap(name: "open_brackets", base: 6_250) { n in
        Array((String(repeating: "[", count: n) + "a\n").utf8)
    },
    Trap(name: "unclosed_links", base: 6_250) { n in repeated(n) { _ in "[a](" } },
    Trap(name: "backtick_runs_mixed", base: 6_250) { n in
        repeated(n) { String(repeating: "`", count: 1 + ($0 &* 7) % 13) + "a " }
    },
    Trap(name: "backtick_runs_ascending", base: 800, quadraticBytes: true) { n in
        repeated(n) { String(repeating: "`", count: $0 + 1) + "a " }
    },
    Trap(name: "table_rows", base: 4_681) { rows in
        repeated(rows, prefix: "| a | b | c |\n|---|---|---|\n", suffix: "") { _ in "| 1 | 2 | 3 |\n" }
    },
    Trap(name: "pipe_lines_no_table", base: 6_250) { n in repeated(n, suffix: "") { _ in "a | b\n" } },
    Trap(name: "html_openers", base: 6_250) { n in
        repeated(n, cycle(["<a ", "<!-- ", "<? ", "<![CDATA[ ", "</a ", "<a b=' ", "<!X ", "< "]))
    },
    Trap(name: "entity_like_ampersands", base: 6_250) { n in
        repeated(n, cycle(["& ", "&# ", "&#x ", "&amp ", "&#12345678 ", "&abcdefghijklmnopqrstuvwxyz ", "&#xZZ "]))
    },
    Trap(name: "autolink_like", base: 6_250) { n in
        repeated(n, cycle(["www.a_ ", "http://a. ", "<http://a ", "a@b. ", "https://x.y/(( ", "www. "]))
    },
    Trap(name: "link_reference_labels", base: 3_000) { n in
        // Fixed-width numbers, so 16x the labels is 16x the bytes (with
        // growing digit counts the 16x input was 18.4x the bytes).
        let id = { (i: Int) in String(repeating: "0", count: max(0, 7 - String(i).count)) + String(i) }
        var text = (0..<n).map { "[r\(id($0))]: /u\(id($0))\n" }.joined()
        text += "\n" + (0..<n).map { "[r\(id($0))] [x\(id($0))] " }.joined() + "\n"
        return Array(text.utf8)
    },
]

struct PathologicalBench {
    let scale: Double
    let only: Set<String>?
    /// Thread CPU time instead of wall-clock time.
    var cpuTime = false
    /// What is timed: the parse alone, or the whole lint (parse, classify, every rule).
    var stage = Stage.parse

    enum Stage: String {
        case parse, lint
    }
    let factors = [1, 4, 16]
    static let limit = 20.0

    private func measure(_ inputs: [[UInt8]]) -> (seconds: [Double], checksum: Int) {
        Timing.best(of: inputs, cpuTime: cpuTime) { PathologicalBench.runOnce(stage, bytes: $0) }
    }

    /// The timed unit of work: one parse, or one parse and lint; returns a checksum.
    static func runOnce(_ stage: Stage, bytes: [UInt8]) -> Int {
        switch stage {
        case .parse: MarkdownParser.parse(SourceText(validatedBytes: bytes)).nodeCount
        case .lint: engine.lint(MarkdownParser.parse(SourceText(validatedBytes: bytes)), path: "trap.md").score
        }
    }

    /// Returns true when every trap passes.
    func run() -> Bool {
        let selected = traps.filter { only?.contains($0.name) ?? true }
        if selected.isEmpty {
            print("no trap named \(only!.sorted()); traps: \(traps.map(\.name).joined(separator: ", "))")
            return false
        }
        print("Pathological inputs: " + (stage == .parse ? "MarkdownParser.parse(SourceText(validatedBytes:))" : "parse + classify + every rule")
              + ", best of 5 interleaved rounds, "
              + "scale \(scale), \(cpuTime ? "thread CPU time" : "wall-clock time"), "
              + (ProcessInfo.processInfo.environment["GLIBC_TUNABLES"]?.contains("mmap_max=0") == true
                 ? "warm memory" : "fresh memory"))
        print("PASS when 16x input costs at most \(Int(Self.limit))x the 1x time.\n")
        var rows = [["trap", "bytes 1x", "time 1x", "time 16x", "4x/1x", "16x/1x", ""]]
        var allPass = true
        var checksum = 0
        for trap in selected {
            let inputs = factors.map { trap.make(trap.units(factor: $0, scale: scale)) }
            var (times, sum) = measure(inputs)
            var note = ""
            if times[2] / times[0] > Self.limit {
                // Rule out a burst of load from other processes: measure again, keep the best.
                let (again, sum2) = measure(inputs)
                times = zip(times, again).map { min($0, $1) }
                sum &+= sum2
                note = " (re-measured)"
            }
            checksum &+= sum
            let r4 = times[1] / times[0]
            let r16 = times[2] / times[0]
            let pass = r16 <= Self.limit
            allPass = allPass && pass
            rows.append([trap.name, Timing.format(bytes: inputs[0].count), Timing.format(seconds: times[0]),
                         Timing.format(seconds: times[2]), String(format: "%.1f", r4), String(format: "%.1f", r16),
                         (pass ? "PASS" : "FAIL") + note])
        }
        printTable(rows)
        print("\n\(allPass ? "all traps linear" : "QUADRATIC BEHAVIOUR FOUND") (checksum \(checksum))")
        return allPass
    }
}
