import EngageSections

/// Computes the fingerprint of every failing location of a report, in the
/// shape of the report (one list per result, one entry per location).
enum Fingerprinter {
    static let sectionMissing = "section-missing"

    static func fingerprints(_ report: FileReport) -> [[FindingFingerprint]] {
        var seen: [String: Int] = [:]
        return report.results.map { result in
            guard result.status == .fail else { return [] }
            return result.locations.map { location in
                let (section, text) = result.sectionMissing
                    ? (sectionMissing, "")
                    : (section(at: location.line, in: report.map) ?? result.rule.group, FindingFingerprint.normalise(location.excerpt ?? ""))
                let key = [result.rule.id, section, text].joined(separator: "\u{0}")
                let occurrence = seen[key, default: 0]
                seen[key] = occurrence + 1
                return FindingFingerprint(rule: result.rule.id, section: section, text: text, occurrence: occurrence)
            }
        }
    }

    /// The section id of the part (or reassigned sub-section) holding `line`.
    static func section(at line: Int, in map: SectionMap) -> String? {
        guard let part = map.parts.last(where: { $0.region.startLine <= line }) else { return nil }
        let sub = part.subsections.last { $0.region.startLine <= line && line <= $0.region.endLine }
        return (sub?.section ?? part.section).rawValue
    }
}
