import EngageCLI
import Foundation
import XCTest

/// `.engage.json` through the command line: lint, sections, init, print-config.
final class ConfigurationCommandTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: root) }

    private func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    private func write(_ relative: String, _ text: String) throws { try TestSupport.write(text, to: root.appendingPathComponent(relative)) }

    private func post(_ relative: String) throws {
        try write(relative, try String(contentsOfFile: TestSupport.fixture("posts/complete-post.md"), encoding: .utf8))
    }

    func testABadConfigurationStopsTheRunWithOneMessage() throws {
        try post("blog/a.md")
        try write(".engage.json", "{\n  \"minScore\": \"high\"\n}\n")
        let result = TestSupport.run(["lint", path("blog")])
        XCTAssertEqual(result.code, 2)
        XCTAssertEqual(result.err, path(".engage.json") + ":2:15: error: \"minScore\" must be a whole number from 0 to 100 (got \"high\")\n")
        XCTAssertEqual(result.out, "", "no post is linted")
    }

    func testLintUsesTheNearestConfigurationPerPost() throws {
        try post("a.md")
        try post("strict/b.md")
        try write("strict/.engage.json", "{\"minScore\": 100}")
        let result = TestSupport.run(["lint", "--format", "json", path("a.md"), path("strict/b.md")])
        XCTAssertEqual(result.code, 1, result.err)
        let files = try XCTUnwrap(TestSupport.json(result.out)["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { $0["passed"] as? Bool }, [true, false])
        // --min-score beats the configuration.
        XCTAssertEqual(TestSupport.run(["lint", "--min-score", "0", path("strict/b.md")]).code, 0)
    }

    func testEachPostsVerdictNamesItsOwnMinimum() throws {
        try post("a.md")
        try post("strict/b.md")
        try write("strict/.engage.json", "{\"minScore\": 100}")
        let result = TestSupport.run(["lint", "--format", "markdown", path("a.md"), path("strict/b.md")])
        XCTAssertEqual(result.code, 1, result.err)
        let rows = result.out.split(separator: "\n").filter { $0.hasPrefix("| `") }
        XCTAssertEqual(rows.count, 2)
        XCTAssertTrue(rows[0].contains("✅ pass"), String(rows[0]))
        XCTAssertTrue(rows[1].contains("❌ fail (minimum 100)"), String(rows[1]))
    }

    func testRulesSwitchedOffAreNotReported() throws {
        try post("a.md")
        try write(".engage.json", "{\"rules\": {\"style\": \"off\"}}")
        let result = TestSupport.run(["lint", "--format", "json", path("a.md")])
        let files = try XCTUnwrap(TestSupport.json(result.out)["files"] as? [[String: Any]])
        let rules = try XCTUnwrap(files.first?["results"] as? [[String: Any]]).compactMap { $0["rule"] as? String }
        XCTAssertFalse(rules.isEmpty)
        XCTAssertFalse(rules.contains { $0.hasPrefix("style/") })
    }

    func testConfigOptionReplacesDiscovery() throws {
        try post("a.md")
        try write(".engage.json", "{\"minScore\": 100}")
        try write("ci.json", "{\"minScore\": 0}")
        XCTAssertEqual(TestSupport.run(["lint", path("a.md")]).code, 1)
        XCTAssertEqual(TestSupport.run(["lint", "--config", path("ci.json"), path("a.md")]).code, 0)
        let missing = TestSupport.run(["lint", "--config", path("nope.json"), path("a.md")])
        XCTAssertEqual(missing.code, 2)
        XCTAssertEqual(missing.err, path("nope.json") + ": error: no such configuration file\n")
    }

    func testIgnoredPostsAreSkippedUnderFoldersAndNotedWhenNamed() throws {
        try post("blog/a.md")
        try post("blog/drafts/b.md")
        try write(".engage.json", "{\"ignore\": [\"blog/drafts/**\"]}")
        let folder = TestSupport.run(["lint", "--format", "json", path("blog")])
        XCTAssertEqual(folder.code, 0, folder.err)
        XCTAssertEqual(folder.err, "")
        let files = try XCTUnwrap(TestSupport.json(folder.out)["files"] as? [[String: Any]])
        XCTAssertEqual(files.compactMap { $0["path"] as? String }, [path("blog") + "/a.md"])
        let named = TestSupport.run(["lint", "--format", "json", path("blog/drafts/b.md")])
        XCTAssertEqual(named.code, 0)
        XCTAssertEqual(named.err, path("blog/drafts/b.md") + ": skipped: matches ignore pattern \"blog/drafts/**\" (" + path(".engage.json") + ":1:12)\n")
        XCTAssertEqual((try TestSupport.json(named.out)["files"] as? [Any])?.count, 0)
    }

    func testReporterIsTheDefaultFormatAndFormatBeatsIt() throws {
        try post("a.md")
        try write(".engage.json", "{\"reporter\": \"json\"}")
        let configured = TestSupport.run(["lint", path("a.md")])
        XCTAssertEqual(try TestSupport.json(configured.out)["version"] as? Int, 1)
        let text = TestSupport.run(["lint", "--format", "text", path("a.md")])
        XCTAssertTrue(text.out.contains("score"), text.out)
        XCTAssertThrowsError(try TestSupport.json(text.out))
    }

    func testPostsWhoseConfigurationsDisagreeOnTheReporterNeedFormat() throws {
        try post("a.md")
        try post("b/b.md")
        try write("b/.engage.json", "{\"reporter\": \"json\"}")
        let result = TestSupport.run(["lint", path("a.md"), path("b/b.md")])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(result.err.contains("disagree on \"reporter\""), result.err)
        XCTAssertEqual(TestSupport.run(["lint", "--format", "text", path("a.md"), path("b/b.md")]).code, 0)
    }

    func testSectionsCommandUsesConfiguredPhrasings() throws {
        try write("p.md", "# Cut Build Times 10x in 15 Minutes\n\nYour builds take 40 minutes. In this post you will learn how to cut them to 4.\n\n## Kick the Tyres\n\nRun `make fast` and watch the build finish.\n")
        func lastSection() throws -> String? {
            let result = TestSupport.run(["sections", "--format", "json", path("p.md")])
            let file = try XCTUnwrap((TestSupport.json(result.out)["files"] as? [[String: Any]])?.first)
            return (file["parts"] as? [[String: Any]])?.last?["section"] as? String
        }
        XCTAssertNotEqual(try lastSection(), "quick-win")
        try write(".engage.json", "{\"sections\": {\"quick-win\": [\"Kick the tyres\"]}}")
        XCTAssertEqual(try lastSection(), "quick-win")
        try write(".engage.json", "{\"sections\": {\"quickwin\": []}}")
        XCTAssertEqual(TestSupport.run(["sections", path("p.md")]).code, 2)
    }

    func testInitWritesAStarterThatLoadsAndRefusesToOverwrite() throws {
        let first = TestSupport.run(["init", root.path])
        XCTAssertEqual(first.code, 0, first.err)
        let written = try String(contentsOfFile: path(".engage.json"), encoding: .utf8)
        for key in ["minScore", "strict", "reporter", "rules", "sections", "companies", "ignore"] {
            XCTAssertTrue(written.contains("\"\(key)\""), "starter shows \(key)")
        }
        try post("a.md")
        let lint = TestSupport.run(["lint", path("a.md")])
        XCTAssertEqual(lint.code, 0, lint.err)
        XCTAssertEqual(lint.err, "")
        let printed = TestSupport.run(["print-config", path("a.md")])
        XCTAssertTrue(printed.out.contains("minScore: 70  (" + path(".engage.json") + ":2:15)"), printed.out)

        try write(".engage.json", "{\"minScore\": 5}")
        let again = TestSupport.run(["init", root.path])
        XCTAssertEqual(again.code, 2)
        XCTAssertTrue(again.err.contains("already exists"), again.err)
        XCTAssertEqual(try String(contentsOfFile: path(".engage.json"), encoding: .utf8), "{\"minScore\": 5}")
        XCTAssertEqual(TestSupport.run(["init", path("custom.json")]).code, 0, "a file path is written as given")
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("custom.json")))
    }

    func testPrintConfigShowsEachValueAndItsSource() throws {
        try write(".engage.json", "{\n  \"minScore\": 60,\n  \"rules\": {\"style/lists\": \"off\", \"problem/quantified\": {\"params\": {\"min\": 5}}}\n}")
        try write("blog/.engage.json", "{\"minScore\": 80, \"companies\": [\"Acme\"]}")
        let text = TestSupport.run(["print-config", path("blog/a.md")])
        XCTAssertEqual(text.code, 0, text.err)
        let config = path("blog/.engage.json")
        XCTAssertTrue(text.out.contains("files: \(path(".engage.json")), \(config)"), text.out)
        XCTAssertTrue(text.out.contains("minScore: 80  (\(config):1:14)"), text.out)
        XCTAssertTrue(text.out.contains("strict: false  (default)"), text.out)
        XCTAssertTrue(text.out.contains("companies: [\"Acme\"]  (\(config):1:31)"), text.out)
        XCTAssertTrue(text.out.contains("style/lists  off (\(path(".engage.json")):3:28)"), text.out)
        XCTAssertTrue(text.out.contains("min=5 (\(path(".engage.json")):3:76)"), text.out)

        let json = TestSupport.run(["print-config", "--format", "json", path("blog/a.md")])
        let object = try TestSupport.json(json.out)
        let minScore = try XCTUnwrap(object["minScore"] as? [String: Any])
        XCTAssertEqual(minScore["value"] as? Int, 80)
        XCTAssertEqual(minScore["source"] as? String, "\(config):1:14")
        let strict = try XCTUnwrap(object["strict"] as? [String: Any])
        XCTAssertEqual(strict["value"] as? Bool, false)
        XCTAssertEqual(strict["source"] as? String, "default")
        let rules = try XCTUnwrap(object["rules"] as? [[String: Any]])
        let lists = try XCTUnwrap(rules.first { $0["id"] as? String == "style/lists" })
        XCTAssertEqual(lists["enabled"] as? Bool, false)
        let quantified = try XCTUnwrap(rules.first { $0["id"] as? String == "problem/quantified" })
        let min = try XCTUnwrap((quantified["params"] as? [String: Any])?["min"] as? [String: Any])
        XCTAssertEqual(min["value"] as? Int, 5)
        XCTAssertEqual(min["source"] as? String, "\(path(".engage.json")):3:76")
        XCTAssertEqual(TestSupport.run(["print-config", path("a.md"), path("b.md")]).code, 2, "one post only")
    }
}
