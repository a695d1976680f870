import EngageSections

/// Renders a section map for `engage sections`.
public enum SectionMapFormatter {
    public static func json(path: String, map: SectionMap) -> JSONValue {
        let parts = map.parts.map { part -> JSONValue in
            .object([
                ("line", .int(part.line)), ("level", .int(part.level)), ("heading", .string(part.heading)),
                ("section", .string(part.section.rawValue)), ("confidence", .double(rounded(part.confidence))),
                ("evidence", .array(part.evidence.map { .string($0) })),
                ("endLine", .int(part.region.endLine)),
                ("subsections", .array(part.subsections.map { sub in
                    .object([("line", .int(sub.line)), ("level", .int(sub.level)), ("heading", .string(sub.heading)),
                             ("section", .string(sub.section.rawValue)), ("evidence", .array([.string(sub.evidence)]))])
                })),
            ])
        }
        let present = SectionID.framework.map { ($0.rawValue, JSONValue.bool(map.present[$0] == true)) }
        return .object([
            ("path", .string(path)),
            ("title", map.title.map { .string($0) } ?? .null),
            ("topLevel", map.topLevel.map { .int($0) } ?? .null),
            ("parts", .array(parts)),
            ("present", .object(present)),
            ("coverage", .string(map.coverageSummary)),
        ])
    }

    /// `  12  ## Why This Matters            problem     0.87  heading says 'why this matters'`
    public static func text(path: String, map: SectionMap) -> String {
        var out = "\(path)\n"
        if let title = map.title { out += "  title: \(title)\n" }
        for part in map.parts {
            let marks = part.level > 0 ? String(repeating: "#", count: part.level) + " " : ""
            out += "  " + String(part.line).leftPadded(to: 5) + "  " + (marks + part.heading).truncated(to: 43).padded(to: 44)
                + part.section.rawValue.padded(to: 10) + String(format2(part.confidence)).padded(to: 6)
                + part.evidence.joined(separator: "; ") + "\n"
            for sub in part.subsections {
                out += "  " + String(sub.line).leftPadded(to: 5) + "    " + (String(repeating: "#", count: sub.level) + " " + sub.heading).truncated(to: 41).padded(to: 42)
                    + sub.section.rawValue.padded(to: 16) + sub.evidence + "\n"
            }
        }
        out += "  " + map.coverageSummary + "\n"
        return out
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    static func format2(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
