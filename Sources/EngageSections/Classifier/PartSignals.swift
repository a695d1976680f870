import EngageMarkdown
import EngageText

/// What a part contains, measured once: the content evidence the classifier
/// weighs beside heading words and position.
struct PartSignals {
    var headingWords: [String] = []
    var proseWords: [String] = []
    var wordCount = 0
    /// Words of prose outside headings (a title alone is not an opening).
    var bodyWordCount = 0
    var codeBlocks = 0
    var commandBlocks = 0
    var tables = 0
    var orderedLists = 0
    var listItems = 0
    var linkItems = 0
    var links = 0
    var questions = 0
    var crossMarks = 0
    var checkMarks = 0
    var stepHeadings = 0
    var quantities = 0
    var companies: [String] = []
    /// "(10 Minutes)", "in 5 minutes": a time box in the heading.
    var headingTimeBox: Int?

    static let commandLanguages: Set<String> = ["sh", "bash", "shell", "console", "zsh", "powershell", "ps", "cmd", "terminal", "fish"]

    init(part: PostStructure.Part, document: Document, companies matcher: CompanyMatcher) {
        if let heading = part.heading {
            let text = document.plainText(heading)
            headingWords = PhraseNormalizer.words(text)
            headingTimeBox = PartSignals.minutes(in: headingWords)
        }
        var prose: [String] = []
        for block in part.blocks where block != part.heading {
            measure(block, document: document, prose: &prose)
        }
        let text = prose.joined(separator: "\n")
        proseWords = PhraseNormalizer.words(text)
        wordCount = proseWords.count
        quantities = QuantityCounter.count(in: proseWords)
        companies = matcher.companies(in: prose)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{274C}", "\u{2717}", "\u{2718}": crossMarks += 1
            case "\u{2705}", "\u{2714}", "\u{2713}": checkMarks += 1
            case "?": questions += 1
            default: break
            }
        }
    }

    private mutating func measure(_ block: NodeID, document: Document, prose: inout [String]) {
        document.walk(from: block) { node in
            switch document.kind(node) {
            case .heading:
                let words = PhraseNormalizer.words(document.plainText(node))
                if words.first == "step" || (words.count > 1 && words[0].allSatisfy(\.isNumber)) { stepHeadings += 1 }
                prose.append(document.plainText(node))
                return false
            case .codeBlock(_, let info):
                codeBlocks += 1
                let language = info.split(separator: " ").first.map { $0.lowercased() } ?? ""
                if PartSignals.commandLanguages.contains(language) { commandBlocks += 1 }
                return false
            case .table:
                tables += 1
                return true
            case .list(let info):
                if info.ordered { orderedLists += 1 }
                return true
            case .listItem:
                listItems += 1
                if PartSignals.containsLink(node, in: document) { linkItems += 1 }
                return true
            case .link:
                links += 1
                return true
            case .paragraph, .tableCell:
                let text = document.plainText(node)
                bodyWordCount += PhraseNormalizer.words(text).count
                prose.append(text)
                links += PartSignals.countLinks(node, in: document)
                return false
            case .htmlBlock, .frontMatter:
                return false
            default:
                return true
            }
        }
    }

    private static func countLinks(_ node: NodeID, in document: Document) -> Int {
        var count = 0
        document.walk(from: node) { child in
            if case .link = document.kind(child) { count += 1 }
            return true
        }
        return count
    }

    private static func containsLink(_ item: NodeID, in document: Document) -> Bool {
        var found = false
        document.walk(from: item) { child in
            if case .link = document.kind(child) { found = true }
            if case .list = document.kind(child), child != item { return false }
            return !found
        }
        return found
    }

    /// A duration in minutes stated in the words ("10 minutes", "5 min", "15-minute").
    static func minutes(in words: [String]) -> Int? {
        for index in words.indices.dropFirst() {
            let unit = words[index]
            guard unit.hasPrefix("min"), let value = Int(words[index - 1]) else { continue }
            return value
        }
        return nil
    }
}

/// Counts numbers carrying a unit in a word sequence ("128 ms", "95%", "10x").
/// A cheap proxy for quantities, good enough to weigh a part.
enum QuantityCounter {
    static let units: Set<String> = [
        "ms", "s", "sec", "secs", "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "h", "day", "days",
        "x", "k", "m", "b", "kb", "mb", "gb", "tb", "percent", "users", "rows", "requests", "queries", "qps", "rps",
        "req", "million", "billion", "thousand", "times", "ops", "connections", "messages", "events", "records",
    ]

    static func count(in words: [String]) -> Int {
        var count = 0
        for (index, word) in words.enumerated() {
            guard let first = word.unicodeScalars.first, ("0"..."9").contains(first) else { continue }
            let suffix = String(word.drop(while: { $0.isNumber || $0 == "." || $0 == "," }))
            if units.contains(suffix) || (index + 1 < words.count && units.contains(words[index + 1])) { count += 1 }
        }
        return count
    }
}
