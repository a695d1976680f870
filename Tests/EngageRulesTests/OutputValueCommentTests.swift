@testable import EngageRules
import XCTest

/// `OutputShownCheck.firstValueComment`: a comment shows a result only where
/// a command or call produced it.
final class OutputValueCommentTests: XCTestCase {
    private func valueComment(_ code: String) -> String? {
        var code = code
        return code.withUTF8 { OutputShownCheck.firstValueComment(in: $0) }
    }

    func testACommentWithAValueAfterACommandOrCallIsOutput() {
        XCTAssertEqual(valueComment("curl http://localhost:3000/v1/users/1\n# { \"name\": \"Alice\" }\n"), "# { \"name\": \"Alice\" }")
        XCTAssertEqual(valueComment("redis-cli GET k\n\n# \"v\"\n"), "# \"v\"")
        XCTAssertEqual(valueComment("total = add(2, 3)\n// => 5\n"), "// => 5")
        XCTAssertEqual(valueComment("console.log(user.name); // \"Bob\"\n"), "console.log(user.name); // \"Bob\"")
    }

    func testDescribingCommentsAndCommentContinuationsAreNot() {
        XCTAssertNil(valueComment("# Start the services\ndocker compose up -d\n# then open the dashboard\n"))
        // A list of values continued over comment lines, in an API spec.
        XCTAssertNil(valueComment("{\n  \"error\": [\"timeout\"]   // \"missing-secret\",\n                            // \"invalid-secret\"\n}\n"))
        // A value comment must follow code that runs something.
        XCTAssertNil(valueComment("config = {\n# { \"retries\": 3 }\n"))
        XCTAssertNil(valueComment("x = 1 // \"one\"\n"))
    }
}
