import EngageReport
import EngageSections

/// `engage sections`: the section map of each post, with confidence and evidence.
struct SectionsCommand {
    let options: CommandOptions

    init(arguments: [String]) throws {
        options = try CommandOptions(arguments: arguments, help: HelpText.sections)
    }

    func run(console: Console) -> ExitCode {
        let (files, problems) = InputCollector.collect(options.paths)
        var allProblems = problems
        var maps: [(InputFile, SectionMap)] = []
        let classifier = SectionClassifier()
        for file in files {
            switch InputReader.read(file, console: console) {
            case .success(let input): maps.append((file, classifier.classify(input.document)))
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
