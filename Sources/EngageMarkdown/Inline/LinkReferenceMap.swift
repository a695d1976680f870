/// Link reference definitions of a document, keyed by normalized label; the first definition wins.
struct LinkReferenceMap {
    struct Target { let destination: String; let title: String? }
    /// Normalized label → index in `targets`. Small values keep the hash
    /// table compact: with thousands of definitions every lookup is a cache
    /// miss, and 40-byte values made the table outgrow the caches 2.5x sooner.
    private var indices: [String: Int32] = [:]
    /// In definition order, which is usually the order links use them.
    private var targets: [Target] = []

    var isEmpty: Bool { targets.isEmpty }
    var count: Int { targets.count }

    /// Adds a definition unless its label is already defined. Returns whether it was added.
    @discardableResult
    mutating func add(label: String, destination: String, title: String?) -> Bool {
        let key = LinkReferenceMap.normalize(label)
        guard !key.isEmpty, indices[key] == nil else { return false }
        indices[key] = Int32(targets.count)
        targets.append(Target(destination: destination, title: title))
        return true
    }

    func lookup(_ label: String) -> Target? {
        guard !targets.isEmpty else { return nil }
        let key = LinkReferenceMap.normalize(label)
        guard !key.isEmpty, let index = indices[key] else { return nil }
        return targets[Int(index)]
    }

    /// CommonMark label matching: Unicode case fold, runs of whitespace
    /// collapsed to one space, trimmed. Backslashes stay (labels match raw).
    ///
    /// The Swift standard library has no case-folding API; lowercasing,
    /// uppercasing and lowercasing again folds the cases that matter for
    /// labels (`ẞ` and `SS` both become `ss`, as cmark's case fold makes them).
    static func normalize(_ label: String) -> String {
        // Every definition and every bracket pair comes through here, so the
        // common ASCII label skips the grapheme-by-grapheme split and the
        // three case mappings (measured: 40% of a reference-heavy parse).
        normalizeASCII(label) ?? normalizeCharacters(label)
    }

    /// `normalize` Character by Character: any label.
    static func normalizeCharacters(_ label: String) -> String {
        var words: [Substring] = []
        for word in label.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" }) {
            words.append(word)
        }
        let joined = words.joined(separator: " ")
        if joined.utf8.allSatisfy({ $0 < 0x80 }) { return joined.lowercased() }
        return joined.lowercased().uppercased().lowercased()
    }

    /// `normalize` on bytes for an all-ASCII label, or nil for any other label.
    /// Same result as the Character path: in ASCII every byte is one
    /// Character except `\r\n`, which is one Character equal to no separator,
    /// so it stays inside its word.
    static func normalizeASCII(_ label: String) -> String? {
        guard label.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        // Written in place: no intermediate array (labels are short, so the
        // result is usually a small string and allocates nothing).
        return String(unsafeUninitializedCapacity: label.utf8.count) { out in
            var count = 0
            var pendingSpace = false
            var previous: UInt8 = 0
            var iterator = label.utf8.makeIterator()
            var next = iterator.next()
            while let b = next {
                next = iterator.next()
                let crlf = (b == 0x0D && next == 0x0A) || (b == 0x0A && previous == 0x0D)
                previous = b
                if !crlf, b == 0x20 || (0x09...0x0D).contains(b) {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace { out[count] = 0x20; count += 1; pendingSpace = false }
                out[count] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                count += 1
            }
            return count
        }
    }
}
