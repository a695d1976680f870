/// `engage lint`: until the rule engine lands, it reads every post exactly as
/// the linter will (same discovery, same input errors) and prints its outline.
struct LintCommand {
    let outline: OutlineCommand

    init(arguments: [String]) throws {
        outline = OutlineCommand(options: try CommandOptions(arguments: arguments, help: HelpText.lint))
    }

    func run(console: Console) -> ExitCode { outline.run(console: console) }
}
