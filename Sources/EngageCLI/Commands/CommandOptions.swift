import EngageReport

/// A wrong invocation: reported with the usage text, exit code 2.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// `--help` after a command: print its help, exit 0.
struct HelpRequested: Error {
    let text: String
}

enum OutputFormat: String {
    case text, json
}

/// Options of the commands that read posts. Each command says which options
/// it accepts; anything else is a usage error.
struct CommandOptions {
    enum Name: String, CaseIterable {
        case format = "--format"
        case minScore = "--min-score"
        case strict = "--strict"
        case quiet = "--quiet"
        case color = "--color"
        case noColor = "--no-color"
        case changedSince = "--changed-since"
        case output = "--output"
        case baseline = "--baseline"
        case writeBaseline = "--write-baseline"
        case config = "--config"
    }

    var format = OutputFormat.text
    /// True when `--format` was given (it then beats the configuration's `reporter`).
    var formatGiven = false
    /// `--config FILE`: that configuration only, instead of discovery.
    var configFile: String?
    var paths: [String] = []
    var minScore: Int?
    var strict = false
    var quiet = false
    /// nil: decide from the terminal and NO_COLOR.
    var color: Bool?
    /// `--changed-since REF`: only the Markdown files changed since REF (paths, if any, narrow them).
    var changedSince: String?
    /// `engage lint` takes every report format (`reportFormats: true`); the others text or json.
    var reportFormat = ReportFormat.text
    /// `--output FILE`: the chosen format goes there, the text report to the terminal.
    var outputPath: String?
    /// Baseline file to judge against / to write (`engage lint`).
    var baseline: String?
    var writeBaseline: String?

    init(arguments: [String], help: String, accepts: Set<Name> = [.format], reportFormats: Bool = false) throws {
        var index = 0
        var onlyPaths = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPaths || argument == "-" || !argument.hasPrefix("-") {
                paths.append(argument)
                continue
            }
            let (spelled, inlineValue) = CommandOptions.split(argument)
            if spelled == "--" { onlyPaths = true; continue }
            if spelled == "--help" || spelled == "-h" { throw HelpRequested(text: help) }
            guard let name = Name(rawValue: spelled == "-q" ? "--quiet" : spelled), accepts.contains(name) else {
                throw UsageError("unknown option '\(spelled)'")
            }
            func value() throws -> String {
                if let inlineValue { return inlineValue }
                guard index < arguments.count else { throw UsageError("option '\(spelled)' needs a value") }
                index += 1
                return arguments[index - 1]
            }
            switch name {
            case .format:
                let raw = try value()
                formatGiven = true
                if reportFormats {
                    guard let format = ReportFormat(rawValue: raw) else {
                        throw UsageError("unknown format '\(raw)' (expected \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    reportFormat = format
                    continue
                }
                guard let format = OutputFormat(rawValue: raw) else { throw UsageError("unknown format '\(raw)' (expected text or json)") }
                self.format = format
            case .minScore:
                let raw = try value()
                guard let score = Int(raw), (0...100).contains(score) else { throw UsageError("--min-score takes a number from 0 to 100 (got '\(raw)')") }
                minScore = score
            case .strict: strict = true
            case .quiet: quiet = true
            case .color: color = true
            case .noColor: color = false
            case .changedSince: changedSince = try value()
            case .output:
                let raw = try value()
                guard !raw.isEmpty else { throw UsageError("--output needs a file name") }
                outputPath = raw
            case .baseline: baseline = try value()
            case .writeBaseline: writeBaseline = try value()
            case .config: configFile = try value()
            }
        }
        if paths.isEmpty && changedSince == nil { throw UsageError("no paths given") }
        if baseline != nil, writeBaseline != nil { throw UsageError("--baseline and --write-baseline cannot be combined") }
    }

    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
