@testable import EngageMarkdown
import XCTest

final class FrontMatterTests: XCTestCase {
    func testYAMLScalarsListsAndQuotes() throws {
        let document = MarkdownParser.parse("""
        ---
        title: "Indexes: 1000x Faster"
        description: 'It''s fast' # comment
        tags: [databases, "sql, indexes", perf]
        authors:
          - Ana
          - "Bo"
        draft: false
        ---
        # Heading
        """)
        let meta = try XCTUnwrap(document.frontMatter)
        XCTAssertEqual(meta.format, .yaml)
        XCTAssertEqual(meta.string("title"), "Indexes: 1000x Faster")
        XCTAssertEqual(meta.string("description"), "It's fast")
        XCTAssertEqual(meta.strings("tags"), ["databases", "sql, indexes", "perf"])
        XCTAssertEqual(meta.strings("authors"), ["Ana", "Bo"])
        XCTAssertEqual(meta.string("draft"), "false")
        XCTAssertEqual(meta["tags"]?.line, 4)
        XCTAssertEqual(document.kind(try XCTUnwrap(document.firstChild(document.root))), .frontMatter)
        XCTAssertEqual(document.endLine(try XCTUnwrap(document.firstChild(document.root))), 9)
    }

    func testNestedMapsAreKeptRawNotFailed() throws {
        let document = MarkdownParser.parse("---\nengage:\n  disable: [hook]\nseo: {a: 1}\n---\n")
        let meta = try XCTUnwrap(document.frontMatter)
        XCTAssertEqual(meta["engage"]?.value, .raw("  disable: [hook]"))
        XCTAssertEqual(meta["seo"]?.value, .raw("{a: 1}"))
    }

    func testBlockScalarsAreJoined() throws {
        let meta = try XCTUnwrap(MarkdownParser.parse("---\ndescription: >\n  one\n  two\n---\n").frontMatter)
        XCTAssertEqual(meta.string("description"), "one two")
    }

    func testTOMLFrontMatter() throws {
        let meta = try XCTUnwrap(MarkdownParser.parse("+++\ntitle = \"Fast\"\ntags = [\"a\", \"b\"]\n[extra]\nx = 1\n+++\nBody").frontMatter)
        XCTAssertEqual(meta.format, .toml)
        XCTAssertEqual(meta.string("title"), "Fast")
        XCTAssertEqual(meta.strings("tags"), ["a", "b"])
        XCTAssertNil(meta["x"])
    }

    func testUnclosedOrLateDelimiterIsNotFrontMatter() {
        XCTAssertNil(MarkdownParser.parse("---\ntitle: x\n\nBody").frontMatter)
        XCTAssertNil(MarkdownParser.parse("Intro\n---\ntitle: x\n---\n").frontMatter)
    }

    func testFrontMatterAfterBOMAndWithCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: T\r\n---\r\nBody\r\n".utf8)
        let meta = try XCTUnwrap(try MarkdownParser.parse(bytes: bytes).frontMatter)
        XCTAssertEqual(meta.string("title"), "T")
    }

    func testGarbageNeverCrashes() {
        let inputs = ["---\n:\n- \n[\n{\n'\n\"\n---", "---\n---", "+++\n=\n+++", "---\nkey: [unclosed\n---"]
        for input in inputs { _ = MarkdownParser.parse(input) }
    }
}

final class FrontMatterNestedMapTests: XCTestCase {
    func testBlockNestedMapIsReadWithItsLines() throws {
        let meta = try XCTUnwrap(MarkdownParser.parse("---\ntitle: T\nengage:\n  disable:\n    - quick-win\n    - problem/quantified\n  other: x\n---\n").frontMatter)
        let engage = try XCTUnwrap(meta.map("engage"))
        XCTAssertEqual(engage.map(\.key), ["disable", "other"])
        XCTAssertEqual(engage.first?.value, .list(["quick-win", "problem/quantified"]))
        XCTAssertEqual(engage.first?.line, 4)
        XCTAssertEqual(engage.last?.line, 7)
    }

    func testFlowListUnderABlockMap() throws {
        let meta = try XCTUnwrap(MarkdownParser.parse("---\nengage:\n  disable: [quick-win, problem/quantified]\n---\n").frontMatter)
        XCTAssertEqual(meta.map("engage")?.first, FrontMatterEntry(key: "disable", value: .list(["quick-win", "problem/quantified"]), line: 3))
    }

    func testFlowMap() throws {
        let meta = try XCTUnwrap(MarkdownParser.parse("---\nengage: {disable: [hook, \"a, b\"], mode: strict}\n---\n").frontMatter)
        let engage = try XCTUnwrap(meta.map("engage"))
        XCTAssertEqual(engage, [FrontMatterEntry(key: "disable", value: .list(["hook", "a, b"]), line: 2),
                                FrontMatterEntry(key: "mode", value: .string("strict"), line: 2)])
    }

    func testScalarsAndListsAreNoMap() throws {
        let meta = try XCTUnwrap(MarkdownParser.parse("---\ntitle: T\ntags:\n  - a\n---\n").frontMatter)
        XCTAssertNil(meta.map("title"))
        XCTAssertNil(meta.map("tags"))
        XCTAssertNil(meta.map("missing"))
    }
}
