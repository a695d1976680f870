import EngageText

/// Kind `analogy`: an explicit comparison with something from everyday life.
///
/// Passes when a sentence holds a `markers` cue ("think of", "like a",
/// "imagine") followed, in the same sentence, by a word of the `domains`
/// list (library, chef, folder, highway...), plural forms included; or when
/// a heading or bold lead is a `labels` cue ("Analogy") and text follows it.
/// A comparison with another technical thing ("think of views like
/// functions") is not an analogy in the framework's sense.
///
/// params: `markers`, `domains`, `labels` (optional).
/// Message values: {found} (marker sentences without an everyday word).
struct AnalogyCheck: RuleCheck {
    static let kind = "analogy"

    let markers: CueSet
    let domains: CueSet
    let labels: CueSet

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["markers", "domains", "labels"])
        markers = try CueSet(params, phrases: "markers")
        var domainPhrases = try params.strings("domains")
        guard !markers.isEmpty, !domainPhrases.isEmpty else { throw params.error("'markers' and 'domains' must list something") }
        // Plurals: "folders", "chefs", "libraries", "boxes".
        domainPhrases += domainPhrases.flatMap(AnalogyCheck.plurals)
        domains = CueSet(phrases: domainPhrases)
        labels = try CueSet(params, phrases: "labels", defaultPhrases: [])
    }

    static func plurals(_ phrase: String) -> [String] {
        guard let last = phrase.last, last.isLetter else { return [] }
        if phrase.hasSuffix("y"), !phrase.hasSuffix("ay"), !phrase.hasSuffix("ey"), !phrase.hasSuffix("oy") {
            return [String(phrase.dropLast()) + "ies"]
        }
        if phrase.hasSuffix("s") || phrase.hasSuffix("x") || phrase.hasSuffix("ch") || phrase.hasSuffix("sh") { return [phrase + "es"] }
        return [phrase + "s"]
    }

    func evaluate(_ given: RuleScope) -> CheckOutcome {
        let scope = given.resolved
        var technical: [String] = []
        var labelled = false
        for block in scope.middleBlocks {
            if labelled, block.text.contains(where: \.isLetter) {
                return .pass(evidence: ["labelled analogy: '\(block.text.prefix(80))'"])
            }
            if block.isCode { continue }
            if let lead = block.lead, labels.starts(lead) {
                // "**Analogy**: a chef..." carries its text; a heading "Analogy" is followed by it.
                if block.isHeading || block.text.count <= lead.count + 3 { labelled = true; continue }
                return .pass(evidence: ["labelled analogy: '\(block.text.prefix(80))'"])
            }
            let prose = MiddleUTF8Text(block.text)
            for sentence in Sentences.split(block.text) {
                let text = prose.slice(sentence.range)
                let words = PhraseNormalizer.words(text)
                let markerHits = markers.trie.hits(in: words)
                guard let firstMarker = markerHits.first else { continue }
                let domainHits = domains.trie.hits(in: words).filter { $0.words.lowerBound >= firstMarker.words.upperBound }
                if let domain = domainHits.first {
                    return .pass(evidence: ["analogy: '\(text.prefix(100))' ('\(domain.value)')"])
                }
                technical.append(String(text.prefix(60)))
            }
        }
        let found = technical.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
        return .fail(CheckFailure(values: ["found": found.isEmpty ? "none" : found], evidence: Array(technical.prefix(3))))
    }
}

/// UTF-8 slicing of a block's text by sentence ranges.
struct MiddleUTF8Text {
    let bytes: [UInt8]
    init(_ text: String) { bytes = Array(text.utf8) }
    func slice(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
