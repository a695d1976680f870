import Foundation
import XCTest

/// `engage lint --format ...` and `--output FILE`.
final class LintFormatCommandTests: XCTestCase {
    let post = TestSupport.fixture("posts/complete-post.md")

    func testEveryFormatIsAcceptedAndLooksLikeItself() throws {
        let markers = ["text": "score ", "json": "{\"version\":1", "sarif": "\"version\":\"2.1.0\"", "github": "::notice ",
                       "junit": "<testsuites", "checkstyle": "<checkstyle version=\"4.3\">", "markdown": "| File | Score |"]
        for (format, marker) in markers {
            let result = TestSupport.run(["lint", "--format", format, post])
            XCTAssertTrue([0, 1].contains(result.code), "\(format): exit \(result.code) \(result.err)")
            XCTAssertTrue(result.out.contains(marker), "\(format) output lacks \(marker)")
            XCTAssertFalse(result.out.contains("\u{1B}["), "\(format) must not be coloured")
        }
        XCTAssertEqual(TestSupport.run(["lint", "--format=sarif", post]).out, TestSupport.run(["lint", "--format", "sarif", post]).out)
    }

    func testUnknownFormatIsAUsageErrorListingTheFormats() {
        let result = TestSupport.run(["lint", "--format", "yaml", post])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(result.err.contains("unknown format 'yaml' (expected text, json, sarif, github, junit, checkstyle, markdown)"), result.err)
        XCTAssertEqual(TestSupport.run(["sections", "--format", "sarif", post]).code, 2, "only lint has the CI formats")
        XCTAssertEqual(TestSupport.run(["lint", post, "--output"]).code, 2, "--output needs a value")
        XCTAssertEqual(TestSupport.run(["sections", "--output", "x", post]).code, 2, "only lint writes a report file")
    }

    func testOutputWritesTheFormatWhileTheTerminalGetsText() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("engage.sarif")
        let result = TestSupport.run(["lint", "--format", "sarif", "--output", file.path, post])
        XCTAssertTrue([0, 1].contains(result.code), result.err)
        XCTAssertTrue(result.out.contains("score ") && result.out.contains("/100"), "the terminal still gets the text report")
        XCTAssertFalse(result.out.contains("2.1.0"))
        let written = try TestSupport.json(String(contentsOf: file, encoding: .utf8))
        XCTAssertEqual(written["version"] as? String, "2.1.0")
        // Atomic: nothing but the report is left beside it.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["engage.sarif"])
    }

    func testTextReportFileIsNeverColoured() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.txt")
        let result = TestSupport.run(["lint", "--color", "--output", file.path, post])
        XCTAssertTrue(result.out.contains("\u{1B}["))
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains("score ") && !text.contains("\u{1B}["))
    }

    func testOutputReplacesAnExistingFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.xml")
        try TestSupport.write(String(repeating: "stale ", count: 10_000), to: file)
        _ = TestSupport.run(["lint", "--format", "checkstyle", "--output", file.path, post])
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("<?xml") && !text.contains("stale stale"))
    }

    func testUnwritableOutputIsExitTwoWithOneLine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for target in [folder.appendingPathComponent("missing/report.sarif").path, folder.path] {
            let result = TestSupport.run(["lint", "--format", "sarif", "--min-score", "0", "--output", target, post])
            XCTAssertEqual(result.code, 2, target)
            XCTAssertEqual(result.err.split(separator: "\n").count, 1, result.err)
            XCTAssertTrue(result.err.hasPrefix("engage: cannot write the report to '\(target)': "), result.err)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], "no temporary file left behind")
    }

    func testUnreadableInputsReachTheReportFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("junit.xml")
        let result = TestSupport.run(["lint", "--format", "junit", "--output", file.path, post, TestSupport.fixture("edge/invalid-utf8.md")])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("not valid UTF-8"))
    }
}
