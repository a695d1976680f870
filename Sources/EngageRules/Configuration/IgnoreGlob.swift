/// `ignore` patterns: globs matched against a post's path relative to the
/// folder of the configuration file that lists them. `*` matches within one
/// path segment, `?` one character of a segment, `**` any number of whole
/// segments (none included). A pattern that matches a folder ignores
/// everything under it (`drafts` and `drafts/` both ignore `drafts/a.md`).
public enum IgnoreGlob {
    public static func matches(_ pattern: String, path: String) -> Bool {
        var pattern = Substring(pattern)
        while pattern.hasPrefix("./") { pattern = pattern.dropFirst(2) }
        while pattern.hasPrefix("/") { pattern = pattern.dropFirst() }
        let folderOnly = pattern.hasSuffix("/")
        let patternSegments = pattern.split(separator: "/").map(String.init)
        let pathSegments = path.split(separator: "/").map(String.init)
        guard !patternSegments.isEmpty else { return false }
        // The whole path, or one of its folders.
        let lengths = folderOnly ? Array(1..<max(pathSegments.count, 1)) : Array(1...max(pathSegments.count, 1))
        return lengths.contains { length in
            length <= pathSegments.count && segmentsMatch(patternSegments, Array(pathSegments.prefix(length)))
        }
    }

    /// Dynamic programming over (pattern segment, path segment): linear in
    /// their product, however many `**` the pattern holds.
    static func segmentsMatch(_ pattern: [String], _ path: [String]) -> Bool {
        var reachable = Array(repeating: Array(repeating: false, count: path.count + 1), count: pattern.count + 1)
        reachable[0][0] = true
        for p in 0..<pattern.count {
            for s in 0...path.count where reachable[p][s] {
                if pattern[p] == "**" {
                    for rest in s...path.count { reachable[p + 1][rest] = true }
                } else if s < path.count, segmentMatches(pattern[p], path[s]) {
                    reachable[p + 1][s + 1] = true
                }
            }
        }
        return reachable[pattern.count][path.count]
    }

    /// `*` and `?` within one segment, by the classic greedy backtrack (linear
    /// for one `*`, quadratic at worst).
    static func segmentMatches(_ pattern: String, _ text: String) -> Bool {
        let p = Array(pattern.unicodeScalars), t = Array(text.unicodeScalars)
        var pi = 0, ti = 0
        var star: Int?, mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == "?" || p[pi] == t[ti] {
                pi += 1; ti += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi; mark = ti; pi += 1
            } else if let star {
                pi = star + 1; mark += 1; ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
