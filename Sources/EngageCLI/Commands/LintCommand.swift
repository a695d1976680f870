import Dispatch
import Foundation
import EngageReport
import EngageRules

/// `engage lint`: every checklist rule on every post, a report, and an exit
/// code a CI job can gate on. Files are read, parsed and linted in parallel.
struct LintCommand {
    let options: CommandOptions

    init(arguments: [String]) throws {
        options = try CommandOptions(arguments: arguments, help: HelpText.lint,
                                     accepts: [.format, .minScore, .strict, .quiet, .color, .noColor, .output, .changedSince,
                                               .baseline, .writeBaseline, .config],
                                     reportFormats: true)
    }

    func run(console: Console) -> ExitCode {
        guard let baseline = BaselineStep(options: options, console: console) else { return .usage }
        let (collected, problems) = collectInputs()
        // Configuration first: a bad one stops the run before any post is read.
        let inputs: ConfiguredInputs
        let engines: [String: RuleEngine]
        let format: ReportFormat
        do throws(ConfigurationError) {
            inputs = try ConfiguredInputs.resolve(collected, arguments: options.paths, configFile: options.configFile)
            engines = try inputs.engines(minScore: options.minScore, strict: options.strict)
            format = try inputs.format(options)
        } catch {
            console.error(error.description + "\n")
            return .usage
        }
        for note in inputs.notes { console.error(note + "\n") }
        let outcomes = LintCommand.lintAll(inputs.files, engines: inputs.keys.map { engines[$0]! }, console: console)
        var allProblems = problems
        var reports: [FileReport] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let report): reports.append(report)
            case .failure(let problem): allProblems.append(problem)
            }
        }
        guard let judged = baseline.apply(to: reports) else { return .usage }
        reports = judged
        for problem in allProblems { console.error(problem.formatted + "\n") }
        let errors = allProblems.map { InputError($0.path, $0.line, $0.message) }
        if !emit(reports, errors: errors, format: format, console: console) { return .usage }
        if !allProblems.isEmpty { return .usage }
        return reports.allSatisfy(\.passed) ? .success : .lintFailure
    }

    /// The posts to lint: the paths given, or the files changed since a git ref.
    func collectInputs() -> (files: [InputFile], problems: [InputProblem]) {
        guard let ref = options.changedSince else { return InputCollector.collect(options.paths) }
        do {
            let changed = try ChangedFiles.since(ref, limitedTo: options.paths)
            return (changed.map { InputFile(displayPath: $0, origin: .file($0)) }, [])
        } catch {
            return ([], [error])
        }
    }

    /// Writes the report in the chosen format: to the terminal, or with
    /// `--output` to that file while the terminal gets the text report.
    /// False when the file could not be written (already said on stderr).
    func emit(_ reports: [FileReport], errors: [InputError], format: ReportFormat, console: Console) -> Bool {
        var context = ReportContext(toolVersion: EngageCommandLine.version,
                                    workingDirectory: FileManager.default.currentDirectoryPath,
                                    color: options.color ?? console.supportsColor, quiet: options.quiet)
        guard let outputPath = options.outputPath else {
            console.output(format.render(reports, errors: errors, context: context))
            return true
        }
        console.output(ReportFormat.text.render(reports, errors: errors, context: context))
        context.color = false
        do {
            try AtomicFileWriter.write(format.render(reports, errors: errors, context: context), to: outputPath)
            return true
        } catch {
            console.error("engage: \(error.message)\n")
            return false
        }
    }

    /// Reads and lints every file with its own engine (`engines[i]` for `files[i]`), in parallel.
    static func lintAll(_ files: [InputFile], engines: [RuleEngine], console: Console) -> [Result<FileReport, InputProblem>] {
        let results = ResultSlots<Result<FileReport, InputProblem>>(count: files.count)
        // Standard input can only be read once, on this thread.
        let stdinIndex = files.firstIndex { $0.origin == .standardInput }
        let stdinInput = stdinIndex.map { InputReader.read(files[$0], console: console) }
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let input = index == stdinIndex ? stdinInput! : InputReader.read(files[index], console: console)
            results[index] = input.map { engines[index].lint($0.document, path: $0.file.displayPath) }
        }
        return results.values
    }
}

/// Fixed slots written once each from concurrent workers.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLockLike()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.locked { storage[index] } }
        set { lock.locked { storage[index] = newValue } }
    }

    var values: [Value] { lock.locked { storage.map { $0! } } }
}

/// A tiny mutex over pthread (Foundation-free).
final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
