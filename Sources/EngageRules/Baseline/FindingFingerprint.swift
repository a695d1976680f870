/// What identifies a finding across edits: the rule, the section it sits in
/// and the text it points at, plus its index among identical triples. No
/// line number, so inserting paragraphs above a finding keeps it known.
public struct FindingFingerprint: Codable, Hashable, Comparable, Sendable {
    public let rule: String
    /// The classified section at the location (or the rule's group); `section-missing` for a missing section.
    public let section: String
    /// The normalised text the finding points at (empty for a missing section).
    public let text: String
    /// 0 for the first of identical (rule, section, text) triples in the file, 1 for the next…
    public let occurrence: Int

    public init(rule: String, section: String, text: String, occurrence: Int) {
        self.rule = rule
        self.section = section
        self.text = text
        self.occurrence = occurrence
    }

    public static func < (lhs: FindingFingerprint, rhs: FindingFingerprint) -> Bool {
        (lhs.rule, lhs.section, lhs.text, lhs.occurrence) < (rhs.rule, rhs.section, rhs.text, rhs.occurrence)
    }

    /// Trimmed, whitespace runs collapsed to one space, lowercased: reflowing
    /// a paragraph or changing case does not make a finding new.
    static func normalise(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
