@testable import EngageText
import XCTest

/// `containsLiteral`: the byte search rules use for symbols and markers.
final class LiteralSearchTests: XCTestCase {
    func testFindsNeedlesAnywhere() {
        XCTAssertTrue("a -> b".containsLiteral("->"))
        XCTAssertTrue("->".containsLiteral("->"))
        XCTAssertTrue("✅ Do this".containsLiteral("✅"))
        XCTAssertTrue("ends with ❌".containsLiteral("❌"))
        XCTAssertTrue("aab".containsLiteral("ab"))  // a false start, then the match
        XCTAssertTrue("anything".containsLiteral(""))
    }

    func testMissesWhatIsNotThere() {
        XCTAssertFalse("a - > b".containsLiteral("->"))
        XCTAssertFalse("-".containsLiteral("->"))
        XCTAssertFalse("".containsLiteral("x"))
        XCTAssertFalse("✔ done".containsLiteral("✅"))
    }

    func testSubstringsSearchOnlyTheirOwnBytes() {
        let text = "TODO: left -> right"
        let slice = text.dropFirst(6).prefix(4)  // "left"
        XCTAssertFalse(slice.containsLiteral("->"))
        XCTAssertFalse(slice.containsLiteral("TODO"))
        XCTAssertTrue(text.dropFirst(6).containsLiteral("->"))
    }
}
