@testable import EngageRules
import XCTest

/// Rule messages are templates whose `{name}` placeholders take the values a
/// check reports.
final class MessageTemplateTests: XCTestCase {
    func testPlaceholdersTakeTheirValues() {
        XCTAssertEqual(RuleEngine.fill("{count} of {min} found", with: ["count": "2", "min": "3"]), "2 of 3 found")
        XCTAssertEqual(RuleEngine.fill("{a}{a}", with: ["a": "x"]), "xx")
        XCTAssertEqual(RuleEngine.fill("é {a} ✅", with: ["a": "ü"]), "é ü ✅")
    }

    func testUnknownOrUnclosedPlaceholdersStayAsWritten() {
        XCTAssertEqual(RuleEngine.fill("{count} {other} {", with: ["count": "1"]), "1 {other} {")
        XCTAssertEqual(RuleEngine.fill("use {} or {{count}}", with: ["count": "1"]), "use {} or {1}")
        XCTAssertEqual(RuleEngine.fill("no values {count}", with: [:]), "no values {count}")
    }

    /// A value is text, not a template: braces in what a post says are kept.
    func testValuesAreNotFilledAgain() {
        XCTAssertEqual(RuleEngine.fill("found: {found}", with: ["found": "'{count}'", "count": "9"]), "found: '{count}'")
    }
}
