import EngageCLI
import XCTest

final class CommandLineTests: XCTestCase {
    func testHelpDocumentsCommandsAndExitCodes() {
        let result = TestSupport.run(["--help"])
        XCTAssertEqual(result.code, 0)
        XCTAssertTrue(result.out.contains("engage lint"))
        XCTAssertTrue(result.out.contains("EXIT CODES"))
        XCTAssertTrue(result.out.contains("2  usage error"))
    }

    func testVersionPrintsTheVersion() {
        XCTAssertEqual(TestSupport.run(["--version"]).out, "engage \(EngageCommandLine.version)\n")
    }

    func testNoArgumentsIsAUsageError() {
        let result = TestSupport.run([])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(result.err.contains("usage: engage"))
        XCTAssertEqual(result.out, "")
    }

    func testUnknownCommandOptionAndFormatAreUsageErrors() {
        for arguments in [["frobnicate"], ["lint", "--bogus", "x.md"], ["outline", "--format", "yaml", "x.md"],
                          ["outline", "--format"], ["lint"]] {
            let result = TestSupport.run(arguments)
            XCTAssertEqual(result.code, 2, "\(arguments)")
            XCTAssertTrue(result.err.hasPrefix("engage: "), "\(arguments): \(result.err)")
            XCTAssertTrue(result.err.contains("usage:"), "\(arguments)")
        }
    }

    func testCommandHelpExitsZero() {
        let result = TestSupport.run(["outline", "--help"])
        XCTAssertEqual(result.code, 0)
        XCTAssertTrue(result.out.contains("usage: engage outline"))
    }

    func testFormatAcceptsEqualsForm() throws {
        let result = TestSupport.run(["outline", "--format=json", TestSupport.fixture("edge/no-headings.md")])
        XCTAssertEqual(result.code, 0)
        XCTAssertNotNil(try TestSupport.json(result.out)["files"])
    }
}
