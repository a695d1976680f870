import EngageMarkdown
import EngageText

/// Kind `emoji-density`: at most `max` emoji per `per-words` words of prose
/// (headings included: a reader sees them), and, with `code` true, no emoji
/// inside code blocks that hold code (output, text and diagram blocks are
/// left alone). Each emoji in code is a finding; too many in prose is one
/// finding at the densest block.
///
/// params: `max` (default 1), `per-words` (default 40), `code` (default true), `area` (default post).
/// Message values: {count}, {words}, {allowed}, {in-code}.
struct EmojiDensityCheck: RuleCheck {
    static let kind = "emoji-density"

    let maximum: Double
    let perWords: Int
    let code: Bool
    let area: RuleScope.Area

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["max", "per-words", "code", "area"])
        maximum = try params.double("max", default: 1)
        perWords = try params.int("per-words", default: 40)
        guard perWords > 0 else { throw params.error("'per-words' must be positive") }
        code = try params.bool("code", default: true)
        area = try RuleScope.Area.parse(params, default: .post)
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let scoped = scope.area(area)
        let document = scoped.document
        var emoji = 0
        var words = 0
        var densest: (offset: Int, count: Int)? = nil
        for block in scoped.prose {
            emoji += block.emoji.count
            words += block.wordCount
            if let first = block.emoji.first, block.emoji.count > (densest?.count ?? 0) {
                densest = (block.sourceOffset(forTextOffset: first.lowerBound), block.emoji.count)
            }
        }
        var findings: [Finding] = []
        let allowed = Int((Double(words) * maximum / Double(perWords)).rounded())
        if emoji > allowed, let densest {
            findings.append(Finding(offset: densest.offset, detail: "\(emoji) emoji in \(words) words (allowed \(allowed))"))
        }
        var inCode = 0
        if code {
            for node in scoped.codeBlocks {
                guard let (_, language) = CodeInfo.kindAndLanguage(document, node),
                      !language.isEmpty, !CodeInfo.textLike.contains(language) else { continue }
                let literal = document.literal(node) ?? ""
                let found = Emoji.find(in: literal)
                guard !found.isEmpty else { continue }
                inCode += found.count
                let offset = EmojiDensityCheck.sourceOffset(of: found[0].lowerBound, in: literal, block: node, document)
                findings.append(Finding(offset: offset, detail: "\(found.count) emoji in a \(language) code block",
                                        excerpt: EmojiDensityCheck.utf8Slice(literal, found[0])))
            }
        }
        let values = ["count": String(emoji), "words": String(words), "allowed": String(allowed), "in-code": String(inCode)]
        let evidence = ["\(emoji) emoji in \(words) prose words, \(inCode) in code"]
        if findings.isEmpty { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, findings: findings, evidence: evidence))
    }

    static func utf8Slice(_ text: String, _ range: Range<Int>) -> String {
        let bytes = Array(text.utf8)
        let clamped = min(range.lowerBound, bytes.count)..<min(range.upperBound, bytes.count)
        return String(decoding: bytes[clamped], as: UTF8.self)
    }

    /// Source offset of a UTF-8 offset in a code block's literal: the literal
    /// is its content lines, so find the same bytes in the source (the block
    /// may be indented in a list or quote, and CRLF may differ); falls back
    /// to the block's start.
    static func sourceOffset(of offset: Int, in literal: String, block: NodeID, _ document: Document) -> Int {
        CodeSource.offset(ofLiteralOffset: offset, literal: literal, block: block, document)
    }
}
