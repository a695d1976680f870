/// One reason for (or against) a section, with how much it weighs.
///
/// The reason's text is formatted only when read: every part gathers a few
/// dozen pieces of evidence, and only the chosen section's strongest four are
/// ever shown, so formatting them all cost more than the scoring itself.
public struct Evidence: Equatable, Sendable {
    public let section: SectionID
    public let weight: Double
    /// The section's prior, which explains nothing on its own.
    let isPrior: Bool
    private let describe: @Sendable () -> String
    public var reason: String { describe() }

    init(section: SectionID, weight: Double, reason: @escaping @autoclosure @Sendable () -> String, isPrior: Bool = false) {
        self.section = section
        self.weight = weight
        self.isPrior = isPrior
        describe = reason
    }

    public static func == (lhs: Evidence, rhs: Evidence) -> Bool {
        lhs.section == rhs.section && lhs.weight == rhs.weight && lhs.reason == rhs.reason
    }
}
