import EngageCLI
import Foundation
import XCTest

final class InputTests: XCTestCase {
    func testFolderSearchFindsMarkdownRecursivelyAndSkipsHiddenAndDependencies() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["a.md", "b.markdown", "c.MDX", "notes.txt", "sub/deeper/z.md", ".hidden/x.md",
                     ".git/y.md", "node_modules/pkg/readme.md", ".dotfile.md"] {
            try TestSupport.write("# T\n", to: root.appendingPathComponent(name))
        }
        let (files, problems) = InputCollector.collect([root.path])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(files.map(\.displayPath), ["a.md", "b.markdown", "c.MDX", "sub/deeper/z.md"].map { root.path + "/" + $0 })
    }

    func testExplicitFilesAreKeptAsGivenAndDeduplicated() throws {
        let path = TestSupport.fixture("edge/no-headings.md")
        let (files, _) = InputCollector.collect([path, path, "-"])
        XCTAssertEqual(files.map(\.displayPath), [path, "<stdin>"])
    }

    func testMissingPathIsReportedAndTheOtherFilesStillRun() throws {
        let good = TestSupport.fixture("edge/no-headings.md")
        let result = TestSupport.run(["outline", "--format", "json", "/no/such/post.md", good])
        XCTAssertEqual(result.code, 2)
        XCTAssertEqual(result.err, "/no/such/post.md: error: no such file or directory\n")
        let files = try XCTUnwrap(TestSupport.json(result.out)["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { $0["path"] as? String }, [good])
    }

    func testInvalidUTF8AndNulBytesGiveOneLineErrorsWithFileAndLine() throws {
        let bad = TestSupport.fixture("edge/invalid-utf8.md")
        let nul = TestSupport.fixture("edge/nul-byte.md")
        let good = TestSupport.fixture("edge/crlf.md")
        let result = TestSupport.run(["lint", bad, nul, good])
        XCTAssertEqual(result.code, 2)
        let lines = result.err.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, [
            "\(bad):3: error: not valid UTF-8 (byte offset 43); save the file as UTF-8",
            "\(nul):2: error: contains a NUL byte (byte offset 9); is it a binary file?",
        ])
        XCTAssertTrue(result.out.contains(good), "the valid file is still processed")
    }

    func testErrorsAppearInJSONToo() throws {
        let bad = TestSupport.fixture("edge/invalid-utf8.md")
        let result = TestSupport.run(["outline", "--format", "json", bad])
        let errors = try XCTUnwrap(TestSupport.json(result.out)["errors"] as? [[String: Any]])
        XCTAssertEqual(errors.first?["path"] as? String, bad)
        XCTAssertEqual(errors.first?["line"] as? Int, 3)
    }

    func testStandardInputIsReadForDash() throws {
        let result = TestSupport.run(["outline", "--format", "json", "-"], stdin: "# From stdin\n")
        XCTAssertEqual(result.code, 0)
        let files = try XCTUnwrap(TestSupport.json(result.out)["files"] as? [[String: Any]])
        XCTAssertEqual(files.first?["path"] as? String, "<stdin>")
    }

    func testLintNeverModifiesTheFile() throws {
        let root = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let post = root.appendingPathComponent("post.md")
        try TestSupport.write("# Title\r\n\r\nText   \r\n", to: post)
        let before = try Data(contentsOf: post)
        let modified = try FileManager.default.attributesOfItem(atPath: post.path)[.modificationDate] as? Date
        _ = TestSupport.run(["lint", root.path])
        XCTAssertEqual(try Data(contentsOf: post), before)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: post.path)[.modificationDate] as? Date, modified)
    }
}
