@testable import EngageMarkdown
import EngageSections
import Foundation
import XCTest

/// Runs every fixture post that carries section expectations as HTML comments:
///   <!-- expect: section=ID -->        the part holding the comment is ID
///   <!-- expect: present=ID,ID -->     these sections are present
///   <!-- expect: missing=ID,ID -->     these sections are absent
/// Fixtures are discovered, never listed: a new file is a new test case.
final class SectionFixtureTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    func testEveryFixtureExpectationHolds() throws {
        var checked = 0
        for folder in ["posts", "sections"] {
            let base = Self.fixtures.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: base.path).sorted() where name.hasSuffix(".md") {
                let document = try MarkdownParser.parse(bytes: [UInt8](try Data(contentsOf: base.appendingPathComponent(name))))
                let map = SectionClassifier().classify(document)
                checked += check(map, in: document, file: "\(folder)/\(name)")
            }
        }
        XCTAssertGreaterThan(checked, 30, "the fixtures should carry section expectations")
    }

    /// Checks one file's expectations; returns how many it checked.
    private func check(_ map: SectionMap, in document: Document, file: String) -> Int {
        var checked = 0
        // Rule verdicts (fail=, pass=, fail-line=) are LintFixtureTests' to check.
        for (line, key, values) in expectations(in: document) where !["fail", "pass", "fail-line"].contains(key) {
            checked += 1
            switch key {
            case "section":
                let part = map.parts.last { $0.region.startLine <= line }
                let sub = part?.subsections.last { $0.region.startLine <= line && line <= $0.region.endLine }
                let got = sub?.section ?? part?.section
                XCTAssertEqual(got?.rawValue, values.first, "\(file):\(line): part '\(part?.heading ?? "-")' evidence \(part?.evidence ?? [])")
            case "present":
                for id in values { XCTAssertEqual(map.present[section(id)], true, "\(file):\(line): \(id) should be present") }
            case "missing":
                for id in values { XCTAssertEqual(map.present[section(id)], false, "\(file):\(line): \(id) should be missing") }
            default:
                XCTFail("\(file):\(line): unknown expectation '\(key)'")
            }
        }
        return checked
    }

    private func section(_ id: String) -> SectionID {
        guard let section = SectionID(rawValue: id) else {
            XCTFail("unknown section id '\(id)' in a fixture")
            return .other
        }
        return section
    }

    private func expectations(in document: Document) -> [(Int, String, [String])] {
        document.nodes { if case .htmlBlock = $0 { return true } else { return false } }.compactMap { node in
            guard let text = document.literal(node), let range = text.firstRange(of: "expect:") else { return nil }
            var body = text[range.upperBound...]
            if let end = body.firstRange(of: "-->") { body = body[..<end.lowerBound] }
            let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
            let pair = trimmed.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { return nil }
            return (document.startLine(node), pair[0], pair[1].split(separator: ",").map(String.init))
        }
    }
}
