import EngageCLI
import Foundation
import XCTest

/// `engage lint --write-baseline` / `--baseline`: known findings stop
/// failing, new ones and a lower score still fail, and findings stay known
/// when text is inserted above them.
final class BaselineCommandTests: XCTestCase {
    private var folder: URL!
    private var post: String { folder.appendingPathComponent("post.md").path }
    private var baseline: String { folder.appendingPathComponent("baseline.json").path }

    override func setUpWithError() throws {
        folder = try TestSupport.temporaryFolder()
        let original = try String(contentsOfFile: TestSupport.fixture("posts/documentation-style.md"), encoding: .utf8)
        try TestSupport.write(original, to: URL(fileURLWithPath: post))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func edit(_ change: (String) -> String) throws {
        let text = try String(contentsOfFile: post, encoding: .utf8)
        try TestSupport.write(change(text), to: URL(fileURLWithPath: post))
    }

    private func writeBaseline() throws {
        XCTAssertEqual(TestSupport.run(["lint", "--write-baseline", baseline, post]).code, 0, "writing a baseline accepts the current state")
        XCTAssertTrue(FileManager.default.fileExists(atPath: baseline))
    }

    private func failingLocations(_ output: String) throws -> [[String: Any]] {
        let file = try XCTUnwrap((TestSupport.json(output)["files"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(file["results"] as? [[String: Any]])
        return results.filter { $0["status"] as? String == "fail" }.flatMap { $0["locations"] as? [[String: Any]] ?? [] }
    }

    func testUnchangedPostPassesAgainstItsBaselineAndEveryFindingIsMarked() throws {
        XCTAssertEqual(TestSupport.run(["lint", post]).code, 1, "the post fails the normal gate")
        try writeBaseline()
        let result = TestSupport.run(["lint", "--format", "json", "--baseline", baseline, post])
        XCTAssertEqual(result.code, 0, result.err)
        let locations = try failingLocations(result.out)
        XCTAssertFalse(locations.isEmpty)
        XCTAssertTrue(locations.allSatisfy { $0["baseline"] as? Bool == true })
        let file = try XCTUnwrap((TestSupport.json(result.out)["files"] as? [[String: Any]])?.first)
        XCTAssertEqual(file["baselineScore"] as? Int, file["score"] as? Int)
        XCTAssertTrue(TestSupport.run(["lint", "--baseline", baseline, post]).out.contains("baseline: 0 new finding(s), "))
    }

    func testBaselineFileIsVersionedAndStable() throws {
        try writeBaseline()
        let first = try String(contentsOfFile: baseline, encoding: .utf8)
        try writeBaseline()
        XCTAssertEqual(try String(contentsOfFile: baseline, encoding: .utf8), first, "same input, same bytes")
        let root = try TestSupport.json(first)
        XCTAssertEqual(root["version"] as? Int, 1)
        let files = try XCTUnwrap(root["files"] as? [[String: Any]])
        XCTAssertEqual(files.first?["path"] as? String, post)
        let findings = try XCTUnwrap(files.first?["findings"] as? [[String: Any]])
        XCTAssertTrue(findings.contains { $0["rule"] as? String == "hook/title-quantified" })
        XCTAssertTrue(findings.allSatisfy { $0["line"] == nil }, "no line numbers in fingerprints")
    }

    func testParagraphsInsertedAboveFindingsKeepThemKnown() throws {
        try writeBaseline()
        try edit { $0.replacingOccurrences(of: "versioning.\n\n", with: "versioning.\n\nVendors document the details in their manuals.\n\nThe manuals differ in their wording.\n\n") }
        let result = TestSupport.run(["lint", "--format", "json", "--baseline", baseline, post])
        XCTAssertEqual(result.code, 0, result.out)
        XCTAssertTrue(try failingLocations(result.out).allSatisfy { $0["baseline"] as? Bool == true })
    }

    func testANewFindingFails() throws {
        try writeBaseline()
        try edit { $0 + "\nIndexes make every query faster and more efficient.\n" }
        let result = TestSupport.run(["lint", "--format", "json", "--baseline", baseline, post])
        XCTAssertEqual(result.code, 1)
        let new = try failingLocations(result.out).filter { $0["baseline"] == nil }
        XCTAssertFalse(new.isEmpty)
        XCTAssertTrue(TestSupport.run(["lint", "--baseline", baseline, post]).out.contains("(baseline)"), "known ones are marked in text")
    }

    func testCIFormatsShowOnlyNewFindingsAgainstABaseline() throws {
        try writeBaseline()
        try edit { $0 + "\nIndexes make every query faster and more efficient.\n" }
        let github = TestSupport.run(["lint", "--format", "github", "--baseline", baseline, post])
        let annotations = github.out.split(separator: "\n").filter { !$0.hasPrefix("::notice") }
        XCTAssertFalse(annotations.isEmpty, "the new finding is annotated")
        XCTAssertTrue(annotations.allSatisfy { $0.contains("title=style/vague-claims") }, "known findings are not: \(annotations)")

        let sarif = TestSupport.run(["lint", "--format", "sarif", "--baseline", baseline, post])
        let runs = try XCTUnwrap(TestSupport.json(sarif.out)["runs"] as? [[String: Any]])
        let states = (runs.first?["results"] as? [[String: Any]] ?? []).compactMap { $0["baselineState"] as? String }
        XCTAssertTrue(states.contains("new"))
        XCTAssertTrue(states.contains("unchanged"))
        XCTAssertEqual(states.filter { $0 == "new" }.count, annotations.count)
    }

    func testAScoreBelowTheBaselineScoreFails() throws {
        try writeBaseline()
        let raised = try String(contentsOfFile: baseline, encoding: .utf8)
            .replacingOccurrences(of: #""score" : \d+"#, with: "\"score\" : 100", options: .regularExpression)
        try TestSupport.write(raised, to: URL(fileURLWithPath: baseline))
        let result = TestSupport.run(["lint", "--baseline", baseline, post])
        XCTAssertEqual(result.code, 1)
        XCTAssertTrue(result.out.contains("(baseline 100)  FAIL"), result.out)
    }

    func testFilesAbsentFromTheBaselineUseTheNormalGate() throws {
        try TestSupport.write("{\"version\": 1, \"files\": []}\n", to: URL(fileURLWithPath: baseline))
        XCTAssertEqual(TestSupport.run(["lint", "--baseline", baseline, post]).code, 1)
        let complete = TestSupport.fixture("posts/complete-post.md")
        XCTAssertEqual(TestSupport.run(["lint", "--baseline", baseline, complete]).code, TestSupport.run(["lint", complete]).code)
    }

    func testMalformedOrMissingBaselineIsAOneLineUsageError() throws {
        for content in ["not json", "{\"version\": 1, \"files\": [{\"path\": 3}]}", "{\"version\": 7, \"files\": []}"] {
            try TestSupport.write(content, to: URL(fileURLWithPath: baseline))
            let result = TestSupport.run(["lint", "--baseline", baseline, post])
            XCTAssertEqual(result.code, 2, content)
            XCTAssertTrue(result.err.hasPrefix(baseline + ": error: "), result.err)
            XCTAssertEqual(result.err.split(separator: "\n").count, 1, result.err)
            XCTAssertTrue(result.out.isEmpty, "nothing is linted")
        }
        let missing = TestSupport.run(["lint", "--baseline", folder.appendingPathComponent("none.json").path, post])
        XCTAssertEqual(missing.code, 2)
        XCTAssertTrue(missing.err.contains("none.json: error: "), missing.err)
    }

    func testBaselineOptionsNeedAValueAndExcludeEachOther() {
        XCTAssertEqual(TestSupport.run(["lint", post, "--baseline"]).code, 2)
        XCTAssertEqual(TestSupport.run(["lint", "--baseline", baseline, "--write-baseline", baseline, post]).code, 2)
    }
}

final class SuppressionCommandTests: XCTestCase {
    func testSuppressedResultIsNotApplicableInJSONAndMetaGroupIsInTheTextReport() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let post = folder.appendingPathComponent("post.md")
        try TestSupport.write("# Indexes <!-- engage-disable-line hook/title-quantified -->\n\nText. <!-- engage-disable-line style/nope -->\n", to: post)
        let json = TestSupport.run(["lint", "--format", "json", post.path])
        let file = try XCTUnwrap((TestSupport.json(json.out)["files"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(file["results"] as? [[String: Any]])
        let title = try XCTUnwrap(results.first { $0["rule"] as? String == "hook/title-quantified" })
        XCTAssertEqual(title["status"] as? String, "n/a")
        XCTAssertEqual(title["suppressed"] as? Bool, true)
        XCTAssertTrue((title["message"] as? String ?? "").contains("(line 1)"))
        let meta = try XCTUnwrap(results.first { $0["rule"] as? String == "meta/unused-suppression" })
        XCTAssertEqual(meta["status"] as? String, "fail")
        XCTAssertEqual(meta["line"] as? Int, 3)
        XCTAssertEqual(meta["column"] as? Int, 7)
        let text = TestSupport.run(["lint", post.path]).out
        XCTAssertTrue(text.contains("✗ Meta"), text)
        XCTAssertTrue(text.contains("\(post.path):3:7: warning: Suppression silences nothing"), text)
    }
}
