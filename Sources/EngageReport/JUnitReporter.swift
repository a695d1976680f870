import EngageRules

/// `engage lint --format junit`: JUnit XML, which every CI system shows as a
/// test report. A test suite per file, a test case per rule: failures carry
/// the message and every `file:line:col`; rules that do not apply are skipped.
/// An unreadable file is a suite with one errored case, so it is not missed.
public enum JUnitReporter {
    public static func report(_ files: [FileReport], errors: [InputError]) -> String {
        let tests = files.reduce(0) { $0 + $1.results.count } + errors.count
        let failures = files.reduce(0) { $0 + $1.failures.count }
        let skipped = files.reduce(0) { $0 + $1.results.filter { $0.status == .notApplicable }.count }
        var out = XMLText.declaration
        out += "<testsuites" + XMLText.attributes([("name", "engage"), ("tests", "\(tests)"), ("failures", "\(failures)"),
                                                    ("errors", "\(errors.count)"), ("skipped", "\(skipped)")]) + ">\n"
        for file in files { out += suite(file) }
        for error in errors { out += unreadable(error) }
        return out + "</testsuites>\n"
    }

    static func suite(_ file: FileReport) -> String {
        let skipped = file.results.filter { $0.status == .notApplicable }.count
        var out = "  <testsuite" + XMLText.attributes([("name", file.path), ("tests", "\(file.results.count)"),
                                                       ("failures", "\(file.failures.count)"), ("errors", "0"),
                                                       ("skipped", "\(skipped)")]) + ">\n"
        // The score and verdict are the post's real outcome; keep them with its suite.
        out += "    <properties>\n"
        out += "      <property" + XMLText.attributes([("name", "score"), ("value", "\(file.score)")]) + "/>\n"
        out += "      <property" + XMLText.attributes([("name", "passed"), ("value", "\(file.passed)")]) + "/>\n"
        out += "    </properties>\n"
        for result in file.results { out += testCase(result, path: file.path) }
        return out + "  </testsuite>\n"
    }

    static func testCase(_ result: RuleResult, path: String) -> String {
        let open = "    <testcase" + XMLText.attributes([("classname", path), ("name", result.rule.id)])
        switch result.status {
        case .pass:
            return open + "/>\n"
        case .notApplicable:
            return open + ">\n      <skipped" + XMLText.attributes([("message", result.message)]) + "/>\n    </testcase>\n"
        case .fail:
            let places = result.locations.map { "\(path):\($0.line):\($0.column): \(ReportFacts.message(result, at: $0))" }
            let body = ([result.message] + places).joined(separator: "\n")
            return open + ">\n      <failure" + XMLText.attributes([("message", result.message), ("type", result.severity.rawValue)])
                + ">" + XMLText.content(body) + "</failure>\n    </testcase>\n"
        }
    }

    static func unreadable(_ error: InputError) -> String {
        let place = error.line.map { "\(error.path):\($0)" } ?? error.path
        return "  <testsuite" + XMLText.attributes([("name", error.path), ("tests", "1"), ("failures", "0"), ("errors", "1"), ("skipped", "0")]) + ">\n"
            + "    <testcase" + XMLText.attributes([("classname", error.path), ("name", "read")]) + ">\n"
            + "      <error" + XMLText.attributes([("message", error.message), ("type", "unreadable")]) + ">"
            + XMLText.content("\(place): \(error.message)") + "</error>\n"
            + "    </testcase>\n  </testsuite>\n"
    }
}
