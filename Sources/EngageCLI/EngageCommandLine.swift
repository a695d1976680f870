/// The command line, as a library: `engage` the executable only hands it argv.
/// It matches the subcommand, parses its options, and calls the command.
public enum EngageCommandLine {
    public static let version = "0.1.0"

    /// Runs one invocation and returns its exit code (see `ExitCode`).
    public static func run(arguments: [String], console: Console = StandardConsole()) -> Int32 {
        guard let first = arguments.first else {
            console.error(HelpText.usage)
            return ExitCode.usage.rawValue
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch first {
            case "--help", "-h", "help":
                console.output(HelpText.main)
                return ExitCode.success.rawValue
            case "--version", "-V", "version":
                console.output("engage \(version)\n")
                return ExitCode.success.rawValue
            case "outline":
                return try OutlineCommand(arguments: rest).run(console: console).rawValue
            case "sections":
                return try SectionsCommand(arguments: rest).run(console: console).rawValue
            case "rules":
                return try RulesCommand.list(arguments: rest, console: console).rawValue
            case "explain":
                return try RulesCommand.explain(arguments: rest, console: console).rawValue
            case "new":
                return try NewCommand(arguments: rest).run(console: console).rawValue
            case "lint":
                return try LintCommand(arguments: rest).run(console: console).rawValue
            case "init":
                return try InitCommand(arguments: rest).run(console: console).rawValue
            case "print-config":
                return try PrintConfigCommand(arguments: rest).run(console: console).rawValue
            default:
                throw UsageError("unknown command '\(first)'")
            }
        } catch let error as UsageError {
            console.error("engage: \(error.message)\n\(HelpText.usage)")
            return ExitCode.usage.rawValue
        } catch let help as HelpRequested {
            console.output(help.text)
            return ExitCode.success.rawValue
        } catch {
            console.error("engage: \(error)\n")
            return ExitCode.usage.rawValue
        }
    }
}

/// Documented exit codes (also in `--help` and the README).
public enum ExitCode: Int32, Sendable {
    /// Every file passed (or the command succeeded).
    case success = 0
    /// At least one file failed the lint.
    case lintFailure = 1
    /// Bad usage, bad configuration, or a file that could not be read.
    case usage = 2
}
