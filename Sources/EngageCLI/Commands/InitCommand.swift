import EngageRules
import Foundation

/// `engage init [PATH]`: writes a starter `.engage.json` (every key at its
/// default) in the working directory, in folder PATH, or at file PATH.
/// Never overwrites: an existing file is left alone (exit 2).
struct InitCommand {
    let target: String

    init(arguments: [String]) throws {
        var paths: [String] = []
        for argument in arguments {
            if argument == "--help" || argument == "-h" { throw HelpRequested(text: HelpText.initialize) }
            if argument.hasPrefix("-") { throw UsageError("unknown option '\(argument)'") }
            paths.append(argument)
        }
        guard paths.count <= 1 else { throw UsageError("init takes at most one path") }
        var isDirectory: ObjCBool = false
        let given = paths.first ?? "."
        if FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory), isDirectory.boolValue {
            target = given == "." ? ConfigurationResolver.fileName : (given as NSString).appendingPathComponent(ConfigurationResolver.fileName)
        } else {
            target = given
        }
    }

    func run(console: Console) -> ExitCode {
        if FileManager.default.fileExists(atPath: target) {
            console.error("engage: \(target) already exists; not overwriting it\n")
            return .usage
        }
        guard FileManager.default.createFile(atPath: target, contents: Data(StarterConfiguration.text.utf8)) else {
            console.error("engage: \(target): cannot be written\n")
            return .usage
        }
        console.output("wrote \(target): every key at its default; edit it, then check it with `engage print-config POST`\n")
        return .success
    }
}
