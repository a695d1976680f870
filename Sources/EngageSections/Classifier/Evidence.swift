/// One reason for (or against) a section, with how much it weighs.
///
/// The reason is kept as its facts and written out only when read: every
/// part gathers a few dozen pieces of evidence, and only the chosen
/// section's strongest four are ever shown, so formatting (or even boxing a
/// closure for) every one of them cost more than the scoring itself.
public struct Evidence: Equatable, Sendable {
    public let section: SectionID
    public let weight: Double
    let cause: Cause
    /// The section's prior, which explains nothing on its own.
    var isPrior: Bool { cause == .prior }
    public var reason: String { cause.text }

    init(section: SectionID, weight: Double, _ cause: Cause) {
        self.section = section
        self.weight = weight
        self.cause = cause
    }

    /// What an evidence says, in the few shapes the scorer produces.
    enum Cause: Equatable, Sendable {
        case prior
        /// A fixed sentence (string literals: nothing is formatted or allocated).
        case note(String)
        /// Words of the opening; `atLeast` when the opening was read only in part.
        case openingWords(Int, atLeast: Bool)
        case headingSays(String)
        case contentSays([String])
        case codeBlocks(Int)
        case stepHeadings(Int)
        case timeBox(minutes: Int)
        /// Company names; only the first four are shown unless `all`.
        case companies([String], all: Bool)
        case quantities(Int)
        case crossMarks(Int)
        case linkList(Int)
        /// A part of entries most of which a company leads: this many distinct.
        case roster(companies: Int)
        case position(percent: Int)

        var text: String {
            switch self {
            case .prior: return "prior"
            case .note(let text): return text
            case .openingWords(let count, let atLeast):
                return "opening of the post (\(count)\(atLeast ? "+" : "") words before the first section)"
            case .headingSays(let phrase): return "heading says '\(phrase)'"
            case .contentSays(let phrases): return "content says " + phrases.map { "'\($0)'" }.joined(separator: ", ")
            case .codeBlocks(let count): return "\(count) code block(s)"
            case .stepHeadings(let count): return "\(count) step headings"
            case .timeBox(let minutes): return "time box in heading: \(minutes) minutes"
            case .companies(let names, let all): return "companies: " + (all ? names : Array(names.prefix(4))).joined(separator: ", ")
            case .quantities(let count): return "\(count) quantities"
            case .crossMarks(let count): return "\(count) ❌ marks"
            case .linkList(let count): return "list of \(count) links"
            case .roster(let count): return "a roster: most entries led by a company (\(count) named)"
            case .position(let percent): return "position \(percent)% through the post"
            }
        }
    }
}
