/// One reason for (or against) a section, with how much it weighs.
public struct Evidence: Equatable, Sendable {
    public let section: SectionID
    public let weight: Double
    public let reason: String
}
