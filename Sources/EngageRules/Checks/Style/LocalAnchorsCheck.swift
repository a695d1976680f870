import EngageMarkdown
import Foundation

/// Kind `local-anchors`: every `#fragment` link points at a heading or an
/// explicit anchor of the same post. Each broken link is a finding.
///
/// Targets: each heading's GitHub slug (lower-cased; letters, digits, marks,
/// `_`, `-` and spaces kept, spaces made `-`, everything else dropped; a
/// repeated slug gets `-1`, `-2`...), the same slug with runs of `-`
/// collapsed (other site generators), a `{#custom-id}` at a heading's end,
/// and `id="..."` / `name="..."` in HTML. Fragments are compared
/// percent-decoded and case-insensitively; `#top` always works. A bare `#`
/// is left to the placeholder rule.
///
/// params: `area` (default post: links anywhere in the post; targets always come from the whole post).
/// Message values: {count}, {found}.
struct LocalAnchorsCheck: RuleCheck {
    static let kind = "local-anchors"

    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["area"])
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        let document = scoped.document
        var links: [(node: NodeID, fragment: String)] = []
        for node in scoped.linkNodes(includingImages: false) {
            guard case .link(let destination, _, _) = document.kind(node), destination.hasPrefix("#"), destination.count > 1 else { continue }
            links.append((node, String(destination.dropFirst())))
        }
        guard !links.isEmpty else { return .notApplicable(reason: "no #fragment links") }
        let targets = LocalAnchorsCheck.targets(in: document)
        var findings: [Finding] = []
        var broken: [String] = []
        for (node, fragment) in links {
            let decoded = (fragment.removingPercentEncoding ?? fragment).lowercased()
            if decoded == "top" || targets.contains(decoded) || targets.contains(LocalAnchorsCheck.collapse(decoded)) { continue }
            findings.append(Finding(offset: document.range(node).lowerBound, detail: "#\(fragment) matches no heading or anchor",
                                    excerpt: "#" + fragment))
            if broken.count < 6 { broken.append("#" + fragment) }
        }
        let values = ["count": String(findings.count), "found": broken.joined(separator: ", ")]
        let evidence = ["\(links.count - findings.count) of \(links.count) #fragment links resolve"]
        if findings.isEmpty { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, findings: findings, evidence: evidence))
    }

    /// Every anchor the post defines, lower-cased.
    static func targets(in document: Document) -> Set<String> {
        var targets: Set<String> = []
        var github: [String: Int] = [:]
        var collapsed: [String: Int] = [:]
        func addCounted(_ slug: String, _ seen: inout [String: Int]) {
            if let count = seen[slug] {
                var n = count
                var candidate = "\(slug)-\(n)"
                while seen[candidate] != nil { n += 1; candidate = "\(slug)-\(n)" }
                seen[slug] = n + 1
                seen[candidate] = 1
                targets.insert(candidate)
            } else {
                seen[slug] = 1
                targets.insert(slug)
            }
        }
        document.walk { node in
            switch document.kind(node) {
            case .heading:
                var text = document.plainText(node)
                if let custom = customID(&text) { targets.insert(custom.lowercased()) }
                let slug = githubSlug(text)
                addCounted(slug, &github)
                let trimmed = githubSlug(text.trimmingCharacters(in: .whitespaces))
                if trimmed != slug { targets.insert(trimmed) }
                addCounted(collapse(slug), &collapsed)
                collectHTMLIDs(in: node, document, into: &targets)
                return false
            case .htmlBlock, .inlineHTML:
                for id in htmlIDs(document.literal(node) ?? "") { targets.insert(id.lowercased()) }
                return false
            default:
                return true
            }
        }
        return targets
    }

    private static func collectHTMLIDs(in heading: NodeID, _ document: Document, into targets: inout Set<String>) {
        document.walk(from: heading) { node in
            if document.kind(node) == .inlineHTML {
                for id in htmlIDs(document.literal(node) ?? "") { targets.insert(id.lowercased()) }
            }
            return true
        }
    }

    /// GitHub's heading slug (github-slugger).
    static func githubSlug(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                slug.append("-")
                continue
            }
            if scalar == "-" || scalar == "_" { slug.append(scalar); continue }
            if scalar == "\u{FE0F}" || scalar == "\u{FE0E}" || scalar == "\u{200D}" { continue }
            switch scalar.properties.generalCategory {
            case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark,
                 .connectorPunctuation:
                slug.append(scalar)
            default:
                continue
            }
        }
        return String(slug)
    }

    /// Runs of `-` made one, leading and trailing `-` dropped.
    static func collapse(_ slug: String) -> String {
        var out = ""
        var lastDash = false
        for character in slug {
            if character == "-" {
                if !lastDash { out.append("-") }
                lastDash = true
            } else {
                out.append(character)
                lastDash = false
            }
        }
        return out.trimmingCharacters(in: ["-"])
    }

    /// `{#custom-id}` at the end of a heading's text: removed from the text and returned.
    static func customID(_ text: inout String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{#", options: .backwards) else { return nil }
        let id = trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]
        guard !id.isEmpty, !id.contains(" ") else { return nil }
        text = String(trimmed[..<open.lowerBound])
        return String(id)
    }

    /// Values of `id=` and `name=` attributes in an HTML fragment.
    static func htmlIDs(_ html: String) -> [String] {
        var ids: [String] = []
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            // Attribute names preceded by whitespace: ` id=` or ` name=`.
            let isSpace = bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D
            guard isSpace else { i += 1; continue }
            var j = i + 1
            var name: [UInt8] = []
            while j < bytes.count, bytes[j].isLetterByte, name.count < 5 { name.append(bytes[j] | 0x20); j += 1 }
            let attribute = String(decoding: name, as: UTF8.self)
            guard attribute == "id" || attribute == "name" else { i = max(j, i + 1); continue }
            while j < bytes.count, bytes[j] == 0x20 { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: "=") else { i = j; continue }
            j += 1
            while j < bytes.count, bytes[j] == 0x20 { j += 1 }
            guard j < bytes.count else { break }
            var value: [UInt8] = []
            if bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                let quote = bytes[j]
                j += 1
                while j < bytes.count, bytes[j] != quote { value.append(bytes[j]); j += 1 }
            } else {
                while j < bytes.count, bytes[j] != 0x20, bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "/") {
                    value.append(bytes[j])
                    j += 1
                }
            }
            if !value.isEmpty { ids.append(String(decoding: value, as: UTF8.self)) }
            i = j
        }
        return ids
    }
}

extension UInt8 {
    fileprivate var isLetterByte: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
}
