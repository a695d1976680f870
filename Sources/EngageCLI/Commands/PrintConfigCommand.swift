import EngageReport
import EngageRules

/// `engage print-config FILE`: the effective configuration for that post
/// and where each value came from.
struct PrintConfigCommand {
    let options: CommandOptions

    init(arguments: [String]) throws {
        options = try CommandOptions(arguments: arguments, help: HelpText.printConfig, accepts: [.format, .config])
        guard options.paths.count == 1 else { throw UsageError("print-config takes exactly one post") }
        guard options.format == .text || options.format == .json else { throw UsageError("print-config writes text or json") }
    }

    func run(console: Console) -> ExitCode {
        let path = options.paths[0]
        let resolver = ConfigurationResolver(explicitFile: options.configFile)
        let post = path == "-" ? nil : path
        let configuration: Configuration
        do throws(ConfigurationError) {
            configuration = try resolver.configuration(forPost: post).configuration
        } catch {
            console.error(error.description + "\n")
            return .usage
        }
        let ignoredBy = post.flatMap { resolver.ignoringPattern(for: $0, in: configuration) }
        switch options.format {
        case .json:
            console.output(ConfigurationFormatter.json(path: path, configuration: configuration, catalog: .builtin,
                                                       ignoredBy: ignoredBy).serialized() + "\n")
        default:
            console.output(ConfigurationFormatter.text(path: path, configuration: configuration, catalog: .builtin, ignoredBy: ignoredBy))
        }
        return .success
    }
}
