@testable import EngageRules
import EngageMarkdown
import XCTest

/// Fingerprints (rule, section, normalised text, occurrence) and the
/// baseline gate, without the command line.
final class BaselineTests: XCTestCase {
    private func lint(_ text: String, rules ids: [String]) -> FileReport {
        let rules = RuleCatalog.builtin.rules.filter { ids.contains($0.id) }
        return RuleEngine(rules: rules).lint(MarkdownParser.parse(text), path: "post.md")
    }

    func testNormalisationTrimsCollapsesAndLowercases() {
        XCTAssertEqual(FindingFingerprint.normalise("  Indexes\tmake \n Queries  FASTER "), "indexes make queries faster")
    }

    func testIdenticalFindingsGetOccurrenceIndexesAndNoLineNumbers() throws {
        let report = lint("# T\n\nCaches are faster.\n\nCaches are faster.\n", rules: ["style/vague-claims"])
        let prints = Fingerprinter.fingerprints(report).flatMap { $0 }
        XCTAssertEqual(prints.map(\.occurrence), [0, 1])
        XCTAssertEqual(Set(prints.map(\.text)).count, 1)
        XCTAssertEqual(prints.first?.rule, "style/vague-claims")
    }

    func testMissingSectionFingerprintsAsRulePlusSectionMissing() {
        let report = lint("# T\n\nText.\n", rules: ["quick-win/commands"])
        XCTAssertEqual(Fingerprinter.fingerprints(report).flatMap { $0 },
                       [FindingFingerprint(rule: "quick-win/commands", section: "section-missing", text: "", occurrence: 0)])
    }

    func testNewInfoFindingsNeverFailButNewWarningsDo() {
        let empty = Baseline(files: [Baseline.File(path: "post.md", score: 0, findings: [])])
        let info = lint("# Indexes Cut Latency\n\n## Setup\n\nText.\n", rules: ["seo/title-keywords"])
        XCTAssertEqual(info.failures.first?.severity, .info)
        XCTAssertTrue(empty.gate([info])[0].passed)
        let warning = lint("# T\n\nCaches are faster.\n", rules: ["style/vague-claims"])
        XCTAssertEqual(warning.failures.first?.severity, .warning)
        XCTAssertFalse(empty.gate([warning])[0].passed, "a new warning fails a baselined file even without --strict")
        XCTAssertTrue(Baseline(reports: [warning]).gate([warning])[0].passed)
    }

    func testBaselineRoundTripsThroughItsFileFormat() throws {
        let baseline = Baseline(reports: [lint("# T\n\nCaches are faster.\n", rules: ["style/vague-claims", "quick-win/commands"])])
        XCTAssertEqual(try BaselineStore.decode(BaselineStore.encode(baseline), path: "b.json"), baseline)
    }
}
