@testable import EngageRules
import EngageMarkdown
import XCTest

/// Inline suppressions (`<!-- engage-disable... -->`) and front matter
/// `engage: {disable: [...]}`: what they silence, what they cannot, and the
/// `meta/unused-suppression` report of the ones that silence nothing.
final class SuppressionTests: XCTestCase {
    private let vague = "style/vague-claims"
    private let meta = "meta/unused-suppression"

    private func lint(_ text: String, rules ids: [String]? = nil, gate: GateOptions = GateOptions()) -> FileReport {
        let rules = ids.map { ids in RuleCatalog.builtin.rules.filter { ids.contains($0.id) } } ?? RuleCatalog.builtin.rules
        return RuleEngine(rules: rules, gate: gate).lint(MarkdownParser.parse(text), path: "post.md")
    }

    private func result(_ report: FileReport, _ id: String) -> RuleResult {
        report.results.first { $0.rule.id == id }!
    }

    private func metaLines(_ report: FileReport) -> [String] {
        result(report, meta).locations.map { "\($0.line):\($0.column) \($0.message)" }
    }

    // MARK: forms

    func testDisableNextLineSkipsBlankLinesAndSilencesOnlyThatLine() {
        let report = lint("# T\n\nIndexes make queries faster.\n\n<!-- engage-disable-next-line style/vague-claims -->\n\nA covering index is more efficient.\n",
                          rules: [vague, meta])
        let claims = result(report, vague)
        XCTAssertEqual(claims.status, .fail, "the line 3 claim is not covered")
        XCTAssertEqual(claims.locations.map(\.line), [3])
        XCTAssertEqual(result(report, meta).status, .pass)
    }

    func testWhollySuppressedResultIsNotApplicableAndSaysWhichComment() {
        let report = lint("# T\n\n<!-- engage-disable-next-line style/vague-claims -->\nIndexes make queries faster.\n", rules: [vague, meta])
        let claims = result(report, vague)
        XCTAssertEqual(claims.status, .notApplicable)
        XCTAssertTrue(claims.suppressed)
        XCTAssertTrue(claims.message.hasPrefix("suppressed by `<!-- engage-disable-next-line style/vague-claims -->` (line 3)"), claims.message)
    }

    func testDisableLineInInlineHTML() {
        let report = lint("# T\n\nIndexes make queries faster. <!-- engage-disable-line style/vague-claims -->\n", rules: [vague, meta])
        XCTAssertTrue(result(report, vague).suppressed)
        XCTAssertEqual(result(report, meta).status, .pass)
    }

    func testRangeRunsFromDisableToEnableAndTheEnableLineIsNotSilenced() {
        let text = """
        # T

        <!-- engage-disable style -->
        Indexes make queries faster.
        Caches are more efficient. <!-- engage-enable style -->

        Replicas are quicker.
        """
        let claims = result(lint(text, rules: [vague, meta]), vague)
        XCTAssertEqual(claims.status, .fail)
        XCTAssertEqual(claims.locations.map(\.line), [5, 7])
    }

    func testRangeWithoutEnableLastsToTheEndAndNoTargetMeansEveryRule() {
        let report = lint("# T\n\n<!-- engage-disable -->\n\nIndexes make queries faster.\n\nReplicas are quicker.\n", rules: [vague, "hook/title-quantified", meta])
        XCTAssertTrue(result(report, vague).suppressed)
        XCTAssertEqual(result(report, "hook/title-quantified").status, .fail, "the title is above the comment")
    }

    func testEnableOfOneRuleInsideADisableAll() {
        let text = "# T\n\n<!-- engage-disable -->\n<!-- engage-enable style/vague-claims -->\nIndexes make queries faster.\n"
        XCTAssertEqual(result(lint(text, rules: [vague, meta]), vague).status, .fail)
    }

    func testSeveralTargetsBySpacesAndCommas() {
        let text = "# Indexes <!-- engage-disable-line hook/title-quantified,style/vague-claims  seo -->\n\nText.\n"
        let report = lint(text, rules: [vague, "hook/title-quantified", "seo/title-length", meta])
        XCTAssertTrue(result(report, "hook/title-quantified").suppressed)
        XCTAssertEqual(metaLines(report).count, 2, "vague-claims and seo silence nothing on line 1: \(metaLines(report))")
    }

    // MARK: section-level verdicts

    func testMissingSectionIsSilencedOnlyByFileLevelSuppressions() {
        let ranged = lint("<!-- engage-disable quick-win -->\n# T\n\nText.\n", rules: ["quick-win/commands", meta])
        XCTAssertEqual(result(ranged, "quick-win/commands").status, .fail, "a range cannot silence a missing section")
        XCTAssertEqual(metaLines(ranged).count, 1)
        let file = lint("# T\n\nText.\n\n<!-- engage-disable-file quick-win -->\n", rules: ["quick-win/commands", meta])
        XCTAssertTrue(result(file, "quick-win/commands").suppressed)
        XCTAssertEqual(result(file, meta).status, .pass)
    }

    func testFrontMatterDisableBlockAndFlowLists() {
        for (header, line) in [("engage:\n  disable:\n    - quick-win\n    - style/vague-claims", 3),
                               ("engage:\n  disable: [quick-win, style/vague-claims]", 3),
                               ("engage: {disable: [quick-win, style/vague-claims]}", 2)] {
            let report = lint("---\n\(header)\n---\n# T\n\nIndexes make queries faster.\n", rules: ["quick-win/commands", vague, meta])
            XCTAssertTrue(result(report, "quick-win/commands").suppressed, header)
            XCTAssertTrue(result(report, vague).suppressed, header)
            XCTAssertTrue(result(report, vague).message.contains("front matter engage.disable (line \(line))"), result(report, vague).message)
        }
    }

    func testEnableFileCancelsTheFrontMatter() {
        let report = lint("---\nengage:\n  disable: [style]\n---\n# T\n\nIndexes make queries faster.\n<!-- engage-enable-file style/vague-claims -->\n",
                          rules: [vague, meta])
        XCTAssertEqual(result(report, vague).status, .fail)
    }

    // MARK: code is not a comment

    func testCommentsInCodeBlocksAndSpansAreIgnored() {
        let text = """
        # T

        ```markdown
        <!-- engage-disable-file -->
        ```

            <!-- engage-disable-file -->

        Use `<!-- engage-disable-line -->` here: indexes make queries faster.
        """
        let report = lint(text, rules: [vague, meta])
        XCTAssertEqual(result(report, vague).status, .fail)
        XCTAssertEqual(result(report, meta).status, .notApplicable, "no suppression at all")
    }

    // MARK: unused

    func testUnusedUnknownAndMisspelledSuppressionsAreReportedAtTheComment() {
        let text = """
        # T

        Fine text. <!-- engage-disable-line style/vague-claims -->
        <!-- engage-disable-next-line problem/quantifed -->
        <!-- engage-disabel style -->
        """
        let report = lint(text, rules: [vague, meta])
        let problems = metaLines(report)
        XCTAssertEqual(problems.count, 3, "\(problems)")
        XCTAssertTrue(problems[0].hasPrefix("3:12 ") && problems[0].contains("'style/vague-claims' has no finding to silence on line 3"), problems[0])
        XCTAssertTrue(problems[1].hasPrefix("4:1 ") && problems[1].contains("unknown rule or group 'problem/quantifed'"), problems[1])
        XCTAssertTrue(problems[2].hasPrefix("5:1 ") && problems[2].contains("unknown keyword 'engage-disabel'"), problems[2])
        XCTAssertEqual(result(report, meta).severity, .warning)
    }

    func testUnusedFrontMatterDisableIsReportedAtItsLine() {
        let report = lint("---\nengage: {disable: [style/vague-claims]}\n---\n# T\n\nFine.\n", rules: [vague, meta])
        XCTAssertEqual(result(report, meta).locations.map(\.line), [2])
    }

    func testTargetsOfRulesThatDidNotRunAreNotReported() {
        // A rule turned off by configuration is known but not run: no noise.
        let report = lint("# T\n\nFine. <!-- engage-disable-line problem/quantified -->\n", rules: [vague, meta])
        XCTAssertEqual(result(report, meta).status, .pass)
    }

    func testUnusedReportCanItselfBeSilenced() {
        let text = "<!-- engage-disable-file meta/unused-suppression -->\n# T\n\nFine. <!-- engage-disable-line style -->\n"
        XCTAssertEqual(result(lint(text, rules: [vague, meta]), meta).status, .notApplicable)
    }

    func testAnUnusedDisableAllDoesNotHideItsOwnReport() {
        let report = lint("# T\n\n<!-- engage-disable -->\nFine.\n", rules: [vague, meta])
        XCTAssertEqual(metaLines(report).count, 1, "\(metaLines(report))")
        XCTAssertTrue(metaLines(report)[0].contains("it silences nothing after line 3"), metaLines(report)[0])
    }

    func testUnknownTargetsOfEnableCommentsAreReportedButEnablesAreNeverUnused() {
        let report = lint("# T\n\n<!-- engage-enable style -->\n<!-- engage-enable-file nope -->\n", rules: [vague, meta])
        XCTAssertEqual(metaLines(report).count, 1, "\(metaLines(report))")
        XCTAssertTrue(metaLines(report)[0].hasPrefix("4:1 ") && metaLines(report)[0].contains("'nope'"))
    }

    // MARK: score and verdict

    func testSuppressedErrorNoLongerBlocksAndLeavesTheScore() {
        let text = "# Indexes\n\nIndexes make queries faster.\n"
        let ids = ["hook/title-quantified", vague, meta]
        let plain = lint(text, rules: ids, gate: GateOptions(minScore: 0))
        XCTAssertFalse(plain.passed, "the title rule is an error")
        let silenced = lint("# Indexes <!-- engage-disable-line hook/title-quantified -->\n\nIndexes make queries faster.\n",
                            rules: ids, gate: GateOptions(minScore: 0))
        XCTAssertTrue(silenced.passed)
        XCTAssertEqual(silenced.score, 33, "vague-claims (2) fails, meta (1) passes; the suppressed rule is out of the score")
        XCTAssertEqual(plain.score, 0)
    }
}
