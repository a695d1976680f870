/// The framework's eight sections, plus `other` for parts that are none of them
/// (reference material, setup, FAQ...). Declared in the framework's order.
public enum SectionID: String, CaseIterable, Sendable, Comparable, Codable {
    case hook
    case problem
    case whyFails = "why-fails"
    case shift
    case solution
    case proof
    case quickWin = "quick-win"
    case cta
    case other

    /// The eight framework sections, in order (without `other`).
    public static let framework: [SectionID] = [.hook, .problem, .whyFails, .shift, .solution, .proof, .quickWin, .cta]

    /// Position in the framework's order (other: after everything).
    /// A switch, not a search of `allCases`: the classifier asks it for every piece of evidence.
    public var order: Int {
        switch self {
        case .hook: return 0
        case .problem: return 1
        case .whyFails: return 2
        case .shift: return 3
        case .solution: return 4
        case .proof: return 5
        case .quickWin: return 6
        case .cta: return 7
        case .other: return 8
        }
    }

    public static func < (lhs: SectionID, rhs: SectionID) -> Bool { lhs.order < rhs.order }

    /// The name the framework gives the section.
    public var title: String {
        switch self {
        case .hook: return "The Hook"
        case .problem: return "The Problem"
        case .whyFails: return "Why Obvious Solutions Fail"
        case .shift: return "The Paradigm Shift"
        case .solution: return "The Solution"
        case .proof: return "Social Proof"
        case .quickWin: return "Quick Win"
        case .cta: return "Call to Action"
        case .other: return "Other"
        }
    }
}
