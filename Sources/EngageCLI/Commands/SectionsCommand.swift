import EngageReport
import EngageRules
import EngageSections

/// `engage sections`: the section map of each post, with confidence and evidence.
struct SectionsCommand {
    let options: CommandOptions

    init(arguments: [String]) throws {
        options = try CommandOptions(arguments: arguments, help: HelpText.sections, accepts: [.format, .config])
    }

    func run(console: Console) -> ExitCode {
        let (collected, problems) = InputCollector.collect(options.paths)
        // Configured heading phrasings and companies change the map.
        let inputs: ConfiguredInputs
        do throws(ConfigurationError) {
            inputs = try ConfiguredInputs.resolve(collected, arguments: options.paths, configFile: options.configFile)
        } catch {
            console.error(error.description + "\n")
            return .usage
        }
        for note in inputs.notes { console.error(note + "\n") }
        let classifiers = inputs.configurations.mapValues(ConfigurationApplier.classifier)
        var allProblems = problems
        var maps: [(InputFile, SectionMap)] = []
        for (file, key) in zip(inputs.files, inputs.keys) {
            switch InputReader.read(file, console: console) {
            case .success(let input): maps.append((file, classifiers[key]!.classify(input.document)))
            case .failure(let problem): allProblems.append(problem)
            }
        }
        for problem in allProblems { console.error(problem.formatted + "\n") }
        switch options.format {
        case .json:
            let files = maps.map { SectionMapFormatter.json(path: $0.0.displayPath, map: $0.1) }
            console.output(JSONValue.object([("files", .array(files)), ("errors", .array(allProblems.map(\.json)))]).serialized() + "\n")
        case .text:
            for (file, map) in maps { console.output(SectionMapFormatter.text(path: file.displayPath, map: map)) }
        }
        return allProblems.isEmpty ? .success : .usage
    }
}
