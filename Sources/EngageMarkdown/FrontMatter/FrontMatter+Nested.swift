/// One level of nesting, read on demand: `engage:` followed by indented
/// `disable: [...]` lines, or a flow map `engage: {disable: [a, b]}`.
/// The entries keep `.raw` in `FrontMatterValue` (so existing callers see no
/// change) and are re-read here with the same YAML subset as the top level.
extension FrontMatter {
    /// The entries of a nested map under `key` (YAML only), with their own
    /// line numbers; nil when the key is absent or not a map.
    public func map(_ key: String) -> [FrontMatterEntry]? {
        guard format == .yaml, let entry = self[key], case .raw(let text) = entry.value else { return nil }
        let inline = trimmed(Substring(text))
        if inline.hasPrefix("{"), inline.hasSuffix("}") {
            return YAMLSubset.flowMap(inline.dropFirst().dropLast(), line: entry.line)
        }
        return YAMLSubset.blockMap(text, firstLine: entry.line + 1)
    }
}

extension YAMLSubset {
    /// Indented lines (as `YAMLSubset.entries` keeps them) read as a map after
    /// removing their common indentation.
    static func blockMap(_ text: String, firstLine: Int) -> [FrontMatterEntry]? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indents = lines.filter { !trimmed(Substring($0)).isEmpty }.map { $0.prefix { $0 == " " || $0 == "\t" }.count }
        guard let indent = indents.min(), indent > 0 else { return nil }
        let body = lines.enumerated().map { (line: firstLine + $0.offset, text: String($0.element.dropFirst(min(indent, $0.element.count)))) }
        let entries = YAMLSubset.entries(body)
        return entries.isEmpty ? nil : entries
    }

    /// `a: 1, b: [x, y]`: pairs split on commas outside brackets and quotes.
    static func flowMap(_ body: Substring, line: Int) -> [FrontMatterEntry] {
        splitOutsideBrackets(body).compactMap { pair in
            guard let colon = pair.firstIndex(of: ":") else { return nil }
            let key = unquote(trimmed(pair[..<colon]))
            let rest = trimmed(pair[pair.index(after: colon)...])
            let value: FrontMatterValue = rest.hasPrefix("[") && rest.hasSuffix("]")
                ? .list(splitFlowList(rest.dropFirst().dropLast())) : .string(unquote(rest))
            return FrontMatterEntry(key: key, value: value, line: line)
        }
    }

    private static func splitOutsideBrackets(_ body: Substring) -> [Substring] {
        var parts: [Substring] = []
        var depth = 0
        var quote: Character?
        var start = body.startIndex
        for index in body.indices {
            let character = body[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "[" || character == "{" {
                depth += 1
            } else if character == "]" || character == "}" {
                depth -= 1
            } else if character == ",", depth == 0 {
                parts.append(body[start..<index])
                start = body.index(after: index)
            }
        }
        parts.append(body[start...])
        return parts.filter { !trimmed($0).isEmpty }
    }
}
