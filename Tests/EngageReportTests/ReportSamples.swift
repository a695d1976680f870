@testable import EngageRules
@testable import EngageSections
import EngageReport
import Foundation

/// A fixed set of lint results for the report-format tests, built by hand so
/// the goldens change only when a reporter does, never when a rule's wording
/// or the classifier changes. It covers a pass, n/a, several locations, a
/// missing section, unreadable inputs, and a message and path full of
/// characters every format must escape.
enum ReportSamples {
    static let context = ReportContext(toolVersion: "9.9.9-test",
                                       workingDirectory: "/work/repo", color: false, quiet: false)

    /// Everything a format could choke on: `%` (workflow commands), newlines,
    /// `:` and `,` (workflow properties), XML markup, a Markdown table pipe,
    /// and a C0 control character XML 1.0 cannot carry.
    static let nastyMessage = "50% of <links> & \"quotes\": broken,\nsee | here\u{01}"
    static let nastyPath = "posts/odd name,v2:50%|<&>.md"

    static let titleRule = rule("hook/title-quantified", group: "hook", severity: .error, weight: 3,
                                implements: "Hook: a quantified title", summary: "The title carries a number.")
    static let problemRule = rule("problem/quantified", group: "problem", severity: .warning, weight: 2,
                                  implements: "Problem: pain with numbers", summary: "The problem states its cost in numbers.")
    static let paragraphRule = rule("style/short-paragraphs", group: "style", severity: .info, weight: 1,
                                    implements: "Short paragraphs", summary: "Paragraphs stay under 5 sentences.")
    static let companyRule = rule("proof/named-companies", group: "proof", severity: .warning, weight: 2,
                                  implements: "Social proof: named companies", summary: "Proof names real companies.")
    static let linkRule = rule("accuracy/placeholder-links", group: "accuracy", severity: .error, weight: 3,
                               implements: "Links work", summary: "No placeholder links.")

    static var files: [FileReport] { [goodPost, oddPost] }

    static let errors: [InputError] = [
        ("posts/bad.md", 3, "not valid UTF-8 (byte offset 43); save the file as UTF-8"),
        ("posts/gone.md", nil, "no such file or directory"),
    ]

    /// An absolute path under the working directory: SARIF makes it relative.
    static var goodPost: FileReport {
        FileReport(path: "/work/repo/posts/good post.md", map: map(missing: []), results: [
            pass(titleRule),
            fail(problemRule, "Problem has 1 number(s): give at least 2", at: [(14, 1, "Problem has 1 number(s): give at least 2")]),
            fail(paragraphRule, "Paragraph of 7 sentences: split it",
                 at: [(20, 1, "Paragraph of 7 sentences: split it"), (31, 5, "Paragraph of 6 sentences: split it")]),
            RuleResult(rule: companyRule, status: .notApplicable, sectionMissing: false,
                       message: "no social proof section to check", locations: [], evidence: []),
            pass(linkRule),
        ], score: 78, groupScores: ["hook": 100, "problem": 0, "style": 0, "accuracy": 100], passed: true)
    }

    static var oddPost: FileReport {
        FileReport(path: nastyPath, map: map(missing: [.problem, .proof]), results: [
            fail(titleRule, "Title has no number: quantify the benefit", at: [(1, 3, "Title has no number: quantify the benefit")]),
            RuleResult(rule: problemRule, status: .fail, sectionMissing: true,
                       message: "The Problem section is missing: add it", locations: [Location(line: 1, column: 1, message: "", excerpt: nil)],
                       evidence: []),
            fail(paragraphRule, "Paragraph of 6 sentences: split it", at: [(9, 1, "Paragraph of 6 sentences: split it")]),
            fail(companyRule, "The Social Proof section is missing: add it", at: [(1, 1, "")], sectionMissing: true),
            fail(linkRule, nastyMessage, at: [(7, 12, nastyMessage)]),
        ], score: 12, groupScores: ["hook": 0, "problem": 0, "style": 0, "proof": 0, "accuracy": 0], passed: false)
    }

    // MARK: building blocks

    static func rule(_ id: String, group: String, severity: Severity, weight: Double,
                     implements: String, summary: String) -> RuleDefinition {
        RuleDefinition(id: id, group: group, severity: severity, weight: weight, implements: implements, summary: summary,
                       explanation: "Why \(id) matters.\n\nWhat passes: \(summary)", message: summary,
                       check: RuleCatalog.builtin.rules[0].check, params: RuleCatalog.builtin.rules[0].params, needsSection: SectionID(rawValue: group) != nil,
                       failingExamples: [], passingExamples: [],
                       document: "# \(id)\n\nWhy \(id) matters.\n\n## Fails\n\n```markdown\n# A title\n```\n",
                       origin: "Rules/\(id).md")
    }

    static func pass(_ rule: RuleDefinition) -> RuleResult {
        RuleResult(rule: rule, status: .pass, sectionMissing: false, message: "", locations: [], evidence: ["ok"])
    }

    static func fail(_ rule: RuleDefinition, _ message: String, at places: [(Int, Int, String)],
                     sectionMissing: Bool = false) -> RuleResult {
        RuleResult(rule: rule, status: .fail, sectionMissing: sectionMissing, message: message,
                   locations: places.map { Location(line: $0.0, column: $0.1, message: $0.2, excerpt: nil) }, evidence: [])
    }

    static func map(missing: Set<SectionID>) -> SectionMap {
        let present = Dictionary(uniqueKeysWithValues: SectionID.framework.map { ($0, !missing.contains($0)) })
        return SectionMap(title: "A post", titleLine: 1, topLevel: 2, parts: [], present: present, presenceEvidence: [:])
    }
}
