@testable import EngageRules
import XCTest

final class RuleLoadingTests: XCTestCase {
    static let valid = """
    # hook/title-example

    The title should say something. This is the explanation.

    ## Definition

    ```json
    {"id": "hook/title-example", "severity": "warning", "weight": 2, "implements": "Provocative title",
     "check": "phrases", "params": {"phrases": ["faster"], "area": "title"},
     "message": "Say what gets faster"}
    ```

    ## Fails

    ```markdown post
    # Databases
    ```

    ## Passes

    ```markdown post
    # Databases, faster
    ```
    """

    func testAValidRuleLoadsWithItsExamples() throws {
        let rule = try RuleDocumentParser.parse(Self.valid, origin: "Rules/hook/title-example.md")
        XCTAssertEqual(rule.id, "hook/title-example")
        XCTAssertEqual(rule.group, "hook")
        XCTAssertEqual(rule.severity, .warning)
        XCTAssertEqual(rule.weight, 2)
        XCTAssertEqual(rule.check.kind, "phrases")
        XCTAssertEqual(rule.failingExamples.count, 1)
        XCTAssertEqual(rule.passingExamples.first?.shape, .post)
        XCTAssertEqual(rule.explanation, "The title should say something. This is the explanation.")
    }

    func testLoadErrorsNameTheFileAndSayWhatIsWrong() {
        let cases: [(String, String)] = [
            (Self.valid.replacingOccurrences(of: "\"phrases\", \"params\"", with: "\"nonsense\", \"params\""), "unknown check kind 'nonsense'"),
            (Self.valid.replacingOccurrences(of: "\"area\": \"title\"", with: "\"area\": \"title\", \"bogus\": 1"), "unknown parameter 'bogus'"),
            (Self.valid.replacingOccurrences(of: "\"warning\"", with: "\"fatal\""), "severity must be error, warning or info"),
            (Self.valid.replacingOccurrences(of: "\"weight\": 2,", with: "\"weight\": 2,,"), "not valid JSON"),
            (Self.valid.replacingOccurrences(of: "## Passes", with: "## Notes"), "failing and one passing example"),
            (Self.valid.replacingOccurrences(of: "\"id\": \"hook/title-example\"", with: "\"id\": \"hook/other\""), "does not match its file"),
            (Self.valid.replacingOccurrences(of: "\"area\": \"title\"", with: "\"area\": \"everywhere\""), "area must be one of"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try RuleDocumentParser.parse(text, origin: "Rules/hook/title-example.md")) { error in
                let description = String(describing: error)
                XCTAssertTrue(description.hasPrefix("Rules/hook/title-example.md"), description)
                XCTAssertTrue(description.contains(expected), "\(description) should say \(expected)")
            }
        }
    }
}
