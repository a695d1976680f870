/// The part of TOML that post metadata uses: top-level `key = "value"`,
/// `key = ["a", "b"]`, numbers and booleans as strings. Keys under a
/// `[table]` header are not top-level and are skipped.
enum TOMLSubset {
    static func entries(_ lines: [(line: Int, text: String)]) -> [FrontMatterEntry] {
        var entries: [FrontMatterEntry] = []
        for (lineNumber, text) in lines {
            let line = trimmed(Substring(text))
            if line.hasPrefix("[") { break }
            guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
            let key = YAMLSubset.unquote(trimmed(line[..<equals]))
            let rest = trimmed(line[line.index(after: equals)...])
            let value: FrontMatterValue
            if rest.hasPrefix("["), rest.hasSuffix("]") {
                value = .list(YAMLSubset.splitFlowList(rest.dropFirst().dropLast()))
            } else if rest.hasPrefix("{") {
                value = .raw(rest)
            } else {
                value = .string(YAMLSubset.unquote(rest))
            }
            entries.append(FrontMatterEntry(key: key, value: value, line: lineNumber))
        }
        return entries
    }
}
