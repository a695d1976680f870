/// Link reference definitions of a document, keyed by normalized label; the first definition wins.
struct LinkReferenceMap {
    struct Target { let destination: String; let title: String? }
    private var targets: [String: Target] = [:]

    var isEmpty: Bool { targets.isEmpty }
    var count: Int { targets.count }

    /// Adds a definition unless its label is already defined. Returns whether it was added.
    @discardableResult
    mutating func add(label: String, destination: String, title: String?) -> Bool {
        let key = LinkReferenceMap.normalize(label)
        guard !key.isEmpty, targets[key] == nil else { return false }
        targets[key] = Target(destination: destination, title: title)
        return true
    }

    func lookup(_ label: String) -> Target? {
        guard !targets.isEmpty else { return nil }
        let key = LinkReferenceMap.normalize(label)
        return key.isEmpty ? nil : targets[key]
    }

    /// CommonMark label matching: Unicode case fold, runs of whitespace
    /// collapsed to one space, trimmed. Backslashes stay (labels match raw).
    ///
    /// The Swift standard library has no case-folding API; lowercasing,
    /// uppercasing and lowercasing again folds the cases that matter for
    /// labels (`ẞ` and `SS` both become `ss`, as cmark's case fold makes them).
    static func normalize(_ label: String) -> String {
        var words: [Substring] = []
        for word in label.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" }) {
            words.append(word)
        }
        let joined = words.joined(separator: " ")
        if joined.utf8.allSatisfy({ $0 < 0x80 }) { return joined.lowercased() }
        return joined.lowercased().uppercased().lowercased()
    }
}
