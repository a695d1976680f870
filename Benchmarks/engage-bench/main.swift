// engage-bench: in-process timing of engage's parser and lint.
// Prints ratios; nothing here is asserted by the test suite. `usage` below
// lists the subcommands.
import Foundation

let usage = """
    usage: engage-bench pathological [--stage parse|lint] [--scale X] [--only NAME[,NAME...]] [--no-fail] [--cpu-time] [--fresh-memory]
           engage-bench corpus [--min-mb N] [--corpus DIR] [--cmark PATH]
           engage-bench rules [--corpus DIR] [--top N]
           engage-bench classify [--corpus DIR] [--rounds N]
           engage-bench dump TRAP [--factor 1|4|16] [--scale X]
           engage-bench traps
           engage-bench once [--stage parse|lint] FILE

    pathological  times each known quadratic trap of Markdown parsers at 1x, 4x
                  and 16x size (best of 5 rounds); FAIL when 16x costs more than 20x the
                  1x time. --stage lint times the whole lint (parse, classify,
                  every rule) instead of the parse alone.
                  Exits 1 on a FAIL unless --no-fail. --cpu-time times
                  with the thread's CPU clock (steadier when the machine is shared).
                  malloc keeps freed memory so that every size runs on warm pages
                  (see keepFreedMemory); --fresh-memory measures without that.
    corpus        parses the shared corpus repeated to >= N MB (default 100) in
                  process, then lints the parsed documents and runs cmark-gfm on
                  the same bytes; prints MB/s, files/s, the lint/parse and the
                  engage/cmark time ratios (goals <= 1.5 and <= 2.0), and the
                  wall clock of parse + lint with the files spread over the
                  cores, as `engage lint` spreads them.
                  Corpus: --corpus, else $ENGAGE_SHARED/corpus/system-design-course,
                  else ../shared/corpus/system-design-course from the current directory.
    rules         times the classifier, the prose extraction, each view a prose
                  block keeps for the rules (words, sentences, keys...) and every
                  rule on its own over one copy of the corpus, as multiples of
                  the parse time (where the lint's time goes; the --top N
                  costliest rules are listed).
    classify      parses every corpus file, then classifies every document, in
                  --rounds N interleaved rounds (default 7); prints the best
                  round of each and classify / parse (issue #3: the classifier
                  should cost nothing measurable next to the parse).
    dump          writes one trap's input to stdout (to try it on another parser).
    traps         lists the traps' names, one per line.
    once          parses (or lints) FILE once and prints a checksum: the unit of
                  work that scripts/trap-instructions.py counts under valgrind,
                  where instruction counts do not depend on the machine's load.
    """

/// The command line, consumed option by option.
struct Arguments {
    var rest: [String]

    mutating func option(_ name: String) -> String? {
        guard let index = rest.firstIndex(of: name) else { return nil }
        guard index + 1 < rest.count else { fail("\(name) needs a value") }
        let value = rest[index + 1]
        rest.removeSubrange(index...index + 1)
        return value
    }

    mutating func number(_ name: String, default value: Double) -> Double {
        guard let text = option(name) else { return value }
        guard let number = Double(text), number > 0 else { fail("\(name) takes a positive number") }
        return number
    }

    mutating func flag(_ name: String) -> Bool {
        guard let index = rest.firstIndex(of: name) else { return false }
        rest.remove(at: index)
        return true
    }

    func finish() {
        if !rest.isEmpty { fail("unexpected arguments: \(rest.joined(separator: " "))") }
    }
}

/// Repeated parses of a large input otherwise get fresh pages from mmap every
/// time (glibc maps big blocks and unmaps them on free) while small inputs reuse
/// the heap: on node-dense traps the page faults alone doubled the 16x/1x ratio.
/// A one-shot CLI pays first-touch faults at every size, so the fair steady
/// state is warm memory for all sizes: re-exec once with glibc told never to
/// mmap or trim. Linear-time checking is about the algorithm, not the kernel.
func keepFreedMemory() {
    #if os(Linux)
    let setting = "glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=4294967295"
    let current = ProcessInfo.processInfo.environment["GLIBC_TUNABLES"]
    if current?.contains("glibc.malloc.mmap_max") == true { return }
    setenv("GLIBC_TUNABLES", current.map { "\($0):\(setting)" } ?? setting, 1)
    var cArguments: [UnsafeMutablePointer<CChar>?] = CommandLine.arguments.map { strdup($0) } + [nil]
    execv("/proc/self/exe", &cArguments)  // returns only on failure: then carry on as we are
    #endif
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("engage-bench: \(message)\n\n\(usage)\n".utf8))
    exit(2)
}

var arguments = Arguments(rest: Array(CommandLine.arguments.dropFirst()))
guard let command = arguments.rest.first else { fail("missing subcommand") }
arguments.rest.removeFirst()

switch command {
case "pathological":
    let freshMemory = arguments.flag("--fresh-memory")
    if !freshMemory { keepFreedMemory() }
    let scale = arguments.number("--scale", default: 1)
    let only = arguments.option("--only").map { Set($0.split(separator: ",").map(String.init)) }
    let noFail = arguments.flag("--no-fail")
    let cpuTime = arguments.flag("--cpu-time")
    let stageName = arguments.option("--stage") ?? "parse"
    guard let stage = PathologicalBench.Stage(rawValue: stageName) else { fail("--stage takes parse or lint") }
    arguments.finish()
    exit(PathologicalBench(scale: scale, only: only, cpuTime: cpuTime, stage: stage).run() || noFail ? 0 : 1)
case "corpus":
    let minMB = arguments.number("--min-mb", default: 100)
    let corpus = arguments.option("--corpus")
    let cmark = arguments.option("--cmark")
    arguments.finish()
    exit(CorpusBench(minimumBytes: Int(minMB * 1_048_576), corpus: corpus, cmark: cmark).run())
case "rules":
    let corpus = arguments.option("--corpus")
    let top = Int(arguments.number("--top", default: 20))
    arguments.finish()
    exit(RuleCostBench(corpus: corpus, top: top).run())
case "classify":
    let corpus = arguments.option("--corpus")
    let rounds = Int(arguments.number("--rounds", default: 7))
    arguments.finish()
    exit(ClassifyBench(corpus: corpus, rounds: rounds).run())
case "dump":
    // Writes one trap's input to stdout, e.g. to compare with cmark-gfm.
    let factor = Int(arguments.number("--factor", default: 1))
    let scale = arguments.number("--scale", default: 1)
    guard let name = arguments.rest.first, let trap = traps.first(where: { $0.name == name }) else {
        fail("dump needs a trap name: \(traps.map(\.name).joined(separator: ", "))")
    }
    arguments.rest.removeFirst()
    arguments.finish()
    FileHandle.standardOutput.write(Data(trap.make(trap.units(factor: factor, scale: scale))))
case "traps":
    arguments.finish()
    print(traps.map(\.name).joined(separator: "\n"))
case "once":
    let stageName = arguments.option("--stage") ?? "parse"
    guard let stage = PathologicalBench.Stage(rawValue: stageName) else { fail("--stage takes parse or lint") }
    guard let path = arguments.rest.first else { fail("once needs a file") }
    arguments.rest.removeFirst()
    arguments.finish()
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    print(PathologicalBench.runOnce(stage, bytes: [UInt8](data)))
case "-h", "--help", "help":
    print(usage)
default:
    fail("unknown subcommand \(command)")
}
