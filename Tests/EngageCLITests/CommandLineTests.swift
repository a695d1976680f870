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

final class NewCommandTests: XCTestCase {
    func testNewWritesTheScaffoldAndNeverOverwrites() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("drafts/cache-stampede.md").path
        let created = TestSupport.run(["new", path, "--title", "Stop Cache Stampedes in 10 Minutes"])
        XCTAssertEqual(created.code, 0, created.err)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("# Stop Cache Stampedes in 10 Minutes\n"))
        XCTAssertTrue(created.out.contains("engage lint \(path)"))

        try Data("my draft\n".utf8).write(to: URL(fileURLWithPath: path))
        let again = TestSupport.run(["new", path])
        XCTAssertEqual(again.code, 2)
        XCTAssertEqual(again.err, "\(path): error: already exists; engage new never overwrites a file\n")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "my draft\n")
    }

    func testAnUnfilledScaffoldFailsTheLint() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("draft.md").path
        XCTAssertEqual(TestSupport.run(["new", path]).code, 0)
        let lint = TestSupport.run(["lint", "--format", "json", path])
        XCTAssertEqual(lint.code, 1, "TODO placeholders must not pass a CI gate")
        let file = try XCTUnwrap((TestSupport.json(lint.out)["files"] as? [[String: Any]])?.first)
        let failing = (file["results"] as? [[String: Any]] ?? []).filter { $0["status"] as? String == "fail" }.compactMap { $0["rule"] as? String }
        XCTAssertTrue(failing.contains("accuracy/placeholders"), "\(failing)")
    }

    func testNewUsageErrors() {
        XCTAssertEqual(TestSupport.run(["new"]).code, 2)
        XCTAssertEqual(TestSupport.run(["new", "a.md", "b.md"]).code, 2)
        XCTAssertEqual(TestSupport.run(["new", "a.md", "--bogus"]).code, 2)
        XCTAssertEqual(TestSupport.run(["new", "a.md", "--title"]).code, 2)
    }
}
