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

/// Options shared by the commands that read posts.
struct CommandOptions {
    var format = OutputFormat.text
    var paths: [String] = []

    /// Parses `--format X`, `--format=X`, `--help`, `--` and paths.
    init(arguments: [String], help: String) throws {
        var index = 0
        var onlyPaths = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPaths || argument == "-" || !argument.hasPrefix("-") {
                paths.append(argument)
                continue
            }
            let (name, inlineValue) = CommandOptions.split(argument)
            switch name {
            case "--":
                onlyPaths = true
            case "--help", "-h":
                throw HelpRequested(text: help)
            case "--format":
                let value = try inlineValue ?? CommandOptions.value(after: name, in: arguments, at: &index)
                guard let format = OutputFormat(rawValue: value) else {
                    throw UsageError("unknown format '\(value)' (expected text or json)")
                }
                self.format = format
            default:
                throw UsageError("unknown option '\(name)'")
            }
        }
        if paths.isEmpty { throw UsageError("no paths given") }
    }

    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    private static func value(after name: String, in arguments: [String], at index: inout Int) throws -> String {
        guard index < arguments.count else { throw UsageError("option '\(name)' needs a value") }
        defer { index += 1 }
        return arguments[index]
    }
}
