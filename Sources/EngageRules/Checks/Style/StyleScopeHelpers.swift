import Foundation
import EngageMarkdown
import EngageText

/// Shared reading helpers for the style and accuracy checks.
extension RuleScope {
    /// Body prose a reader reads as running text: paragraphs, list-item
    /// paragraphs and block-quote paragraphs (not headings, not table cells).
    var bodyProse: [ProseBlock] {
        prose.filter { block in
            switch block.kind {
            case .paragraph, .listItem, .blockQuote: return true
            case .heading, .tableCell: return false
            }
        }
    }

    /// Code blocks in scope, in document order.
    var codeBlocks: [NodeID] {
        nodes { if case .codeBlock = $0 { return true } else { return false } }
    }

    /// Every link and image in scope (not autolinks unless asked), in document order.
    func linkNodes(includingAutolinks: Bool = false, includingImages: Bool = true) -> [NodeID] {
        nodes { kind in
            switch kind {
            case .link(_, _, let style): return includingAutolinks || style != .autolink
            case .image: return includingImages
            default: return false
            }
        }
    }
}

/// What a code block's info string says about its content.
enum CodeInfo {
    /// The language tag: the info string's first word, lower-cased, without
    /// `{...}` attributes (`js {1,3}` → `js`, `{.python}` → `python`). Empty when none.
    static func language(_ info: String) -> String {
        var word = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        if word.hasPrefix("{") {
            word = word.trimmingCharacters(in: ["{", "}", "."])
        } else if let brace = word.firstIndex(of: "{") {
            word = String(word[..<brace])
        }
        if let comma = word.firstIndex(of: ",") { word = String(word[..<comma]) }
        return word.lowercased()
    }

    /// Tags that mark plain text, program output or diagrams rather than code.
    static let textLike: Set<String> = [
        "text", "txt", "plain", "plaintext", "output", "out", "log", "logs", "none", "nohighlight",
        "ascii", "diagram", "mermaid", "markdown", "md", "console", "terminal", "result", "results",
        "stdout", "raw", "tree", "csv", "tsv", "graphql-schema", "dot", "plantuml", "puml", "math", "latex", "tex",
    ]

    static func kindAndLanguage(_ document: Document, _ node: NodeID) -> (fenced: Bool, language: String)? {
        guard case .codeBlock(let fenced, let info) = document.kind(node) else { return nil }
        return (fenced, language(info))
    }
}

extension Array where Element == UInt8 {
    /// Index of `needle` at or after `from`, nil when absent (naive; needles are short).
    func firstIndex(of needle: [UInt8], from start: Int = 0) -> Int? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var i = start
        let last = count - needle.count
        while i <= last {
            if self[i] == needle[0] {
                var k = 1
                while k < needle.count, self[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}

extension Double {
    /// One decimal, no trailing ".0" (`12.5`, `8`).
    var oneDecimal: String {
        let rounded = (self * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
