@testable import EngageReport
@testable import EngageRules
import Foundation
import XCTest

/// Hostile text must reach every consumer intact and never break its format:
/// `%`, newlines, `:` `,`, `<&">`, `|`, and control characters.
final class ReportEscapingTests: XCTestCase {
    let files = ReportSamples.files
    let errors = ReportSamples.errors
    let context = ReportSamples.context
    let nasty = ReportSamples.nastyMessage

    func testWorkflowCommandEscapesDataAndProperties() {
        XCTAssertEqual(GitHubReporter.escapeData("100% done\r\nnext: a, b"), "100%25 done%0D%0Anext: a, b")
        XCTAssertEqual(GitHubReporter.escapeProperty("a:b,c%\n"), "a%3Ab%2Cc%25%0A")
        // `%0A` already in the text is data, not a newline: its `%` is escaped once.
        XCTAssertEqual(GitHubReporter.escapeData("%0A"), "%250A")
        XCTAssertEqual(GitHubReporter.command("error", properties: [("file", "a,b.md"), ("title", "x:y")], message: "m: n, o"),
                       "::error file=a%2Cb.md,title=x%3Ay::m: n, o")
    }

    func testEveryWorkflowCommandStaysOnOneLine() {
        let output = GitHubReporter.report(files, errors: errors, context: context)
        let lines = output.split(separator: "\n")
        let locations = files.flatMap(\.failures).reduce(0) { $0 + $1.locations.count }
        XCTAssertEqual(lines.count, locations + files.count + errors.count)
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
        XCTAssertTrue(output.contains("file=posts/odd name%2Cv2%3A50%25|<&>.md,line=7,col=12,title=accuracy/placeholder-links::"
                                      + "50%25 of <links> & \"quotes\": broken,%0Asee | here\u{01}"))
        XCTAssertTrue(output.contains("::notice file=posts/odd name%2Cv2%3A50%25|<&>.md,title=engage score::Score 12/100 (fails: minimum 70)"))
    }

    func testXMLEscapesMarkupNewlinesAndForbiddenCharacters() {
        XCTAssertEqual(XMLText.attribute("a<b>&\"c\"\n\td\r"), "a&lt;b&gt;&amp;&quot;c&quot;&#10;&#9;d&#13;")
        XCTAssertEqual(XMLText.content("<&>\"\n"), "&lt;&amp;&gt;\"\n")
        XCTAssertEqual(XMLText.content("a\u{00}b\u{1B}c\u{FFFE}d😀"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}d😀")
    }

    func testXMLReportsParseAndKeepTheMessage() throws {
        let expected = nasty.replacingOccurrences(of: "\u{01}", with: "\u{FFFD}")
        let checkstyle = try XCTUnwrap(Structural.xml(CheckstyleReporter.report(files, errors: errors)), "checkstyle is not well-formed")
        let odd = try XCTUnwrap(checkstyle.children.first { $0.attributes["name"] == ReportSamples.nastyPath })
        XCTAssertTrue(odd.children.contains { $0.attributes["message"] == expected && $0.attributes["source"] == "engage.accuracy/placeholder-links" })

        let junit = try XCTUnwrap(Structural.xml(JUnitReporter.report(files, errors: errors)), "junit is not well-formed")
        let suite = try XCTUnwrap(junit.children.first { $0.attributes["name"] == ReportSamples.nastyPath })
        let failure = try XCTUnwrap(suite.children.first { $0.attributes["name"] == "accuracy/placeholder-links" }?.children.first)
        XCTAssertEqual(failure.name, "failure")
        XCTAssertEqual(failure.attributes["message"], expected)
        XCTAssertTrue(failure.text.hasSuffix("\(ReportSamples.nastyPath):7:12: \(expected)"))
    }

    func testSARIFKeepsTheMessageAndEncodesTheURI() throws {
        let log = try XCTUnwrap(Structural.json(SARIFReporter.report(files, errors: errors, context: context)) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        let last = try XCTUnwrap(results.last)
        XCTAssertEqual((last["message"] as? [String: Any])?["text"] as? String, nasty)
        let location = try XCTUnwrap((last["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try XCTUnwrap(location["artifactLocation"] as? [String: Any])
        XCTAssertEqual(artifact["uri"] as? String, "posts/odd%20name,v2%3A50%25%7C%3C&%3E.md")
        XCTAssertEqual(artifact["uriBaseId"] as? String, "%SRCROOT%")
        XCTAssertEqual(URL(string: artifact["uri"] as! String)?.path, ReportSamples.nastyPath)
    }

    func testSARIFPathsAreRelativeToTheWorkingDirectory() {
        func uri(_ path: String) -> String? {
            guard case .object(let members) = SARIFReporter.artifactLocation(path, workingDirectory: "/work/repo"),
                  case .string(let uri)? = members.first(where: { $0.0 == "uri" })?.1 else { return nil }
            return uri
        }
        XCTAssertEqual(uri("/work/repo/posts/a.md"), "posts/a.md")
        XCTAssertEqual(uri("./posts/a.md"), "posts/a.md")
        XCTAssertEqual(uri("/elsewhere/é #1.md"), "file:///elsewhere/%C3%A9%20%231.md")
        XCTAssertEqual(uri("/work/repository/a.md"), "file:///work/repository/a.md", "a sibling folder is not under the root")
        XCTAssertEqual(SARIFReporter.name(of: "quick-win/time-boxed"), "QuickWinTimeBoxed")
    }

    func testMarkdownCellsNeverBreakTheTable() {
        let output = MarkdownSummaryReporter.report(files, errors: errors)
        let rows = output.split(separator: "\n").filter { $0.hasPrefix("| ") }
        XCTAssertEqual(rows.count, 1 + files.count)
        for row in rows {
            // Unescaped pipes: the 6 that delimit 5 cells.
            let delimiters = row.indices.filter { row[$0] == "|" && (row.startIndex == $0 || row[row.index(before: $0)] != "\\") }
            XCTAssertEqual(delimiters.count, 6, String(row))
        }
        XCTAssertTrue(output.contains("50% of &lt;links&gt; &amp; \"quotes\": broken, see \\| here"))
        XCTAssertEqual(MarkdownSummaryReporter.cell("a|b\nc"), "a\\|b c")
        XCTAssertEqual(MarkdownSummaryReporter.code("a`b"), "``a`b``")
    }

    func testTopFailuresAreRankedBySeverityThenWeight() {
        let ranked = ReportFacts.byImportance(ReportSamples.oddPost.failures.filter { !$0.sectionMissing }).map(\.rule.id)
        XCTAssertEqual(ranked, ["hook/title-quantified", "accuracy/placeholder-links", "style/short-paragraphs"])
    }

    func testVerdictSaysWhyAFilePassedOrFailed() {
        XCTAssertEqual(ReportFacts.verdictReason(ReportSamples.goodPost), "minimum 70")
        XCTAssertEqual(ReportFacts.verdictReason(ReportSamples.oddPost), "minimum 70")
        var lenient = ReportSamples.oddPost
        lenient.gate = GateOptions(minScore: 10)
        XCTAssertEqual(ReportFacts.verdictReason(lenient), "2 error(s)", "the file's own gate, as its configuration set it")
    }

    func testUnreadableInputsAppearInEveryFormat() {
        for format in ReportFormat.allCases where format != .text {
            let output = format.render(files, errors: errors, context: context)
            XCTAssertTrue(output.contains("posts/bad.md") && output.contains("not valid UTF-8"), "\(format.rawValue) drops unreadable inputs")
        }
    }
}
