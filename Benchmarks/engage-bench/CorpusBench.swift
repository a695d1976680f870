import EngageMarkdown
import EngageRules
import EngageSections
import EngageText
import Foundation

/// A stage run on every parsed document after parsing; returns a number that
/// depends on its work (summed into a checksum so nothing is optimised away).
struct DocumentStage: Sendable {
    let name: String
    /// Whether the stage counts in "parse + lint" (classify alone is shown for information).
    let inTotal: Bool
    let run: @Sendable (Document) -> Int
}

/// Stages timed after the parse, on the same document, in the same run.
/// `classify` alone shows the section classifier's own cost; `lint` is what
/// `engage lint` does after parsing (classify, then every rule).
let classifier = SectionClassifier()
let engine = RuleEngine(rules: RuleCatalog.builtin.rules, classifier: classifier)
let documentStages: [DocumentStage] = [
    DocumentStage(name: "classify", inTotal: false) { document in
        classifier.classify(document).parts.count
    },
    DocumentStage(name: "lint (classify + rules)", inTotal: true) { document in
        engine.lint(document, path: "bench.md").score
    },
]

/// Throughput on real articles, engage in process against the cmark-gfm binary.
///
/// engage: the clock covers `MarkdownParser.parse(bytes:)` (UTF-8 validation,
/// line index, block and inline passes) for every file of the corpus, the set
/// repeated until it reaches the minimum size; files are read before timing.
///
/// cmark-gfm (`-e table -e strikethrough -e autolink -t html`, output to
/// /dev/null) is timed two ways, because neither is exact:
///   * per file: one process per corpus file (one copy of the set), each run
///     interleaved with a run on an empty file, whose time (process start,
///     extension registration) is subtracted. Same documents as engage sees;
///     this is the reference for the ratio.
///   * concatenated: one copy of the set joined into one temporary file, one
///     process per repetition. No startup noise, but one 20 MB document is not
///     what engage parses (an unclosed fence runs on; the tree is far bigger).
/// cmark also reads its file and renders HTML, which engage does not: the ratio
/// slightly favours engage. Ratios compare time per byte.
struct CorpusBench {
    let minimumBytes: Int
    let corpus: String?
    let cmark: String?

    func run() -> Int32 {
        guard let directory = CorpusBench.locateCorpus(corpus) else {
            print("engage-bench: corpus not found; pass --corpus DIR or set ENGAGE_SHARED")
            return 2
        }
        let files = CorpusBench.markdownFiles(under: directory)
        let set = files.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        let setBytes = set.reduce(0) { $0 + $1.count }
        guard setBytes > 0 else {
            print("engage-bench: no Markdown in \(directory)")
            return 2
        }
        let repetitions = max(1, (minimumBytes + setBytes - 1) / setBytes)
        let totalBytes = setBytes * repetitions
        let totalFiles = set.count * repetitions
        print("Corpus: \(directory)")
        print("  \(set.count) files, \(Timing.format(bytes: setBytes)), repeated \(repetitions)x = "
              + "\(totalFiles) files, \(Timing.format(bytes: totalBytes))\n")

        // engage, in process: parse, then each later stage on the parsed document.
        var parse = Duration.zero
        var stageTimes = Array(repeating: Duration.zero, count: documentStages.count)
        var rejected = 0
        var checksum = 0
        let clock = Timing.clock
        for _ in 0..<repetitions {
            for bytes in set {
                let start = clock.now
                let parsed = try? MarkdownParser.parse(bytes: bytes)
                var mark = clock.now
                parse += mark - start
                guard let document = parsed else { rejected += 1; continue }
                checksum &+= document.nodeCount
                for (index, stage) in documentStages.enumerated() {
                    checksum &+= stage.run(document)
                    let now = clock.now
                    stageTimes[index] += now - mark
                    mark = now
                }
            }
        }
        let mb = Double(totalBytes) / 1_048_576
        var rows = [["stage", "time", "MB/s", "files/s", ""]]
        func row(_ name: String, _ seconds: Double, label: String = "") -> [String] {
            [name, Timing.format(seconds: seconds), String(format: "%.1f", mb / seconds),
             String(format: "%.0f", Double(totalFiles) / seconds), label]
        }
        rows.append(row("engage parse", parse.seconds))
        for (stage, time) in zip(documentStages, stageTimes) { rows.append(row("engage \(stage.name)", time.seconds)) }
        if !documentStages.isEmpty {
            let total = zip(documentStages, stageTimes).filter { $0.0.inTotal }.map(\.1).reduce(parse, +)
            rows.append(row("engage parse + lint", total.seconds,
                            label: String(format: "%.2fx the parse alone", total.seconds / parse.seconds)))
        }

        // What `engage lint` does on a machine: every file parsed and linted,
        // files spread over the cores. Wall clock, next to the one-core parse.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let parallel = Self.lintInParallel(set, repetitions: repetitions)
        rows.append(row("engage parse + lint, \(cores) cores", parallel.seconds,
                        label: String(format: "%.2fx the one-core parse (wall clock)", parallel.seconds / parse.seconds)))

        let executable = cmark ?? ProcessInfo.processInfo.environment["CMARK_GFM"] ?? findInPath("cmark-gfm")
        var reference: Double?
        if let executable, FileManager.default.isExecutableFile(atPath: executable) {
            if let seconds = timeCmarkPerFile(executable, files: files) {
                rows.append(row("cmark-gfm per file", seconds * Double(repetitions), label: "(1 copy, startup subtracted)"))
                reference = seconds * Double(repetitions)
            }
            if let seconds = timeCmarkConcatenated(executable, set: set, repetitions: repetitions) {
                rows.append(row("cmark-gfm concatenated", seconds))
            }
        }
        printTable(rows)
        if rejected > 0 { print("\n\(rejected / repetitions) files rejected by engage (not UTF-8 / NUL)") }
        if let reference {
            let ratio = parse.seconds / reference
            print(String(format: "\nengage parse / cmark-gfm per file, time per byte: %.2f (goal <= 2.0: %@)",
                         ratio, ratio <= 2 ? "met" : "NOT met"))
        } else {
            print("\ncmark-gfm could not be run (set CMARK_GFM or --cmark); no ratio")
        }
        print("(checksum \(checksum))")
        return 0
    }

    /// Wall-clock time to parse and lint every file `repetitions` times, the
    /// files spread over the cores as `engage lint` spreads them.
    static func lintInParallel(_ set: [[UInt8]], repetitions: Int) -> Duration {
        let clock = Timing.clock
        let start = clock.now
        for _ in 0..<repetitions {
            DispatchQueue.concurrentPerform(iterations: set.count) { index in
                guard let document = try? MarkdownParser.parse(bytes: set[index]) else { return }
                _ = engine.lint(document, path: "bench.md").score
            }
        }
        return clock.now - start
    }

    /// The corpus folder and every Markdown file's bytes, for the benchmarks
    /// that time one copy of the set; nil (the reason printed) when there is none.
    static func loadSet(_ corpus: String?) -> (directory: String, files: [[UInt8]])? {
        guard let directory = locateCorpus(corpus) else {
            print("engage-bench: corpus not found; pass --corpus DIR or set ENGAGE_SHARED")
            return nil
        }
        let files = markdownFiles(under: directory).compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
        return (directory, files)
    }

    static func locateCorpus(_ corpus: String?) -> String? {
        var candidates: [String] = []
        if let corpus { candidates.append(corpus) }
        if let shared = ProcessInfo.processInfo.environment["ENGAGE_SHARED"] {
            candidates.append(shared + "/corpus/system-design-course")
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/../shared/corpus/system-design-course")
        return candidates.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    static func markdownFiles(under directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".md") { paths.append(directory + "/" + relative) }
        }
        return paths.sorted()
    }

    /// Net seconds cmark-gfm takes over one copy of the set, one process per file,
    /// minus the same number of runs on an empty file.
    private func timeCmarkPerFile(_ executable: String, files: [String]) -> Double? {
        var net = Duration.zero
        for path in files {
            guard let run = timeCmark(executable, path), let empty = timeCmark(executable, "/dev/null") else { return nil }
            net += run - empty
        }
        return max(net.seconds, 1e-9)
    }

    /// Seconds cmark-gfm takes over `repetitions` copies of the set joined into one file.
    private func timeCmarkConcatenated(_ executable: String, set: [[UInt8]], repetitions: Int) -> Double? {
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("engage-bench-\(ProcessInfo.processInfo.processIdentifier).md")
        var joined = [UInt8]()
        joined.reserveCapacity(set.reduce(0) { $0 + $1.count })
        for bytes in set { joined.append(contentsOf: bytes) }
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(joined)) else { return nil }
        defer { try? FileManager.default.removeItem(at: temporary) }
        var total = Duration.zero
        for _ in 0..<repetitions {
            guard let time = timeCmark(executable, temporary.path) else { return nil }
            total += time
        }
        return total.seconds
    }

    /// Wall time of one cmark-gfm process on `path`, or nil if it fails.
    /// posix_spawn, not Foundation's Process, whose start-up costs tens of ms on Linux.
    private func timeCmark(_ executable: String, _ path: String) -> Duration? {
        let argv = [executable, "-e", "table", "-e", "strikethrough", "-e", "autolink", "-t", "html", path]
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArgs { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var pid = pid_t()
        let start = Timing.clock.now
        guard posix_spawn(&pid, executable, &actions, nil, &cArgs, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let elapsed = Timing.clock.now - start
        return status == 0 ? elapsed : nil
    }

    private func findInPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
