import EngageReport
/// `engage outline`: what the tokenizer found, per file.
struct OutlineCommand {
    let options: CommandOptions

    init(arguments: [String]) throws {
        options = try CommandOptions(arguments: arguments, help: HelpText.outline)
    }

    init(options: CommandOptions) {
        self.options = options
    }

    func run(console: Console) -> ExitCode {
        let (files, problems) = InputCollector.collect(options.paths)
        var allProblems = problems
        var outlines: [(InputFile, [OutlineEntry])] = []
        for file in files {
            switch InputReader.read(file, console: console) {
            case .success(let input): outlines.append((file, DocumentOutline.entries(of: input.document)))
            case .failure(let problem): allProblems.append(problem)
            }
        }
        for problem in allProblems { console.error(problem.formatted + "\n") }
        switch options.format {
        case .json: console.output(OutlineCommand.json(outlines, problems: allProblems).serialized() + "\n")
        case .text:
            for (file, entries) in outlines {
                console.output("\(file.displayPath)\n" + DocumentOutline.text(entries))
            }
        }
        return allProblems.isEmpty ? .success : .usage
    }

    static func json(_ outlines: [(InputFile, [OutlineEntry])], problems: [InputProblem]) -> JSONValue {
        let files = outlines.map { file, entries -> JSONValue in
            .object([("path", .string(file.displayPath)), ("blocks", .array(entries.map(\.json)))])
        }
        let errors = problems.map(\.json)
        return .object([("files", .array(files)), ("errors", .array(errors))])
    }
}
