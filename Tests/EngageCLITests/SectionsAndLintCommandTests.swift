import EngageCLI
import XCTest

final class SectionsCommandTests: XCTestCase {
    func testJSONMapOfTheCompletePostFollowsTheFramework() throws {
        let path = TestSupport.fixture("posts/complete-post.md")
        let result = TestSupport.run(["sections", "--format", "json", path])
        XCTAssertEqual(result.code, 0, result.err)
        let file = try XCTUnwrap((TestSupport.json(result.out)["files"] as? [[String: Any]])?.first)
        XCTAssertEqual(file["path"] as? String, path)
        XCTAssertEqual(file["title"] as? String, "Connection Pooling: Cut API Latency 40x in 15 Minutes")
        let parts = try XCTUnwrap(file["parts"] as? [[String: Any]])
        XCTAssertEqual(parts.map { $0["section"] as? String },
                       ["hook", "problem", "why-fails", "shift", "solution", "proof", "quick-win", "cta"])
        XCTAssertEqual(parts.first?["line"] as? Int, 1)
        XCTAssertEqual(parts[1]["line"] as? Int, 14)
        for part in parts {
            let confidence = try XCTUnwrap(part["confidence"] as? Double)
            XCTAssertTrue((0...1).contains(confidence))
            XCTAssertFalse((part["evidence"] as? [String] ?? []).isEmpty, "every part says why")
        }
        let present = try XCTUnwrap(file["present"] as? [String: Bool])
        XCTAssertEqual(present.count, 8)
        XCTAssertTrue(present.values.allSatisfy { $0 })
        XCTAssertEqual(file["coverage"] as? String, "8/8 sections")
    }

    func testTextMapEndsWithTheCoverageLine() {
        let result = TestSupport.run(["sections", TestSupport.fixture("posts/documentation-style.md")])
        XCTAssertEqual(result.code, 0)
        XCTAssertTrue(result.out.contains("2/8 sections: missing hook, problem, why-fails, shift, proof, quick-win"), result.out)
        XCTAssertTrue(result.out.contains("## Conclusion"))
    }
}

final class LintCommandTests: XCTestCase {
    func testJSONReportIsVersionedAndListsEveryRuleForEveryFile() throws {
        let paths = [TestSupport.fixture("posts/complete-post.md"), TestSupport.fixture("posts/documentation-style.md")]
        let result = TestSupport.run(["lint", "--format", "json"] + paths)
        let root = try TestSupport.json(result.out)
        XCTAssertEqual(root["version"] as? Int, 1)
        let files = try XCTUnwrap(root["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { $0["path"] as? String }, paths)
        let ruleCount = TestSupport.run(["rules", "--format", "json"]).out
        let rules = try XCTUnwrap(TestSupport.json(ruleCount)["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        XCTAssertFalse(rules.isEmpty)
        for file in files {
            let results = try XCTUnwrap(file["results"] as? [[String: Any]])
            XCTAssertEqual(results.compactMap { $0["rule"] as? String }.sorted(), rules.sorted())
            for entry in results {
                XCTAssertTrue(["pass", "fail", "n/a"].contains(entry["status"] as? String ?? ""))
                XCTAssertTrue(["error", "warning", "info"].contains(entry["severity"] as? String ?? ""))
                if entry["status"] as? String == "fail" {
                    XCTAssertGreaterThanOrEqual(entry["line"] as? Int ?? 0, 1)
                    XCTAssertGreaterThanOrEqual(entry["column"] as? Int ?? 0, 1)
                    XCTAssertFalse((entry["message"] as? String ?? "").isEmpty)
                }
            }
            let score = try XCTUnwrap(file["score"] as? Int)
            XCTAssertTrue((0...100).contains(score))
        }
        let documentation = files[1]
        XCTAssertEqual(documentation["passed"] as? Bool, false)
        XCTAssertEqual(result.code, 1, "a failing file makes the exit code 1")
    }

    func testTextReportPointsAtFileLineColumnWithoutColourWhenPiped() {
        let path = TestSupport.fixture("posts/documentation-style.md")
        let result = TestSupport.run(["lint", path])
        XCTAssertEqual(result.code, 1)
        XCTAssertTrue(result.out.hasPrefix("\(path)  score "), result.out)
        XCTAssertTrue(result.out.contains("FAIL"))
        XCTAssertTrue(result.out.contains("\(path):1:1: error: Title has no number"), result.out)
        XCTAssertFalse(result.out.contains("\u{1B}["), "no ANSI colour when not on a terminal")
    }

    func testColourCanBeForcedAndQuietDropsPasses() {
        let path = TestSupport.fixture("posts/complete-post.md")
        XCTAssertTrue(TestSupport.run(["lint", "--color", path]).out.contains("\u{1B}["))
        let quiet = TestSupport.run(["lint", "--quiet", path]).out
        XCTAssertFalse(quiet.contains("✓ hook/title-quantified"), quiet)
    }

    func testMinScoreAndStrictAreValidated() {
        XCTAssertEqual(TestSupport.run(["lint", "--min-score", "101", "x.md"]).code, 2)
        XCTAssertEqual(TestSupport.run(["lint", "--min-score", "abc", "x.md"]).code, 2)
        let path = TestSupport.fixture("posts/complete-post.md")
        XCTAssertEqual(TestSupport.run(["lint", "--min-score", "0", "--format", "json", path]).code == 2, false)
    }

    func testUnreadableFileIsExitTwoEvenWhenOthersPass() {
        let result = TestSupport.run(["lint", "--min-score", "0", TestSupport.fixture("edge/invalid-utf8.md")])
        XCTAssertEqual(result.code, 2)
    }
}

final class RulesCommandTests: XCTestCase {
    func testRulesListsIdsSeveritiesAndChecklistItems() {
        let result = TestSupport.run(["rules"])
        XCTAssertEqual(result.code, 0)
        XCTAssertTrue(result.out.contains("hook/title-quantified"))
        XCTAssertTrue(result.out.contains("Quantified Benefit in the title"))
    }

    func testExplainPrintsTheDocWithExamples() {
        let result = TestSupport.run(["explain", "problem/quantified"])
        XCTAssertEqual(result.code, 0)
        XCTAssertTrue(result.out.contains("## Fails"))
        XCTAssertTrue(result.out.contains("## Passes"))
    }

    func testExplainUnknownRuleSuggestsCloseOnes() {
        let result = TestSupport.run(["explain", "quantified"])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(result.err.contains("did you mean"), result.err)
    }
}
