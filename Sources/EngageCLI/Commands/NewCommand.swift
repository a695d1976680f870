import EngageSections
import Foundation

/// `engage new FILE [--title "..."]`: scaffolds a post with the framework's
/// eight sections and their prompts. It never overwrites a file.
struct NewCommand {
    let path: String
    let title: String

    init(arguments: [String]) throws {
        var path: String?
        var title: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--help", "-h": throw HelpRequested(text: HelpText.new)
            case "--title":
                guard let value = rest.popFirst() else { throw UsageError("option '--title' needs a value") }
                title = value
            case _ where argument.hasPrefix("--title="):
                title = String(argument.dropFirst("--title=".count))
            case _ where argument.hasPrefix("-"):
                throw UsageError("unknown option '\(argument)'")
            default:
                guard path == nil else { throw UsageError("engage new takes one file (got '\(path!)' and '\(argument)')") }
                path = argument
            }
        }
        guard let path else { throw UsageError("engage new needs a file to create, e.g. engage new posts/my-post.md") }
        self.path = path
        self.title = title ?? PostScaffold.title(fromFileName: path)
    }

    func run(console: Console) -> ExitCode {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // .withoutOverwriting: the check and the write are one step, so a file
            // created in between is not clobbered either.
            try Data(PostScaffold.markdown(title: title).utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            let reason = FileManager.default.fileExists(atPath: path)
                ? "already exists; engage new never overwrites a file" : "cannot be written (\(error.localizedDescription))"
            console.error("\(path): error: \(reason)\n")
            return .usage
        }
        console.output("Created \(path): the 8 sections with prompts, ready to fill.\nCheck it as you write: engage lint \(path)\n")
        return .success
    }
}
