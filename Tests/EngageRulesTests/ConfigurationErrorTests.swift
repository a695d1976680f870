@testable import EngageRules
import XCTest

/// Every way a configuration can be wrong stops with one message naming the
/// file, line and column.
final class ConfigurationErrorTests: XCTestCase {
    private func error(_ json: String) throws -> String {
        let tree = try ConfigurationTree()
        try tree.write(".engage.json", json)
        try tree.write("post.md", "# Post\n")
        return tree.error(for: "post.md")
    }

    func testBadJSON() throws {
        XCTAssertEqual(try error("{\n  \"minScore\": 70,\n}\n"), ".engage.json:3:1: error: trailing comma before '}'")
    }

    func testMinScoreMustBeAWholeNumberFrom0To100() throws {
        XCTAssertEqual(try error("{\n  \"strict\": true,\n  \"minScore\": \"high\"\n}"),
                       ".engage.json:3:15: error: \"minScore\" must be a whole number from 0 to 100 (got \"high\")")
        XCTAssertEqual(try error("{\"minScore\": 101}"), ".engage.json:1:14: error: \"minScore\" must be a whole number from 0 to 100 (got 101)")
        XCTAssertEqual(try error("{\"minScore\": 70.5}"), ".engage.json:1:14: error: \"minScore\" must be a whole number from 0 to 100 (got 70.5)")
    }

    func testUnknownKeySuggestsTheNearOne() throws {
        XCTAssertEqual(try error("{\"minscore\": 70}"),
                       ".engage.json:1:2: error: unknown key \"minscore\" (did you mean \"minScore\"?) (known keys: extends, minScore, strict, reporter, rules, sections, companies, ignore)")
    }

    func testTheRootMustBeAnObject() throws {
        XCTAssertEqual(try error("[]"), ".engage.json:1:1: error: the configuration must be a JSON object (got a list)")
    }

    func testWrongTypes() throws {
        XCTAssertEqual(try error("{\"strict\": \"yes\"}"), ".engage.json:1:12: error: \"strict\" must be true or false (got \"yes\")")
        XCTAssertEqual(try error("{\"companies\": \"Acme\"}"), ".engage.json:1:15: error: \"companies\" must be a list of strings (got \"Acme\")")
        XCTAssertEqual(try error("{\"ignore\": [\"a/**\", 3]}"), ".engage.json:1:21: error: \"ignore\" must be a list of non-empty strings (got 3)")
        XCTAssertEqual(try error("{\"rules\": []}"), ".engage.json:1:11: error: \"rules\" must be an object of rule or group id to setting (got a list)")
        XCTAssertEqual(try error("{\"sections\": {\"quick-win\": \"Try\"}}"),
                       ".engage.json:1:28: error: \"sections\".\"quick-win\" must be a list of strings (got \"Try\")")
        XCTAssertEqual(try error("{\"extends\": 3}"), ".engage.json:1:13: error: \"extends\" must be a path or it must be a list of strings (got 3)")
    }

    func testUnknownRuleIdOrGroup() throws {
        XCTAssertEqual(try error("{\"rules\": {\n  \"problem/quantifed\": \"off\"\n}}"),
                       ".engage.json:2:3: error: unknown rule or group \"problem/quantifed\" (did you mean \"problem/quantified\"?); `engage rules` lists them")
        XCTAssertEqual(try error("{\"rules\": {\"grammar\": \"off\"}}"),
                       ".engage.json:1:12: error: unknown rule or group \"grammar\"; `engage rules` lists them")
    }

    func testBadSeverityAndWeight() throws {
        XCTAssertEqual(try error("{\"rules\": {\"style\": \"warn\"}}"),
                       ".engage.json:1:21: error: the severity of \"style\" must be \"off\", \"error\", \"warning\" or \"info\" (got \"warn\")")
        XCTAssertEqual(try error("{\"rules\": {\"style/lists\": {\"severity\": \"fatal\"}}}"),
                       ".engage.json:1:40: error: the severity of \"style/lists\" must be \"off\", \"error\", \"warning\" or \"info\" (got \"fatal\")")
        XCTAssertEqual(try error("{\"rules\": {\"style/lists\": {\"weight\": -1}}}"),
                       ".engage.json:1:38: error: the weight of \"style/lists\" must be a number, 0 or more (got -1)")
        XCTAssertEqual(try error("{\"rules\": {\"style/lists\": {\"level\": 1}}}"),
                       ".engage.json:1:28: error: unknown key \"level\" in rule \"style/lists\" (expected severity, weight, params)")
        XCTAssertEqual(try error("{\"rules\": {\"style/lists\": true}}"),
                       ".engage.json:1:27: error: rule \"style/lists\" must be \"off\", \"error\", \"warning\", \"info\" or an object {\"severity\", \"weight\", \"params\"} (got true)")
    }

    func testBadParamsAreCheckedByTheRulesOwnParser() throws {
        XCTAssertEqual(try error("{\"rules\": {\"problem/quantified\": {\"params\": {\"min\": \"five\"}}}}"),
                       ".engage.json:1:53: error: rule \"problem/quantified\": parameter 'min' must be a number")
        XCTAssertTrue(try error("{\"rules\": {\"problem/quantified\": {\"params\": {\"minimum\": 5}}}}")
            .hasPrefix(".engage.json:1:57: error: rule \"problem/quantified\": unknown parameter 'minimum' (expected one of: "))
        XCTAssertEqual(try error("{\"rules\": {\"problem\": {\"params\": {\"min\": 5}}}}"),
                       ".engage.json:1:34: error: \"problem\" is a group: params can only be set for one rule, e.g. \"problem/...\"")
    }

    func testParamTypesMatchWhatRuleFilesGive() throws {
        // Booleans, numbers and lists reach the check as JSONSerialization would hand them.
        let tree = try ConfigurationTree()
        try tree.write(".engage.json", #"{"rules": {"style/lists": {"params": {"tables": true}}, "style/code-language": {"params": {"indented": false}}, "problem/quantified": {"params": {"min": 4, "skip-headings": ["budget"]}}}}"#)
        let configuration = try tree.configuration(for: "post.md")
        XCTAssertNoThrow(try ConfigurationApplier.rules(configuration, catalog: .builtin))
        XCTAssertEqual(try error("{\"rules\": {\"style/lists\": {\"params\": {\"tables\": 1}}}}"),
                       ".engage.json:1:49: error: rule \"style/lists\": parameter 'tables' must be true or false")
        XCTAssertEqual(try error("{\"rules\": {\"problem/quantified\": {\"params\": {\"min\": true}}}}"),
                       ".engage.json:1:53: error: rule \"problem/quantified\": parameter 'min' must be a number")
    }

    func testBadReporterAndSection() throws {
        XCTAssertEqual(try error("{\"reporter\": \"xml\"}"),
                       ".engage.json:1:14: error: \"reporter\" must be one of text, json, sarif, github, junit, checkstyle, markdown (got \"xml\")")
        XCTAssertEqual(try error("{\"sections\": {\"quickwin\": []}}"),
                       ".engage.json:1:15: error: unknown section \"quickwin\" (did you mean \"quick-win\"?) (sections: hook, problem, why-fails, shift, solution, proof, quick-win, cta, other)")
    }

    func testAnErrorInAFartherFileIsReportedEvenWhenANearerOneOverridesTheKey() throws {
        let tree = try ConfigurationTree()
        try tree.write(".engage.json", "{\"minScore\": \"high\"}")
        try tree.write("posts/.engage.json", "{\"minScore\": 80}")
        XCTAssertEqual(tree.error(for: "posts/a.md"), ".engage.json:1:14: error: \"minScore\" must be a whole number from 0 to 100 (got \"high\")")
    }

    func testMissingConfigFile() throws {
        let tree = try ConfigurationTree()
        XCTAssertEqual(tree.error(for: "a.md", config: "nope.json"), "nope.json: error: no such configuration file")
    }
}
