import EngageMarkdown
import EngageReport
import EngageRules
import Foundation
import XCTest

/// The formats on real lint results (the Fixtures posts through the real
/// engine): not pinned to goldens, since rules evolve, but every format must
/// parse and carry exactly one finding per failing location.
final class ReportFormatEngineTests: XCTestCase {
    static let reports: [FileReport] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let engine = RuleEngine(rules: RuleCatalog.builtin.rules)
        return ["complete-post.md", "documentation-style.md"].map { name in
            let text = try! String(contentsOf: root.appendingPathComponent("Fixtures/posts/\(name)"), encoding: .utf8)
            return engine.lint(MarkdownParser.parse(text), path: "Fixtures/posts/\(name)")
        }
    }()

    var failingLocations: Int { Self.reports.flatMap(\.failures).reduce(0) { $0 + $1.locations.count } }
    let context = ReportContext(toolVersion: "0.0.0")

    func testSARIFHasOneResultPerFailingLocationAndEveryRule() throws {
        let log = try XCTUnwrap(Structural.json(ReportFormat.sarif.render(Self.reports, errors: [], context: context)) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        XCTAssertEqual((run["results"] as? [Any])?.count, failingLocations)
        let rules = (run["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["rules"] as? [[String: Any]]
        XCTAssertEqual(rules?.count, RuleCatalog.builtin.rules.count)
    }

    func testXMLFormatsAreWellFormedAndCountFindings() throws {
        let checkstyle = try XCTUnwrap(Structural.xml(ReportFormat.checkstyle.render(Self.reports, errors: [], context: context)))
        XCTAssertEqual(checkstyle.children.flatMap(\.children).count, failingLocations)
        let junit = try XCTUnwrap(Structural.xml(ReportFormat.junit.render(Self.reports, errors: [], context: context)))
        XCTAssertEqual(junit.attributes["tests"], String(Self.reports.reduce(0) { $0 + $1.results.count }))
        XCTAssertEqual(junit.attributes["failures"], String(Self.reports.reduce(0) { $0 + $1.failures.count }))
    }

    func testGitHubHasOneAnnotationPerFailingLocationPlusScores() {
        let lines = ReportFormat.github.render(Self.reports, errors: [], context: context).split(separator: "\n")
        XCTAssertEqual(lines.count, failingLocations + Self.reports.count)
    }
}
