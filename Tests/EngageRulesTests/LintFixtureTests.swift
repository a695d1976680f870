import EngageMarkdown
@testable import EngageRules
import Foundation
import XCTest

/// Fixture posts carry the lint verdicts they expect, as HTML comments, so a
/// fixture stays a valid post and its expectations sit beside the text:
///   <!-- expect: fail=RULE,RULE -->   these rules fail on the post
///   <!-- expect: pass=RULE,RULE -->   these rules pass
///   text <!-- expect: fail-line=RULE -->   (inline) RULE fails at this line
/// Every fixture under Fixtures/posts and Fixtures/sections is read: a new
/// file is a new test case.
final class LintFixtureTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    func testEveryFixtureVerdictHolds() throws {
        let engine = RuleEngine(rules: RuleCatalog.builtin.rules)
        var checked = 0
        for folder in ["posts", "sections"] {
            let base = Self.fixtures.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: base.path).sorted() where name.hasSuffix(".md") {
                let document = try MarkdownParser.parse(bytes: [UInt8](try Data(contentsOf: base.appendingPathComponent(name))))
                let report = engine.lint(document, path: base.appendingPathComponent(name).path)  // relative links resolve from it
                let results = Dictionary(uniqueKeysWithValues: report.results.map { ($0.rule.id, $0) })
                for (line, key, rules) in expectations(in: document) {
                    for id in rules {
                        checked += 1
                        let at = "\(folder)/\(name):\(line): \(id)"
                        guard let result = results[id] else { XCTFail("\(at): no such rule"); continue }
                        switch key {
                        case "fail": XCTAssertEqual(result.status, .fail, "\(at) should fail: \(result.evidence)")
                        case "pass": XCTAssertEqual(result.status, .pass, "\(at) should pass: \(result.message)")
                        case "fail-line":
                            XCTAssertTrue(result.status == .fail && result.locations.contains { $0.line == line },
                                          "\(at) should fail here; failed at \(result.locations.map(\.line))")
                        default: XCTFail("\(at): unknown expectation '\(key)'")
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 20, "the fixtures should carry rule verdicts")
    }

    /// (line, key, rule ids) of each verdict comment, block or inline.
    private func expectations(in document: Document) -> [(Int, String, [String])] {
        let comments = document.nodes { kind in
            switch kind {
            case .htmlBlock, .inlineHTML: return true
            default: return false
            }
        }
        return comments.compactMap { node in
            guard let text = document.literal(node), let range = text.firstRange(of: "expect:") else { return nil }
            var body = text[range.upperBound...]
            if let end = body.firstRange(of: "-->") { body = body[..<end.lowerBound] }
            let pair = body.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, ["fail", "pass", "fail-line"].contains(pair[0]) else { return nil }
            return (document.startLine(node), pair[0], pair[1].split(separator: ",").map(String.init))
        }
    }
}
