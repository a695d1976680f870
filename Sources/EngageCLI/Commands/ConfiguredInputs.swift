import EngageReport
import EngageRules

/// The posts of a run, each paired with its effective configuration, and
/// the engines (or classifiers) built once per distinct configuration.
///
/// Posts matched by an `ignore` pattern are dropped: silently when found
/// under a folder argument, with a note on standard error when named on the
/// command line (as ESLint does), so a pre-commit hook that passes every
/// changed file still skips them, and a person asking for one sees why.
struct ConfiguredInputs {
    /// The posts to read, in input order.
    var files: [InputFile] = []
    /// The configuration key of each post (same order).
    var keys: [String] = []
    /// Each distinct configuration, by key.
    var configurations: [String: Configuration] = [:]
    /// Notes for explicitly named posts that were skipped.
    var notes: [String] = []

    /// Resolves every post's configuration; the first configuration error stops it.
    static func resolve(_ collected: [InputFile], arguments: [String], configFile: String?) throws(ConfigurationError) -> ConfiguredInputs {
        let resolver = ConfigurationResolver(explicitFile: configFile)
        let named = Set(arguments)
        var inputs = ConfiguredInputs()
        // Load what `--config` names even when no post needs it, so a bad file is always reported.
        if configFile != nil { _ = try resolver.configuration(forPost: nil) }
        for file in collected {
            var path: String?
            if case .file(let filePath) = file.origin { path = filePath }
            let (key, configuration) = try resolver.configuration(forPost: path)
            if let path, let pattern = resolver.ignoringPattern(for: path, in: configuration) {
                if named.contains(file.displayPath) {
                    let origin = configuration.ignore.origin.map { " (\($0))" } ?? ""
                    inputs.notes.append("\(file.displayPath): skipped: matches ignore pattern \"\(pattern)\"\(origin)")
                }
                continue
            }
            inputs.files.append(file)
            inputs.keys.append(key)
            inputs.configurations[key] = configuration
        }
        return inputs
    }

    /// One engine per distinct configuration; command-line values beat configured ones.
    func engines(minScore: Int?, strict: Bool) throws(ConfigurationError) -> [String: RuleEngine] {
        var engines: [String: RuleEngine] = [:]
        for (key, configuration) in configurations {
            engines[key] = try ConfigurationApplier.engine(configuration, minScore: minScore, strict: strict)
        }
        return engines
    }

    /// The output format: `--format` when given, else the configurations'
    /// `reporter`, which every post of the run must agree on.
    func format(_ options: CommandOptions) throws(ConfigurationError) -> ReportFormat {
        if options.formatGiven { return options.reportFormat }
        let settings = keys.compactMap { configurations[$0]?.reporter }
        guard let first = settings.first else { return options.reportFormat }
        if let other = settings.first(where: { $0.value != first.value }) {
            let place = { (setting: Configuration.Setting<String>) in setting.origin.map(\.description) ?? "default" }
            throw ConfigurationError(file: (first.origin ?? other.origin)?.file ?? ".engage.json",
                                     line: (first.origin ?? other.origin)?.line, column: (first.origin ?? other.origin)?.column,
                                     "the posts' configurations disagree on \"reporter\" (\"\(first.value)\" at \(place(first)), \"\(other.value)\" at \(place(other))); pass --format")
        }
        guard let format = ReportFormat(rawValue: first.value) else {
            throw ConfigurationError(file: first.origin?.file ?? ".engage.json", line: first.origin?.line, column: first.origin?.column,
                                     "reporter \"\(first.value)\" is not available in this build of engage")
        }
        return format
    }
}
