import EngageMarkdown
import EngageText

/// Maps a post onto the framework's sections: cut into parts, measure each
/// part, score it against every section, decode the whole sequence.
public struct SectionClassifier: Sendable {
    let scorer: SectionScorer
    public let companies: CompanyMatcher

    public init(headings: PhraseLexicon = SectionClassifier.builtinHeadings,
                cues: PhraseLexicon = SectionClassifier.builtinCues,
                companies: CompanyMatcher = .builtin) {
        scorer = SectionScorer(headings: headings, cues: cues)
        self.companies = companies
    }

    public func classify(_ document: Document) -> SectionMap {
        let structure = PostStructure(document: document)
        let hasTitle = structure.title != nil
        var parts = structure.parts
        // An opening with no title and no content is no part at all.
        if let first = parts.first, first.heading == nil, first.blocks.allSatisfy({ SectionClassifier.isInvisible($0, document) }), !hasTitle {
            parts.removeFirst()
        }
        let signals = parts.map { PartSignals(part: $0, document: document, companies: companies, cues: scorer.cues) }
        let sectionHeadings = parts.indices.filter { parts[$0].heading != nil }.map { signals[$0].headingText }
        let numbered = SectionClassifier.mostlyNumbered(sectionHeadings)
        let questions = SectionClassifier.mostlyQuestions(sectionHeadings)
        // A title with (almost) no text under it but metadata ("**Difficulty:** ...")
        // hands the hook to the first section too.
        let bareOpening = hasTitle && parts.first?.heading == nil
            && signals[0].bodyWordCount - signals[0].labelWordCount < SectionScorer.openingWords
        // "Databases Cheat Sheet", "CI/CD — Interview Questions": the title says
        // the page is reference, so its parts are too unless a heading says otherwise.
        let referenceTitle = structure.title.map { title in
            scorer.headings.strongest(in: title).contains { $0.key == .other && $0.value.weight >= 2 }
        } ?? false
        let indexPage = SectionClassifier.isIndexPage(signals, document: document)
        let evidence = parts.indices.map { index in
            scorer.evidence(for: signals[index], index: index, count: parts.count,
                            isOpening: parts[index].heading == nil, hasTitle: hasTitle,
                            numberedHeadings: numbered, questionPage: questions, indexPage: indexPage, referenceTitle: referenceTitle,
                            followsBareTitle: bareOpening && index == 1)
        }
        let scores = evidence.map(SectionClassifier.totals)
        var (path, posterior) = SectionDecoder.decode(scores)
        // A title-only opening introduces the hook-like part that follows it.
        if path.count > 1, parts[0].heading == nil, SectionDecoder.states[path[0]] == .other, SectionDecoder.states[path[1]] == .hook {
            path[0] = SectionID.hook.order
            posterior[0][path[0]] = posterior[1][path[1]]
        }
        var classified: [ClassifiedPart] = []
        for index in parts.indices {
            let section = SectionDecoder.states[path[index]]
            classified.append(makePart(parts[index], section: section, confidence: posterior[index][path[index]],
                                       evidence: evidence[index], signals: signals[index], document: document))
        }
        let (present, presenceEvidence) = presence(classified, signals: signals, listPage: numbered || questions || indexPage)
        return SectionMap(title: structure.title, titleLine: structure.titleHeading.map { document.startLine($0) },
                          topLevel: structure.topLevel, parts: classified, present: present, presenceEvidence: presenceEvidence)
    }

    /// Each section's summed evidence weight, in one pass (summed in list order, as before).
    static func totals(_ evidence: [Evidence]) -> [Double] {
        var totals = [Double](repeating: 0, count: SectionDecoder.states.count)
        for item in evidence { totals[item.section.order] += item.weight }
        return totals
    }

    private func makePart(_ part: PostStructure.Part, section: SectionID, confidence: Double,
                          evidence: [Evidence], signals: PartSignals, document: Document) -> ClassifiedPart {
        var reasons = SectionClassifier.strongest(4, of: evidence, for: section)
        if reasons.isEmpty {
            reasons = [.note(section == .solution ? "no stronger signal: body content of a technical post reads as solution"
                                                  : "no stronger signal: chosen by its neighbours' order")]
        }
        let level: Int
        if let heading = part.heading, case .heading(let headingLevel, _) = document.kind(heading) { level = headingLevel } else { level = 0 }
        return ClassifiedPart(
            line: part.heading.map { document.startLine($0) } ?? 1,
            level: level,
            heading: part.heading == nil ? "(opening)" : signals.headingText,
            headingNode: part.heading,
            section: section,
            confidence: confidence,
            reasons: reasons,
            region: SectionClassifier.region(part.blocks, document: document),
            subsections: subsections(of: part, in: section, signals: signals, document: document))
    }

    /// The `count` heaviest positive reasons for `section`, heaviest first
    /// (ties in list order), the prior left out: found in one pass, since
    /// only these few are ever shown.
    static func strongest(_ count: Int, of evidence: [Evidence], for section: SectionID) -> [Evidence.Cause] {
        var top: [Evidence] = []
        for item in evidence where item.section == section && item.weight > 0 && !item.isPrior {
            guard top.count < count || item.weight > top[top.count - 1].weight else { continue }
            var slot = top.count
            while slot > 0, top[slot - 1].weight < item.weight { slot -= 1 }
            top.insert(item, at: slot)
            if top.count > count { top.removeLast() }
        }
        return top.map(\.cause)
    }

    /// Sub-headings whose wording strongly names a different section start a
    /// sub-region of that section ("### Common Mistakes" under a problem part).
    private func subsections(of part: PostStructure.Part, in section: SectionID, signals: PartSignals,
                             document: Document) -> [ClassifiedSubsection] {
        var found: [ClassifiedSubsection] = []
        guard !part.subheadings.isEmpty else { return found }
        // Block positions, so cutting a sub-region costs its own length only (built at the first one).
        var positions: [NodeID: Int]?
        // Sub-headings are among the headings measured, in the same order: their keys are already there.
        var measured = signals.headingKeys.makeIterator()
        for (position, heading) in part.subheadings.enumerated() {
            var keys: Range<Int>?
            while let next = measured.next() {
                if next.heading == heading {
                    keys = next.keys
                    break
                }
            }
            let matches = keys.map { scorer.headings.strongest(in: signals.proseKeys[$0]) }
                ?? scorer.headings.strongest(in: PhraseNormalizer.keys(document.plainText(heading)))
            guard let best = matches.values.max(by: { $0.weight < $1.weight }), best.section != section,
                  best.section != .other, best.weight >= 2.2,
                  best.weight > (matches[section]?.weight ?? 0) else { continue }
            let level = SectionClassifier.level(heading, document)
            // The sub-region runs to the next sub-heading at the same or a shallower level.
            let end = part.subheadings[(position + 1)...].first { SectionClassifier.level($0, document) <= level }
            let blockIndex = positions ?? Dictionary(uniqueKeysWithValues: part.blocks.enumerated().map { ($1, $0) })
            positions = blockIndex
            let from = blockIndex[heading] ?? 0
            let blocks = part.blocks[from..<(end.flatMap { blockIndex[$0] } ?? part.blocks.count)]
            found.append(ClassifiedSubsection(
                line: document.startLine(heading), level: level, heading: document.plainText(heading),
                section: best.section, evidence: "heading says '\(best.phrase)'",
                region: SectionClassifier.region(Array(blocks), document: document)))
        }
        return found
    }

    /// `listPage`: the sections are numbered entries or questions (a reference
    /// list, a question bank), or the page is an index of links. Its companies are the subject and its insights
    /// answers, so only parts and sub-headings make a section present there.
    private func presence(_ parts: [ClassifiedPart], signals: [PartSignals], listPage: Bool) -> ([SectionID: Bool], [SectionID: String]) {
        var present: [SectionID: Bool] = [:]
        var why: [SectionID: String] = [:]
        for section in SectionID.framework { present[section] = false }
        for part in parts where part.section != .other { present[part.section] = true }
        for part in parts {
            for sub in part.subsections where present[sub.section] != true {
                present[sub.section] = true
                why[sub.section] = "sub-heading '\(sub.heading)' (line \(sub.line))"
            }
        }
        guard !listPage else { return (present, why) }
        // A paradigm shift often lives in "Key Insight" passages inside another part.
        if present[.shift] != true, let index = signals.firstIndex(where: { scorer.cueTotal($0, .shift) >= 3 }) {
            present[.shift] = true
            why[.shift] = "shift language in '\(parts[index].heading)'"
        }
        if present[.proof] != true, let index = signals.firstIndex(where: { $0.companies.count >= 3 }) {
            present[.proof] = true
            why[.proof] = "companies named in '\(parts[index].heading)': " + signals[index].companies.prefix(4).joined(separator: ", ")
        }
        return (present, why)
    }

    /// True when at least 60% of the section headings (their plain text) start with "N." or "N)".
    static func mostlyNumbered(_ headings: [String]) -> Bool {
        guard headings.count >= 4 else { return false }
        let numbered = headings.filter { heading in
            let text = heading.drop { $0 == " " }
            let digits = text.prefix { $0.isNumber }
            return !digits.isEmpty && [".", ")"].contains(text.dropFirst(digits.count).first)
        }
        return numbered.count * 10 >= headings.count * 6
    }

    /// True when at least 60% of the section headings (at least 4) are numbered
    /// questions: "Q1: ...", "Q2. ...", "Question 3: ...".
    static func mostlyQuestions(_ headings: [String]) -> Bool {
        guard headings.count >= 4 else { return false }
        return headings.filter(isNumberedQuestion).count * 10 >= headings.count * 6
    }

    /// A page that is an index of other pages: at least `indexEntries`
    /// list items and table rows, 60% or more of them links ("- [Redis
    /// Caching](...)", "| [Sharding](...) | P0 |") or rows of a status table
    /// ("| 12 | Design a Web Crawler | 📄 Stub |"). Navigation, learning
    /// paths, section indexes and progress trackers (issue #3's status pages)
    /// are reference, not posts in eight sections.
    static func isIndexPage(_ signals: [PartSignals], document: Document) -> Bool {
        let entries = signals.reduce(0) { $0 + $1.entries }
        guard entries >= indexEntries else { return false }
        func mostly(_ listed: Int) -> Bool { listed * 10 >= entries * 6 }
        let linked = signals.reduce(0) { $0 + $1.linkedEntries }
        if mostly(linked) { return true }
        // Status columns are read only when table rows could make up the share.
        let tableRows = signals.reduce(0) { $0 + max($1.linkedEntries, $1.tableRows.reduce(0) { $0 + $1.rows }) }
        guard mostly(tableRows) else { return false }
        return mostly(signals.reduce(0) { $0 + max($1.linkedEntries, $1.statusEntries(in: document)) })
    }

    static let indexEntries = 20

    /// "Q1: ...", "Q2. ...", "Question 3: ...".
    static func isNumberedQuestion(_ heading: String) -> Bool {
        var text = Substring(heading.drop { $0 == " " })
        if text.hasPrefix("Question ") { text = text.dropFirst("Question ".count) } else if text.first == "Q" { text = text.dropFirst() } else { return false }
        let digits = text.prefix { $0.isNumber }
        return !digits.isEmpty && [".", ")", ":"].contains(text.dropFirst(digits.count).first)
    }

    static func level(_ heading: NodeID, _ document: Document) -> Int {
        if case .heading(let level, _) = document.kind(heading) { return level }
        return 0
    }

    static func region(_ blocks: [NodeID], document: Document) -> SectionRegion {
        let start = blocks.first.map { document.startLine($0) } ?? 1
        let end = blocks.last.map { document.endLine($0) } ?? start
        return SectionRegion(blocks: blocks, startLine: start, endLine: end)
    }

    /// Blocks a reader does not see as content (comments, front matter, link definitions).
    static func isInvisible(_ block: NodeID, _ document: Document) -> Bool {
        switch document.kind(block) {
        case .frontMatter, .htmlBlock, .linkReferenceDefinition, .thematicBreak: return true
        default: return false
        }
    }
}

extension SectionClassifier {
    /// Rules/sections/headings.txt, compiled in.
    public static let builtinHeadings = builtinLexicon("sections/headings.txt")
    /// Rules/sections/content-cues.txt, compiled in.
    public static let builtinCues = builtinLexicon("sections/content-cues.txt")

    private static func builtinLexicon(_ path: String) -> PhraseLexicon {
        do {
            return try PhraseLexicon(text: BuiltinResources.files[path] ?? "", origin: "Rules/" + path)
        } catch {
            // The built-in files are checked by tests; a broken one is a build defect.
            fatalError("\(error)")
        }
    }
}
