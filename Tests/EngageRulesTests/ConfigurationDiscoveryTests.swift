@testable import EngageRules
import XCTest

/// Discovery from each post's folder up to the repository root, merging,
/// `--config` and `extends`.
final class ConfigurationDiscoveryTests: XCTestCase {
    func testNearestFileWinsKeyByKeyAndFartherKeysStay() throws {
        let tree = try ConfigurationTree()
        try tree.makeRepository()
        try tree.write(".engage.json", "{\"minScore\": 60, \"strict\": true, \"companies\": [\"Acme\", \"Globex\"]}")
        try tree.write("blog/.engage.json", "{\"minScore\": 85, \"companies\": [\"Initech\"]}")
        let configuration = try tree.configuration(for: "blog/2024/post.md")
        XCTAssertEqual(configuration.minScore.value, 85)
        XCTAssertEqual(configuration.minScore.origin, ConfigOrigin(file: "blog/.engage.json", line: 1, column: 14))
        XCTAssertEqual(configuration.strict.value, true, "kept from the farther file")
        XCTAssertEqual(configuration.strict.origin?.file, ".engage.json")
        XCTAssertEqual(configuration.companies.value, ["Initech"], "lists are replaced, not appended")
        XCTAssertEqual(configuration.files, [".engage.json", "blog/.engage.json"])
        // A post outside blog/ sees only the root file.
        XCTAssertEqual(try tree.configuration(for: "docs/post.md").minScore.value, 60)
    }

    func testRuleEntriesMergePerIdAndParamsPerParameter() throws {
        let tree = try ConfigurationTree()
        try tree.makeRepository()
        try tree.write(".engage.json", """
            {"rules": {"problem/quantified": {"severity": "warning", "params": {"min": 5}}, "style/lists": "off"}}
            """)
        try tree.write("blog/.engage.json", """
            {"rules": {"problem/quantified": {"weight": 7}, "style/emoji-density": "error"}}
            """)
        let configuration = try tree.configuration(for: "blog/post.md")
        let quantified = configuration.setting(for: RuleCatalog.builtin.rule("problem/quantified")!)
        XCTAssertEqual(quantified.level?.stringValue, "warning")
        XCTAssertEqual(quantified.weight?.numberValue, 7)
        XCTAssertEqual(quantified.params?["min"]?.numberValue, 5)
        XCTAssertTrue(configuration.setting(for: RuleCatalog.builtin.rule("style/lists")!).isOff)
        XCTAssertEqual(configuration.setting(for: RuleCatalog.builtin.rule("style/emoji-density")!).level?.stringValue, "error")
    }

    func testAShorthandSeverityKeepsTheParamsOfAFartherFile() throws {
        let tree = try ConfigurationTree()
        try tree.write(".engage.json", "{\"rules\": {\"problem/quantified\": {\"params\": {\"min\": 5}}}}")
        try tree.write("blog/.engage.json", "{\"rules\": {\"problem/quantified\": \"info\"}}")
        let setting = try tree.configuration(for: "blog/post.md").setting(for: RuleCatalog.builtin.rule("problem/quantified")!)
        XCTAssertEqual(setting.level?.stringValue, "info")
        XCTAssertEqual(setting.params?["min"]?.numberValue, 5)
    }

    func testTheRepositoryRootStopsTheWalk() throws {
        let tree = try ConfigurationTree()
        try tree.write(".engage.json", "{\"minScore\": 10}")
        try tree.makeRepository("repo")
        try tree.write("repo/posts/a.md", "# A\n")
        XCTAssertEqual(try tree.configuration(for: "repo/posts/a.md").files, [], "the file above the repository is not read")
        // Without the repository marker the walk goes on up.
        XCTAssertEqual(try tree.configuration(for: "other/posts/a.md").minScore.value, 10)
    }

    func testAGitFileMarksARepositoryRootToo() throws {
        // Worktrees and submodules have a .git file, not a folder.
        let tree = try ConfigurationTree()
        try tree.write(".engage.json", "{\"minScore\": 10}")
        try tree.write("worktree/.git", "gitdir: /elsewhere\n")
        try tree.write("worktree/.engage.json", "{\"strict\": true}")
        let configuration = try tree.configuration(for: "worktree/a.md")
        XCTAssertEqual(configuration.files, ["worktree/.engage.json"])
        XCTAssertEqual(configuration.minScore.value, 70)
    }

    func testConfigOptionReplacesDiscovery() throws {
        let tree = try ConfigurationTree()
        try tree.write(".engage.json", "{\"minScore\": 10, \"strict\": true}")
        try tree.write("ci/engage.json", "{\"minScore\": 95}")
        let configuration = try tree.configuration(for: "post.md", config: "ci/engage.json")
        XCTAssertEqual(configuration.files, ["ci/engage.json"])
        XCTAssertEqual(configuration.minScore.value, 95)
        XCTAssertEqual(configuration.strict.value, false, "the discovered file is not read")
    }

    func testPostsInOneFolderShareOneConfiguration() throws {
        let tree = try ConfigurationTree()
        try tree.write("blog/.engage.json", "{}")
        let resolver = tree.resolver()
        let first = try resolver.configuration(forPost: tree.path("blog/a.md")).key
        XCTAssertEqual(try resolver.configuration(forPost: tree.path("blog/b.md")).key, first)
        XCTAssertNotEqual(try resolver.configuration(forPost: tree.path("a.md")).key, first)
    }

    func testExtendsLayersBasesUnderTheFileInOrder() throws {
        let tree = try ConfigurationTree()
        try tree.write("shared/base.json", "{\"minScore\": 50, \"strict\": true, \"reporter\": \"json\"}")
        try tree.write("shared/team.json", "{\"minScore\": 60, \"companies\": [\"Acme\"]}")
        try tree.write("blog/.engage.json", "{\"extends\": [\"../shared/base.json\", \"../shared/team.json\"], \"reporter\": \"text\"}")
        let configuration = try tree.configuration(for: "blog/post.md")
        XCTAssertEqual(configuration.minScore.value, 60, "a later base beats an earlier one")
        XCTAssertEqual(configuration.minScore.origin?.file, "shared/team.json")
        XCTAssertEqual(configuration.strict.value, true)
        XCTAssertEqual(configuration.reporter.value, "text", "the file beats its bases")
        XCTAssertEqual(configuration.companies.value, ["Acme"])
    }

    func testExtendsAStringPathIsRelativeToTheFile() throws {
        let tree = try ConfigurationTree()
        try tree.write("conf/base.json", "{\"minScore\": 42}")
        try tree.write("conf/main.json", "{\"extends\": \"base.json\"}")
        XCTAssertEqual(try tree.configuration(for: "post.md", config: "conf/main.json").minScore.value, 42)
    }

    func testExtendsCycleIsAnError() throws {
        let tree = try ConfigurationTree()
        try tree.write("a.json", "{\"extends\": \"b.json\"}")
        try tree.write("b.json", "{\n  \"extends\": [\"a.json\"]\n}")
        XCTAssertEqual(tree.error(for: "post.md", config: "a.json"),
                       "b.json:2:15: error: \"extends\" forms a cycle: a.json → b.json → a.json")
        try tree.write("self.json", "{\"extends\": \"self.json\"}")
        XCTAssertEqual(tree.error(for: "post.md", config: "self.json"),
                       "self.json:1:13: error: \"extends\" forms a cycle: self.json → self.json")
    }

    func testMissingExtendsFileIsAnError() throws {
        let tree = try ConfigurationTree()
        try tree.write(".engage.json", "{\n  \"extends\": \"base.json\"\n}")
        XCTAssertEqual(tree.error(for: "post.md"),
                       ".engage.json:2:14: error: \"extends\": no configuration file at \"base.json\" (looked for base.json)")
    }

    func testNoFileMeansEveryDefault() throws {
        let tree = try ConfigurationTree()
        try tree.makeRepository()
        let configuration = try tree.configuration(for: "post.md")
        XCTAssertEqual(configuration.files, [])
        XCTAssertEqual(configuration.minScore.value, 70)
        XCTAssertNil(configuration.minScore.origin)
        XCTAssertEqual(configuration.reporter.value, "text")
    }

    func testIgnorePatternsAreRelativeToTheirFile() throws {
        let tree = try ConfigurationTree()
        try tree.makeRepository()
        try tree.write("blog/.engage.json", "{\"ignore\": [\"drafts/**\", \"**/*.draft.md\", \"notes\"]}")
        let resolver = tree.resolver()
        func ignored(_ post: String) throws -> String? {
            let configuration = try resolver.configuration(forPost: tree.path(post)).configuration
            return resolver.ignoringPattern(for: tree.path(post), in: configuration)
        }
        XCTAssertEqual(try ignored("blog/drafts/a.md"), "drafts/**")
        XCTAssertEqual(try ignored("blog/2024/x.draft.md"), "**/*.draft.md")
        XCTAssertEqual(try ignored("blog/notes/n.md"), "notes")
        XCTAssertNil(try ignored("blog/post.md"))
        XCTAssertNil(try ignored("blog/2024/drafts/a.md"), "drafts/** is anchored at blog/")
    }
}

final class IgnoreGlobTests: XCTestCase {
    func testStarQuestionAndDoubleStar() {
        XCTAssertTrue(IgnoreGlob.matches("*.md", path: "a.md"))
        XCTAssertFalse(IgnoreGlob.matches("*.md", path: "dir/a.md"), "* stays within a segment")
        XCTAssertTrue(IgnoreGlob.matches("**/*.md", path: "a.md"), "** matches no folder too")
        XCTAssertTrue(IgnoreGlob.matches("**/*.md", path: "x/y/a.md"))
        XCTAssertTrue(IgnoreGlob.matches("posts/**/old-*.md", path: "posts/2019/03/old-news.md"))
        XCTAssertFalse(IgnoreGlob.matches("posts/**/old-*.md", path: "posts/2019/new.md"))
        XCTAssertTrue(IgnoreGlob.matches("draft-?.md", path: "draft-1.md"))
        XCTAssertFalse(IgnoreGlob.matches("draft-?.md", path: "draft-10.md"))
        XCTAssertTrue(IgnoreGlob.matches("./drafts/", path: "drafts/a.md"), "a folder pattern ignores what is inside")
        XCTAssertFalse(IgnoreGlob.matches("drafts/", path: "drafts"), "a trailing slash matches folders only")
        XCTAssertFalse(IgnoreGlob.matches("a*b*c*d", path: String(repeating: "a", count: 2_000)))
    }
}
