import EngageRules

/// `engage lint --format sarif`: SARIF 2.1.0, the format GitHub code scanning
/// and most IDEs import. One run; the driver lists every rule that ran, and
/// each failing location is one result pointing back at its rule by index.
/// Files that could not be read are tool execution notifications, since they
/// are not findings about the content.
public enum SARIFReporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// Relative artifact URIs resolve against this base (the working directory).
    public static let sourceRoot = "%SRCROOT%"

    public static func report(_ files: [FileReport], errors: [InputError], context: ReportContext) -> String {
        let rules = ReportFacts.rules(of: files)
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        var run: [(String, JSONValue)] = [
            ("tool", .object([("driver", driver(rules, version: context.toolVersion))])),
            ("invocations", .array([invocation(errors, context: context)])),
        ]
        if let root = context.workingDirectory {
            // Lets a consumer resolve the relative URIs on this machine; GitHub ignores it.
            run.append(("originalUriBaseIds", .object([(sourceRoot, .object([("uri", .string(directoryURI(root)))]))])))
        }
        run += [
            // engage counts columns in Unicode scalars, not UTF-16 units.
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(files.flatMap { results($0, ruleIndex: ruleIndex, context: context) })),
        ]
        return JSONValue.object([
            ("$schema", .string(schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ]).serialized() + "\n"
    }

    // MARK: rules

    static func driver(_ rules: [RuleDefinition], version: String) -> JSONValue {
        .object([
            ("name", .string("engage")),
            ("version", .string(version)),
            ("semanticVersion", .string(version)),
            ("rules", .array(rules.map(descriptor))),
        ])
    }

    static func descriptor(_ rule: RuleDefinition) -> JSONValue {
        .object([
            ("id", .string(rule.id)),
            ("name", .string(name(of: rule.id))),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.explanation))])),
            // The rule's doc is Markdown: readable as text, rendered where supported.
            ("help", .object([("text", .string(rule.document)), ("markdown", .string(rule.document))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            ("properties", .object([
                ("group", .string(rule.group)),
                ("checklistItem", .string(rule.implements)),
                ("weight", .double(rule.weight)),
                ("tags", .array([.string("engage"), .string(rule.group)])),
            ])),
        ])
    }

    /// `problem/quantified` → `ProblemQuantified`: SARIF wants an identifier-like name.
    static func name(of id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    // MARK: results

    /// One result per place to fix, so each lands on its own line in a review.
    static func results(_ file: FileReport, ruleIndex: [String: Int], context: ReportContext) -> [JSONValue] {
        let artifact = artifactLocation(file.path, workingDirectory: context.workingDirectory)
        return file.failures.flatMap { result in
            result.locations.map { location in
                var members: [(String, JSONValue)] = [
                    ("ruleId", .string(result.rule.id)),
                    ("ruleIndex", .int(ruleIndex[result.rule.id] ?? -1)),
                    ("level", .string(level(result.severity))),
                    ("message", .object([("text", .string(ReportFacts.message(result, at: location)))])),
                    ("locations", .array([physicalLocation(artifact, line: location.line, column: location.column)])),
                ]
                // Judged against a baseline: code scanning shows only what is new.
                if file.baselineScore != nil {
                    members.append(("baselineState", .string(location.baseline ? "unchanged" : "new")))
                }
                members.append(("properties", .object([("sectionMissing", .bool(result.sectionMissing))])))
                return JSONValue.object(members)
            }
        }
    }

    static func physicalLocation(_ artifact: JSONValue, line: Int, column: Int?) -> JSONValue {
        var region: [(String, JSONValue)] = [("startLine", .int(max(line, 1)))]
        if let column { region.append(("startColumn", .int(max(column, 1)))) }
        return .object([("physicalLocation", .object([("artifactLocation", artifact), ("region", .object(region))]))])
    }

    // MARK: unreadable inputs

    static func invocation(_ errors: [InputError], context: ReportContext) -> JSONValue {
        let notifications = errors.map { error -> JSONValue in
            let artifact = artifactLocation(error.path, workingDirectory: context.workingDirectory)
            let location: JSONValue = error.line.map { physicalLocation(artifact, line: $0, column: nil) }
                ?? .object([("physicalLocation", .object([("artifactLocation", artifact)]))])
            return .object([
                ("level", .string("error")),
                ("message", .object([("text", .string("\(error.path): \(error.message)"))])),
                ("locations", .array([location])),
            ])
        }
        // An unreadable input makes engage exit 2: the run did not fully succeed.
        return .object([
            ("executionSuccessful", .bool(errors.isEmpty)),
            ("toolExecutionNotifications", .array(notifications)),
        ])
    }

    // MARK: URIs

    /// The path as an artifact location: relative to the working directory
    /// under `%SRCROOT%` when it can be, an absolute `file:` URI otherwise.
    static func artifactLocation(_ path: String, workingDirectory: String?) -> JSONValue {
        if path.hasPrefix("/") {
            if let root = workingDirectory.map(withTrailingSlash), path.hasPrefix(root) {
                return relativeLocation(String(path.dropFirst(root.count)))
            }
            return .object([("uri", .string("file://" + percentEncoded(path, colonAllowed: true)))])
        }
        return relativeLocation(path)
    }

    private static func relativeLocation(_ path: String) -> JSONValue {
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        // A colon in the first segment would read as a URI scheme: encode it everywhere.
        return .object([("uri", .string(percentEncoded(String(relative), colonAllowed: false))), ("uriBaseId", .string(sourceRoot))])
    }

    static func directoryURI(_ directory: String) -> String {
        "file://" + percentEncoded(withTrailingSlash(directory), colonAllowed: true)
    }

    private static func withTrailingSlash(_ directory: String) -> String {
        directory.hasSuffix("/") ? directory : directory + "/"
    }

    /// RFC 3986 path characters stay; every other UTF-8 byte becomes `%XX`.
    /// A backslash is a file-name character on POSIX, not a separator, so it is encoded too.
    static func percentEncoded(_ path: String, colonAllowed: Bool) -> String {
        let kept = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/".utf8)
        var out = ""
        for byte in path.utf8 {
            if kept.contains(byte) || (colonAllowed && byte == UInt8(ascii: ":")) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
