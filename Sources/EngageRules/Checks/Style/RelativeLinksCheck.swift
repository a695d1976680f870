import EngageMarkdown
import Foundation

/// Kind `relative-links`: every relative link or image (`./setup.md`,
/// `../images/flow.png`, `docs/api#auth`) names a file or folder that exists,
/// resolved against the linted file's folder. Site generators drop the
/// extension, so `./intro` also matches `intro.md`, `intro.mdx`,
/// `intro/index.md`, `intro/README.md`, and `intro.html` matches `intro.md`.
/// Site-root paths (`/docs/x`) cannot be resolved from the file and are not
/// judged. Links to one machine's disk (`file:///`, `C:\`, `/Users/...`) never work for a reader and always fail.
///
/// Standard input and rule examples have no folder: only the machine-path
/// test applies there. Each broken link is a finding.
///
/// params: `area` (default post).
/// Message values: {count}, {found}.
struct RelativeLinksCheck: RuleCheck {
    static let kind = "relative-links"

    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["area"])
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        let document = scoped.document
        let folder = RelativeLinksCheck.folder(of: scope.analysis.path)
        var checked = 0
        var links = 0
        var findings: [Finding] = []
        var broken: [String] = []
        var cache: [String: Bool] = [:]
        for node in scoped.linkNodes() {
            let destination: String
            switch document.kind(node) {
            case .link(let d, _, _): destination = d
            case .image(let d, _, _): destination = d
            default: continue
            }
            let trimmed = destination.trimmingCharacters(in: .whitespaces)
            links += 1
            if let why = RelativeLinksCheck.machinePath(trimmed) {
                findings.append(Finding(offset: document.range(node).lowerBound, detail: "\(trimmed) \(why)", excerpt: trimmed))
                if broken.count < 6 { broken.append(trimmed) }
                continue
            }
            guard let folder, let relative = RelativeLinksCheck.relativePath(trimmed) else { continue }
            checked += 1
            let target = (folder as NSString).appendingPathComponent(relative)
            let exists: Bool
            if let known = cache[target] {
                exists = known
            } else {
                exists = RelativeLinksCheck.resolves(target)
                cache[target] = exists
            }
            if !exists {
                findings.append(Finding(offset: document.range(node).lowerBound, detail: "\(relative) does not exist", excerpt: trimmed))
                if broken.count < 6 { broken.append(trimmed) }
            }
        }
        let values = ["count": String(findings.count), "found": broken.joined(separator: ", ")]
        if !findings.isEmpty {
            return .fail(CheckFailure(values: values, findings: findings, evidence: broken.map { "broken \($0)" }))
        }
        if folder == nil {
            // Standard input or an example: nothing to resolve against, and no own-disk links.
            guard links > 0 else { return .notApplicable(reason: "no links") }
            return .pass(evidence: ["\(links) links, none to the writer's disk (no folder to resolve relative links against)"])
        }
        if checked == 0 { return .notApplicable(reason: "no relative links") }
        return .pass(evidence: ["\(checked) relative links resolve"])
    }

    /// The folder of the linted file, or nil when it is not a file on disk.
    static func folder(of path: String) -> String? {
        guard !path.isEmpty, !path.hasPrefix("<"), path.utf8.count < 4096 else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// The file part of a relative link, percent-decoded, without `?query`
    /// or `#fragment`; nil for URLs, fragments, site-root paths and mail links.
    static func relativePath(_ destination: String) -> String? {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("/"),
              !destination.hasPrefix("\\"), !destination.hasPrefix("~"), !destination.hasPrefix("{"),
              !destination.hasPrefix("<"), !destination.hasPrefix("$") else { return nil }
        // A scheme (`https:`, `mailto:`, `data:`, `javascript:`): letters, digits, + - . then a colon.
        if let colon = destination.firstIndex(of: ":") {
            let scheme = destination[..<colon]
            if !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) { return nil }
        }
        var path = destination
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        path = path.removingPercentEncoding ?? path
        guard !path.isEmpty, !path.contains("\0"), path.utf8.count < 1024 else { return nil }
        // Template syntax (`{{ site.url }}`, `${base}`) is not a path.
        if path.contains("{{") || path.contains("${") || path.contains("{%") { return nil }
        return path
    }

    /// Why a destination is a path on the writer's own machine, or nil.
    static func machinePath(_ destination: String) -> String? {
        let lower = destination.lowercased()
        if lower.hasPrefix("file:") { return "is a file: address on the writer's machine" }
        let bytes = Array(destination.utf8)
        if bytes.count >= 3, bytes[0].isLetterByte, bytes[1] == UInt8(ascii: ":"), bytes[2] == UInt8(ascii: "\\") || bytes[2] == UInt8(ascii: "/") {
            return "is a Windows drive path"
        }
        for prefix in ["/Users/", "/var/folders/", "/private/var/"] where destination.hasPrefix(prefix) {
            return "is a path on the writer's disk"
        }
        return nil
    }

    /// Whether the target (or a site generator's variant of it) exists.
    static func resolves(_ target: String) -> Bool {
        let manager = FileManager.default
        if manager.fileExists(atPath: target) { return true }
        let base = target.hasSuffix("/") ? String(target.dropLast()) : target
        var candidates = [base + ".md", base + ".mdx", base + ".markdown",
                          base + "/index.md", base + "/index.mdx", base + "/README.md", base + "/readme.md", base + "/_index.md"]
        if base.hasSuffix(".html") || base.hasSuffix(".htm") {
            let stem = (base as NSString).deletingPathExtension
            candidates += [stem + ".md", stem + ".mdx", stem + "/index.md"]
        }
        return candidates.contains { manager.fileExists(atPath: $0) }
    }
}

extension UInt8 {
    fileprivate var isLetterByte: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
}
