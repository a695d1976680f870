import EngageReport
import Foundation
import XCTest

/// Every format rendered from `ReportSamples` and compared with its golden in
/// `Fixtures/reports/`, structurally (see `Structural`). After an intended
/// change, `ENGAGE_REGENERATE=1 swift test --filter ReportFormatGoldenTests`
/// rewrites the goldens; review the diff before committing it.
final class ReportFormatGoldenTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reports")

    enum Shape { case json, xml, lines }

    static let shapes: [ReportFormat: Shape] = [
        .text: .lines, .json: .json, .sarif: .json, .github: .lines, .junit: .xml, .checkstyle: .xml, .markdown: .lines,
    ]

    func testEveryFormatMatchesItsGolden() throws {
        let regenerate = ProcessInfo.processInfo.environment["ENGAGE_REGENERATE"] == "1"
        for format in ReportFormat.allCases {
            let actual = format.render(ReportSamples.files, errors: ReportSamples.errors, context: ReportSamples.context)
            // Not .md: the folder must not look like posts to `engage lint Fixtures/`.
            let url = Self.folder.appendingPathComponent("lint.\(format.rawValue).golden")
            if regenerate {
                try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            try assertSameStructure(actual, expected, shape: Self.shapes[format]!, format: format)
        }
    }

    private func assertSameStructure(_ actual: String, _ expected: String, shape: Shape, format: ReportFormat) throws {
        let hint = "\(format.rawValue) differs from its golden: ENGAGE_REGENERATE=1 swift test --filter ReportFormatGoldenTests"
        switch shape {
        case .json:
            XCTAssertEqual(try Structural.json(actual), try Structural.json(expected), hint)
        case .xml:
            let actualTree = try XCTUnwrap(Structural.xml(actual), "\(format.rawValue) is not well-formed XML")
            XCTAssertEqual(actualTree, Structural.xml(expected), hint)
        case .lines:
            let actualLines = Structural.lines(actual), expectedLines = Structural.lines(expected)
            XCTAssertEqual(actualLines.subtracting(expectedLines).sorted(), [], hint + " (lines not in the golden)")
            XCTAssertEqual(expectedLines.subtracting(actualLines).sorted(), [], hint + " (golden lines missing)")
        }
    }
}
