@testable import EngageCLI
import Foundation
import XCTest

/// `--changed-since` against real temporary git repositories.
final class ChangedFilesTests: XCTestCase {
    private var repo: URL!

    override func setUpWithError() throws {
        repo = try TestSupport.temporaryFolder()
        try git("init", "-q", "-b", "main")
        try write("a.md", "# A\n")
        try write("b.md", "# B\n\nSome text that git can follow through a rename.\n")
        try write("gone.md", "# Gone\n")
        try write("notes.txt", "not markdown\n")
        try write(".gitignore", "build/\n")
        try commit("base")
        try git("checkout", "-q", "-b", "feature")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: repo)
    }

    func testModifiedRenamedAndUntrackedPostsCountButDeletionsAndOtherFilesDoNot() throws {
        try write("a.md", "# A\n\nEdited.\n")
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try git("mv", "b.md", "docs/b-renamed.md")
        try git("rm", "-q", "gone.md")
        try write("notes.txt", "changed, but not markdown\n")
        try commit("feature work")
        try write("new-post.mdx", "# New\n")          // untracked, not ignored
        try write("build/generated.md", "# Ignored\n") // ignored by .gitignore
        let changed = try ChangedFiles.since("main", limitedTo: [], workingDirectory: repo.path)
        XCTAssertEqual(changed, ["a.md", "docs/b-renamed.md", "new-post.mdx"])
    }

    func testUncommittedEditsCountAndCommitsOnTheBaseBranchDoNot() throws {
        try write("a.md", "# A\n\nNot committed yet.\n")
        // main moves on after the branch started: `REF...` compares from the merge base.
        try git("checkout", "-q", "main")
        try write("b.md", "# B\n\nChanged on main.\n")
        try commit("main moves on")
        try git("checkout", "-q", "feature")
        try write("a.md", "# A\n\nNot committed yet.\n")
        XCTAssertEqual(try ChangedFiles.since("main", limitedTo: [], workingDirectory: repo.path), ["a.md"])
    }

    func testPathsNarrowTheSetAndResultsAreRelativeToTheWorkingDirectory() throws {
        try write("a.md", "# A\n\nEdited.\n")
        try write("docs/guide.md", "# Guide\n")
        XCTAssertEqual(try ChangedFiles.since("main", limitedTo: ["docs"], workingDirectory: repo.path), ["docs/guide.md"])
        let docs = repo.appendingPathComponent("docs").path
        XCTAssertEqual(try ChangedFiles.since("main", limitedTo: [], workingDirectory: docs), ["../a.md", "guide.md"])
    }

    func testAnUnknownRefIsAnInputProblemNamingIt() {
        XCTAssertThrowsError(try ChangedFiles.since("no-such-branch", limitedTo: [], workingDirectory: repo.path)) { error in
            let problem = error as? InputProblem
            XCTAssertEqual(problem?.path, "--changed-since no-such-branch")
            XCTAssertTrue(problem?.message.hasPrefix("git: ") == true, problem?.message ?? "")
        }
    }

    func testLintWithAnUnknownRefExitsTwoWithOneLine() {
        let result = TestSupport.run(["lint", "--changed-since", "engage-test-no-such-ref"])
        XCTAssertEqual(result.code, 2)
        XCTAssertTrue(result.err.hasPrefix("--changed-since engage-test-no-such-ref: error: git: "), result.err)
        XCTAssertEqual(result.err.split(separator: "\n").count, 1, result.err)
    }

    func testRenameStatusKeepsTheNewPath() {
        let output = Data("M\0a.md\0R087\0old.md\0new.md\0D\0gone.md\0A\0added.md\0".utf8)
        XCTAssertEqual(ChangedFiles.parseNameStatus(output), ["a.md", "new.md", "added.md"])
    }

    // MARK: - helpers

    private func write(_ relative: String, _ text: String) throws {
        try TestSupport.write(text, to: repo.appendingPathComponent(relative))
    }

    private func commit(_ message: String) throws {
        try git("add", "-A")
        try git("-c", "user.name=engage tests", "-c", "user.email=tests@example.com", "commit", "-q", "-m", message)
    }

    private func git(_ arguments: String...) throws {
        _ = try GitCommand(directory: repo.path).run(arguments)
    }
}
