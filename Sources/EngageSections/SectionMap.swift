import EngageMarkdown

/// The classifier's answer for one post: which part is which section, how
/// sure, and why. Every rule is scoped by it.
public struct SectionMap: Sendable {
    public let title: String?
    public let titleLine: Int?
    /// Heading level that starts a part (nil when the post has no section headings).
    public let topLevel: Int?
    /// The opening (when it has content) and one entry per top-level heading.
    public let parts: [ClassifiedPart]
    /// Whether each framework section is fulfilled anywhere: by a part, by a
    /// sub-heading that clearly starts it, or (social proof) by content.
    public let present: [SectionID: Bool]
    /// Why a section counts as present when no part is mapped to it.
    public let presenceEvidence: [SectionID: String]

    public var missing: [SectionID] { SectionID.framework.filter { present[$0] != true } }

    /// "7/8 sections: missing shift", or "8/8 sections".
    public var coverageSummary: String {
        let found = SectionID.framework.count - missing.count
        let head = "\(found)/\(SectionID.framework.count) sections"
        return missing.isEmpty ? head : head + ": missing " + missing.map(\.rawValue).joined(separator: ", ")
    }

    /// Every region (parts and reassigned sub-sections) mapped to `section`.
    public func regions(of section: SectionID) -> [SectionRegion] {
        parts.flatMap { part in
            (part.section == section ? [part.region] : []) + part.subsections.filter { $0.section == section }.map(\.region)
        }
    }
}

/// A contiguous run of the document's top-level blocks.
public struct SectionRegion: Sendable, Equatable {
    public let blocks: [NodeID]
    public let startLine: Int
    public let endLine: Int
}

public struct ClassifiedPart: Sendable {
    /// Line of the heading (1 for the opening).
    public let line: Int
    /// Heading level (0 for the opening).
    public let level: Int
    /// Heading text ("(opening)" for the opening).
    public let heading: String
    public let headingNode: NodeID?
    public let section: SectionID
    public let confidence: Double
    /// The strongest reasons for the chosen section, strongest first.
    public var evidence: [String] { reasons.map(\.text) }
    /// The same reasons as facts: written out only when read.
    let reasons: [Evidence.Cause]
    public let region: SectionRegion
    /// Sub-headings whose wording clearly starts another section.
    public let subsections: [ClassifiedSubsection]
}

public struct ClassifiedSubsection: Sendable {
    public let line: Int
    public let level: Int
    public let heading: String
    public let section: SectionID
    public let evidence: String
    public let region: SectionRegion
}

extension SectionMap {
    /// A map in which the whole post is one section: how a rule's excerpt
    /// examples are judged (the excerpt *is* the section, no classification).
    public static func wholePost(as section: SectionID, document: Document) -> SectionMap {
        let blocks = Array(document.children(document.root))
        let region = SectionClassifier.region(blocks, document: document)
        let part = ClassifiedPart(line: 1, level: 0, heading: "(excerpt)", headingNode: nil, section: section,
                                  confidence: 1, reasons: [.note("rule example excerpt")], region: region, subsections: [])
        var present: [SectionID: Bool] = [:]
        for id in SectionID.framework { present[id] = id == section }
        return SectionMap(title: nil, titleLine: nil, topLevel: nil, parts: [part], present: present, presenceEvidence: [:])
    }
}
