import EngageMarkdown
@testable import EngageRules
import EngageSections
import XCTest

/// What a configuration does to a lint: rules off, severities, weights,
/// params, the gate, heading phrasings and company names.
final class ConfigurationEffectTests: XCTestCase {
    private func lint(_ post: String, _ json: String?, minScore: Int? = nil, strict: Bool = false) throws -> FileReport {
        let tree = try ConfigurationTree()
        try tree.makeRepository()
        if let json { try tree.write(".engage.json", json) }
        let configuration = try tree.configuration(for: "post.md")
        let engine = try ConfigurationApplier.engine(configuration, minScore: minScore, strict: strict)
        return engine.lint(MarkdownParser.parse(post), path: "post.md")
    }

    private func result(_ report: FileReport, _ id: String) -> RuleResult? { report.results.first { $0.rule.id == id } }

    func testRulesSwitchedOffLeaveTheRunAndTheReport() throws {
        let post = ConfigurationSamples.completePost
        let report = try lint(post, #"{"rules": {"style": "off", "style/lists": "info", "problem/quantified": "off"}}"#)
        let ids = Set(report.results.map(\.rule.id))
        XCTAssertFalse(ids.contains("problem/quantified"))
        XCTAssertEqual(ids.filter { $0.hasPrefix("style/") }, ["style/lists"], "a rule's own entry beats its group's")
        XCTAssertEqual(result(report, "style/lists")?.severity, .info)
        let all = try lint(post, nil)
        XCTAssertEqual(report.results.count, all.results.count - RuleCatalog.builtin.rules.filter { $0.group == "style" }.count)
    }

    func testSeverityDecidesTheGate() throws {
        let post = ConfigurationSamples.completePost
        let plain = try lint(post, nil)
        XCTAssertTrue(plain.passed, "the sample passes by default")
        let warnings = plain.failures.filter { $0.severity == .warning }.map(\.rule.id)
        let warning = try XCTUnwrap(warnings.first, "the sample needs a failing warning for this test")
        // A failing warning made an error blocks the post.
        let raised = try lint(post, "{\"rules\": {\"\(warning)\": \"error\"}}")
        XCTAssertFalse(raised.passed)
        XCTAssertEqual(result(raised, warning)?.severity, .error)
        // Under strict, failing warnings block; made info, they no longer do.
        XCTAssertFalse(try lint(post, #"{"strict": true}"#).passed)
        let entries = warnings.map { "\"\($0)\": \"info\"" }.joined(separator: ", ")
        let lowered = try lint(post, "{\"strict\": true, \"rules\": {\(entries)}}")
        XCTAssertTrue(lowered.passed)
        XCTAssertEqual(result(lowered, warning)?.severity, .info)
    }

    func testWeightChangesTheScore() throws {
        let post = ConfigurationSamples.completePost
        let plain = try lint(post, nil)
        XCTAssertLessThan(plain.score, 100)
        let failing = Set(plain.failures.map(\.rule.id))
        let entries = failing.sorted().map { "\"\($0)\": {\"weight\": 0}" }.joined(separator: ", ")
        XCTAssertEqual(try lint(post, "{\"rules\": {\(entries)}}").score, 100, "failing rules that weigh nothing cost nothing")
        let heavy = try XCTUnwrap(failing.sorted().first)
        XCTAssertLessThan(try lint(post, "{\"rules\": {\"\(heavy)\": {\"weight\": 1000}}}").score, plain.score)
    }

    func testParamsAreMergedOverTheBuiltInOnes() throws {
        let post = ConfigurationSamples.completePost
        XCTAssertEqual(result(try lint(post, nil), "problem/quantified")?.status, .pass)
        let strict = try lint(post, #"{"rules": {"problem/quantified": {"params": {"min": 50}}}}"#)
        let quantified = try XCTUnwrap(result(strict, "problem/quantified"))
        XCTAssertEqual(quantified.status, .fail)
        XCTAssertTrue(quantified.message.contains("at least 50"), quantified.message)
    }

    func testMinScoreAndStrictGateAndTheCommandLineBeatsThem() throws {
        let post = ConfigurationSamples.completePost
        let plain = try lint(post, nil)
        let blocking = plain.failures.filter { $0.severity == .error }.map { "\"\($0.rule.id)\": \"warning\"" }.joined(separator: ", ")
        let lenient = "{\"rules\": {\(blocking)}, \"minScore\": \(plain.score)}"
        XCTAssertTrue(try lint(post, lenient).passed)
        XCTAssertFalse(try lint(post, "{\"rules\": {\(blocking)}, \"minScore\": \(plain.score + 1)}").passed)
        XCTAssertFalse(try lint(post, lenient, minScore: plain.score + 1).passed, "--min-score beats minScore")
        XCTAssertFalse(try lint(post, "{\"rules\": {\(blocking)}, \"minScore\": \(plain.score), \"strict\": true}").passed,
                       "strict: failing warnings block")
        XCTAssertFalse(try lint(post, lenient, strict: true).passed, "--strict")
    }

    func testHeadingPhrasingsChangeTheSectionMap() throws {
        let post = "# Cut Build Times 10x in 15 Minutes\n\nYour builds take 40 minutes. In this post you will learn how to cut them to 4.\n\n## Kick the Tyres\n\nRun `make fast` and watch the build finish.\n"
        XCTAssertNotEqual(try lint(post, nil).map.parts.last?.section, .quickWin)
        let configured = try lint(post, #"{"sections": {"quick-win": ["Kick the tyres"]}}"#)
        XCTAssertEqual(configured.map.parts.last?.section, .quickWin)
        XCTAssertEqual(configured.map.present[.quickWin], true)
    }

    func testExtraCompaniesCountForSocialProof() throws {
        let post = "# Cut Build Times 10x in 15 Minutes\n\nYour builds take 40 minutes. In this post you will learn how to cut them to 4.\n\n## Real-World Validation\n\nZorblax cut build times from 40 minutes to 4 minutes. Quuxcorp saved $2M per year on CI. Flimbo went from 3 deploys a day to 50.\n"
        XCTAssertEqual(result(try lint(post, nil), "proof/companies")?.status, .fail)
        let configured = try XCTUnwrap(result(try lint(post, #"{"companies": ["Zorblax", "Quuxcorp", "Flimbo"]}"#), "proof/companies"))
        XCTAssertEqual(configured.status, .pass)
        XCTAssertEqual(configured.evidence, ["Zorblax", "Quuxcorp", "Flimbo"])
    }

    func testTheStarterConfigurationLoadsAndChangesNothing() throws {
        let post = ConfigurationSamples.completePost
        let starter = try lint(post, StarterConfiguration.text)
        let plain = try lint(post, nil)
        XCTAssertEqual(starter.score, plain.score)
        XCTAssertEqual(starter.results.map(\.rule.id), plain.results.map(\.rule.id))
        XCTAssertEqual(starter.passed, plain.passed)
    }
}
