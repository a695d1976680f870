import EngageMarkdown
@testable import EngageRules
import EngageSections
import XCTest

/// Every rule carries failing and passing examples; this one test runs them
/// all (SwiftLint's triggering / non-triggering examples). A rule cannot
/// exist without them: the loader refuses a rule file that has none.
final class RuleExamplesTests: XCTestCase {
    func testEveryBuiltinRuleFailsItsFailingExamplesAndPassesItsPassingOnes() {
        let catalog = RuleCatalog.builtin
        for rule in catalog.rules {
            for example in rule.failingExamples {
                assertStatus(.fail, rule, example)
            }
            for example in rule.passingExamples {
                assertStatus(.pass, rule, example)
            }
        }
    }

    /// The same examples with Windows line endings and a byte order mark:
    /// verdicts must not depend on either (catches line and offset bugs).
    func testVerdictsSurviveCRLFAndBOM() {
        for rule in RuleCatalog.builtin.rules {
            for example in rule.failingExamples + rule.passingExamples {
                let plain = RuleExampleRunner.run(rule, on: example).status
                let variant = "\u{FEFF}" + example.text.replacingOccurrences(of: "\n", with: "\r\n")
                let changed = RuleExampleRunner.run(rule, on: example, text: variant).status
                XCTAssertEqual(changed, plain, "\(rule.origin):\(example.line): CRLF+BOM changed the verdict")
            }
        }
    }

    /// Each failing example again with a file-level suppression comment at
    /// its end (SwiftLint re-runs examples behind a disable command): the
    /// comment alone must not change the verdict, and it must silence it.
    func testFailingExamplesAreSilencedByASuppressionComment() {
        for rule in RuleCatalog.builtin.rules where !rule.check.runsAfterOtherRules {
            for example in rule.failingExamples {
                let text = example.text + "\n\n<!-- engage-disable-file \(rule.id) -->\n"
                let raw = RuleExampleRunner.run(rule, on: example, text: text)
                XCTAssertEqual(raw.status, .fail, "\(rule.origin):\(example.line): a trailing comment changed the verdict")
                let silenced = Suppressor(document: MarkdownParser.parse(text), rules: [rule]).apply(to: [raw]).first
                XCTAssertEqual(silenced?.status, .notApplicable, "\(rule.origin):\(example.line): not silenced")
                XCTAssertEqual(silenced?.suppressed, true, "\(rule.origin):\(example.line)")
            }
        }
    }

    func testEveryRuleFileIsLoadedAndNamesItsChecklistItem() {
        XCTAssertEqual(RuleCatalog.load(BuiltinResources.files).errors, [])
        for rule in RuleCatalog.builtin.rules {
            XCTAssertFalse(rule.implements.isEmpty, rule.id)
            XCTAssertFalse(rule.explanation.isEmpty, "\(rule.id) explains itself")
        }
    }

    private func assertStatus(_ expected: RuleStatus, _ rule: RuleDefinition, _ example: RuleExample,
                              file: StaticString = #filePath, line: UInt = #line) {
        let result = RuleExampleRunner.run(rule, on: example)
        XCTAssertEqual(result.status, expected,
                       "\(rule.origin):\(example.line): expected \(expected.rawValue), got \(result.status.rawValue) \(result.message) \(result.evidence)",
                       file: file, line: line)
    }
}
