import EngageMarkdown
import EngageSections
import EngageText

/// Kind `numbered-steps`: the work laid out as numbered steps.
///
/// A step is a heading, bold lead, paragraph or list item that opens with
/// "Step N" (a numeral or number word); a heading numbered "N." or "N)"
/// whose first word is an action verb ("### 1. Start the database"); or an
/// item of an ordered list of at least `minListItems` items that all open
/// with an action verb. Numbered headings and lists that name things
/// ("### 1. Manual Refresh", "1. Reads the value") are not steps. A heading
/// that merely says "Step-by-Step" is not a step either.
///
/// With `code`, a comment line of a code block whose text opens with
/// "Step N" is a step too (`# Step 1: Create the table`, `// Step 2 - send
/// the request`): walkthroughs often number their steps inside the sample.
/// Code itself (`step = 1`, `step: 2`) is not a step.
///
/// params: `verbs` (action verbs), `min` (default 2), `minListItems`
/// (default 3; 0 turns ordered lists off), `sections` (more sections to
/// read, e.g. ["quick-win"]), `labels` (single words that open a step
/// with a number, default ["step"]), `code` (default false).
/// Message values: {count}, {min}.
struct NumberedStepsCheck: RuleCheck {
    static let kind = "numbered-steps"

    let verbs: Set<String>
    let minimum: Int
    let minListItems: Int
    let sections: [SectionID]
    let labels: Set<String>
    let readsCode: Bool

    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["verbs", "min", "minListItems", "sections", "labels", "code"])
        verbs = Set(try params.strings("verbs").flatMap { PhraseNormalizer.words($0) })
        guard !verbs.isEmpty else { throw params.error("'verbs' must list something") }
        minimum = try params.int("min", default: 2)
        minListItems = try params.int("minListItems", default: 3)
        sections = try SectionID.middleList(params, "sections")
        let labelWords = try params.strings("labels", default: ["step"]).map { PhraseNormalizer.words($0) }
        guard !labelWords.isEmpty, labelWords.allSatisfy({ $0.count == 1 }) else {
            throw params.error("'labels' must list single words, such as \"step\" or \"phase\"")
        }
        labels = Set(labelWords.map { $0[0] })
        readsCode = try params.bool("code", default: false)
    }

    func evaluate(_ given: RuleScope) -> CheckOutcome {
        let scope = given.resolved.including(sections: sections)
        let document = scope.document
        var steps: [String] = []
        var lists: [NodeID: (items: Int, verbs: Int, first: String)] = [:]
        var listOrder: [NodeID] = []
        var seenItems: Set<NodeID> = []
        for block in scope.middleBlocks {
            if block.isCode {
                if readsCode { steps += codeSteps(block.text) }
                continue
            }
            if case .cell = block.kind { continue }
            // Only how the block opens is judged: its first two words.
            let words = PhraseNormalizer.words(block.text, limit: 2)
            if isStepLabel(words) {
                steps.append(String(block.text.prefix(60)))
                continue
            }
            if block.isHeading, NumberedStepsCheck.opensWithNumeral(block.text), words.count >= 2, verbs.contains(words[1]) {
                steps.append(String(block.text.prefix(60)))
                continue
            }
            // Ordered-list items: judged per list once all items are seen.
            guard minListItems > 0, let list = block.list, let item = block.item,
                  case .list(let info) = document.kind(list), info.ordered, !seenItems.contains(item) else { continue }
            seenItems.insert(item)
            if lists[list] == nil { lists[list] = (0, 0, String(block.text.prefix(60))); listOrder.append(list) }
            lists[list]!.items += 1
            if let word = words.first, verbs.contains(word) { lists[list]!.verbs += 1 }
        }
        for list in listOrder {
            guard let counts = lists[list], counts.items >= minListItems, counts.verbs == counts.items else { continue }
            steps += Array(repeating: "ordered list: '\(counts.first)'", count: counts.items)
        }
        let values = ["count": String(steps.count), "min": String(minimum)]
        let evidence = Array(Set(steps)).sorted().prefix(6).map { "step '\($0)'" }
        if steps.count >= minimum { return .pass(evidence: evidence) }
        return .fail(CheckFailure(values: values, evidence: evidence))
    }

    /// The comment lines of a code block whose text opens with a step label:
    /// "# Step 1: ...", "// Step 2 - ...", "-- STEP 3: ...". Comments are
    /// found as `OutputShownCheck` finds them; a label is read from at most
    /// the first 24 bytes of the comment.
    func codeSteps(_ code: String) -> [String] {
        var code = code
        return code.withUTF8 { bytes in
            var found: [String] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var i = start
                while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
                if i < end, var body = OutputShownCheck.commentBodyStart(bytes, at: i, lineEnd: end) {
                    // "/**", "##", "---": the rest of the marker, then spaces.
                    while body < end, bytes[body] == bytes[i] || bytes[body] == 0x2A || bytes[body] == 0x20 || bytes[body] == 0x09 { body += 1 }
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[body..<min(end, body + 24)]), as: UTF8.self)
                    if isStepLabel(PhraseNormalizer.words(text, limit: 2)) {
                        // Decoded whole, then cut by characters: a byte cut could split one.
                        found.append(String(String(decoding: UnsafeBufferPointer(rebasing: bytes[body..<end]), as: UTF8.self).prefix(60)))
                    }
                }
                start = end + 1
            }
            return found
        }
    }

    /// "Step 1", "Step #2:", "Step three" (or another of `labels`).
    func isStepLabel(_ words: [String]) -> Bool {
        guard words.count >= 2, labels.contains(words[0]) else { return false }
        let next = words[1]
        return next.allSatisfy(\.isNumber) || NumberedStepsCheck.numberWords.contains(next)
    }

    /// "1. ", "2) ", "3: " after any emoji or markup.
    static func opensWithNumeral(_ text: String) -> Bool {
        let trimmed = text.drop { !$0.isLetter && !$0.isNumber }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        let rest = trimmed.dropFirst(digits.count)
        guard let mark = rest.first, ".):".contains(mark) else { return false }
        return rest.dropFirst().first.map { $0 == " " } ?? false
    }
}
