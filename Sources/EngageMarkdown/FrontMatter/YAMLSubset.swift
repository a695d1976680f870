/// The part of YAML that post metadata uses: `key: scalar`, `key: [a, b]`,
/// `key:` followed by `- item` lines, block scalars (`|`, `>`), comments.
/// Nested maps and anything unusual become `.raw` with their lines.
enum YAMLSubset {
    static func entries(_ lines: [(line: Int, text: String)]) -> [FrontMatterEntry] {
        var entries: [FrontMatterEntry] = []
        var index = 0
        while index < lines.count {
            let (lineNumber, text) = lines[index]
            index += 1
            guard let (key, rest) = topLevelKey(text) else { continue }
            var nested: [String] = []
            while index < lines.count, isNested(lines[index].text) {
                nested.append(lines[index].text)
                index += 1
            }
            entries.append(FrontMatterEntry(key: key, value: value(rest, nested: nested), line: lineNumber))
        }
        return entries
    }

    /// `key: rest` at column 1 (not a comment, not a list item).
    private static func topLevelKey(_ text: String) -> (String, Substring)? {
        guard let first = text.first, first != " ", first != "\t", first != "#", first != "-" else { return nil }
        guard let colon = keyColon(text) else { return nil }
        let key = unquote(trimmed(text[..<colon]))
        return (key, text[text.index(after: colon)...])
    }

    /// The colon that ends a key: followed by a space or the end of the line.
    private static func keyColon(_ text: String) -> String.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == ":" {
                let next = text.index(after: index)
                if next == text.endIndex || text[next] == " " || text[next] == "\t" { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }

    private static func isNested(_ text: String) -> Bool {
        guard let first = text.first else { return true }
        return first == " " || first == "\t" || first == "-" || first == "#"
    }

    private static func value(_ rest: Substring, nested: [String]) -> FrontMatterValue {
        let inline = stripComment(trimmed(rest))
        if inline.isEmpty {
            let items = nested.map { trimmed(Substring($0)) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
            if items.isEmpty { return .string("") }
            if items.allSatisfy({ $0.hasPrefix("- ") || $0 == "-" }) {
                return .list(items.map { unquote(trimmed($0.dropFirst())) })
            }
            return .raw(nested.joined(separator: "\n"))
        }
        if inline == "|" || inline == ">" || inline.hasPrefix("|-") || inline.hasPrefix(">-") {
            let parts = nested.map { trimmed(Substring($0)) }
            return .string(parts.joined(separator: inline.hasPrefix("|") ? "\n" : " "))
        }
        if inline.hasPrefix("["), inline.hasSuffix("]") {
            return .list(splitFlowList(inline.dropFirst().dropLast()))
        }
        if inline.hasPrefix("{") { return .raw(inline) }
        return .string(unquote(inline))
    }

    /// Splits `a, "b, c", 'd'` on commas outside quotes.
    static func splitFlowList(_ body: Substring) -> [String] {
        var items: [String] = []
        var current = ""
        var quote: Character?
        for character in body {
            if let open = quote {
                if character == open { quote = nil }
                current.append(character)
            } else if character == "\"" || character == "'" {
                quote = character
                current.append(character)
            } else if character == "," {
                items.append(unquote(trimmed(Substring(current))))
                current = ""
            } else {
                current.append(character)
            }
        }
        let last = unquote(trimmed(Substring(current)))
        if !last.isEmpty || !items.isEmpty { items.append(last) }
        return items.filter { !$0.isEmpty }
    }

    /// Drops a ` # comment` that is outside quotes.
    private static func stripComment(_ text: String) -> String {
        guard let first = text.first else { return text }
        if first == "\"" || first == "'" { return quotedPrefix(text, quote: first) }
        if let range = text.firstRange(of: " #") { return trimmed(text[..<range.lowerBound]) }
        return text
    }

    /// The quoted scalar at the start of `text`, up to its closing quote
    /// (`''` inside single quotes and `\"` inside double quotes are escapes).
    private static func quotedPrefix(_ text: String, quote: Character) -> String {
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if quote == "\"", character == "\\", next < text.endIndex {
                index = text.index(after: next)
                continue
            }
            if character == quote {
                if quote == "'", next < text.endIndex, text[next] == "'" {
                    index = text.index(after: next)
                    continue
                }
                return String(text[..<next])
            }
            index = next
        }
        return text
    }

    /// Removes matching quotes; resolves the escapes a title realistically has.
    static func unquote(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == text.last, first == "\"" || first == "'" else { return text }
        let inner = String(text.dropFirst().dropLast())
        if first == "'" { return inner.replacingOccurrences(of: "''", with: "'") }
        return inner.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
    }
}

extension String {
    /// Plain replace, so EngageMarkdown stays free of Foundation.
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty, self.contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
