import Foundation

/// `--changed-since REF`: the Markdown files a pull request touches, so a CI
/// gate lints only what the change brings in.
///
/// The comparison is the one `git diff REF...` makes (from the merge base of
/// REF and HEAD, so commits that landed on REF since the branch started do not
/// count) but against the working tree, so uncommitted edits count too, plus
/// untracked files that git does not ignore (a new post not yet added). A
/// renamed file counts under its new name; deleted files are skipped.
public enum ChangedFiles {
    /// The changed Markdown files, as paths relative to `workingDirectory`
    /// (`../x.md` outside it), sorted; limited to `paths` (files or folders) when any are given.
    public static func since(_ ref: String, limitedTo paths: [String],
                             workingDirectory: String = FileManager.default.currentDirectoryPath) throws(InputProblem) -> [String] {
        let git = GitCommand(directory: workingDirectory)
        let root: String
        let changed: [String]
        do {
            root = try git.line(["rev-parse", "--show-toplevel"])
            let base = try git.line(["merge-base", ref, "HEAD"])
            changed = try parseNameStatus(git.run(["diff", "--name-status", "-z", "-M", base, "--"]))
                // From the root: ls-files lists relative to, and only under, where it runs.
                + parseNullSeparated(GitCommand(directory: root).run(["ls-files", "--others", "--exclude-standard", "-z"]))
        } catch {
            throw InputProblem(path: "--changed-since \(ref)", line: nil, message: "git: \(error.message)")
        }
        let here = canonical(workingDirectory)
        let scopes = paths.map { canonical(absolute($0, in: here)) }
        var result = Set<String>()
        for relative in changed where isMarkdown(relative) {
            let path = canonical(root) + "/" + relative
            guard scopes.isEmpty || scopes.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) else { continue }
            result.insert(relativePath(path, from: here))
        }
        return result.sorted()
    }

    /// `git diff --name-status -z`: a status, then one path (two for renames
    /// and copies, of which the second is the file as it is now). Deletions dropped.
    static func parseNameStatus(_ data: Data) -> [String] {
        var fields = parseNullSeparated(data)[...]
        var paths: [String] = []
        while let status = fields.popFirst() {
            let kind = status.first
            let pathCount = kind == "R" || kind == "C" ? 2 : 1
            let named = fields.prefix(pathCount)
            fields = fields.dropFirst(pathCount)
            if kind != "D", let current = named.last { paths.append(current) }
        }
        return paths
    }

    static func parseNullSeparated(_ data: Data) -> [String] {
        data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    static func isMarkdown(_ path: String) -> Bool {
        InputCollector.markdownExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    static func absolute(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : directory + "/" + path
    }

    /// Symlinks resolved and `.`/`..` folded, so git's root and the working
    /// directory compare (on macOS /tmp is /private/tmp).
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let text = url.path
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    /// `path` as seen from `directory`: `docs/a.md`, or `../other/a.md`.
    static func relativePath(_ path: String, from directory: String) -> String {
        let target = path.split(separator: "/")
        let origin = directory.split(separator: "/")
        var common = 0
        while common < min(target.count, origin.count), target[common] == origin[common] { common += 1 }
        let ups = Array(repeating: "..", count: origin.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }
}
