import EngageText

/// Scores one part against each section: the emission potentials of the
/// decoder, as weighted evidence so the winning reasons can be shown.
///
/// Weights are log-odds-like: a strong heading phrase (~3 x 1.6) outweighs
/// content signals, which outweigh position. They were set from the
/// framework's descriptions, then checked against hand-labelled posts.
struct SectionScorer {
    let headings: PhraseLexicon
    let cues: PhraseLexicon

    /// Where each section typically sits, as a fraction of the post.
    static let typicalPosition: [SectionID: Double] = [
        .hook: 0, .problem: 0.15, .whyFails: 0.3, .shift: 0.4, .solution: 0.55, .proof: 0.72, .quickWin: 0.82, .cta: 0.95,
    ]
    static let prior: [SectionID: Double] = [.solution: 0.6, .other: 0.1]

    /// Words an opening needs under the title to be a hook of its own.
    static let openingWords = 8

    /// `followsBareTitle`: the part is the first section, right under a title
    /// with no opening text of its own.
    func evidence(for signals: PartSignals, index: Int, count: Int, isOpening: Bool, hasTitle: Bool,
                  numberedHeadings: Bool = false, questionPage: Bool = false, indexPage: Bool = false,
                  referenceTitle: Bool = false,
                  followsBareTitle: Bool = false) -> [Evidence] {
        var found: [Evidence] = []
        found.reserveCapacity(24)
        for (section, weight) in SectionScorer.prior {
            found.append(Evidence(section: section, weight: weight, .prior))
        }
        if isOpening {
            // A hook needs words before the first section: a bare title opens
            // nothing, and a question bank's opening only introduces its questions.
            if questionPage {
                found.append(Evidence(section: .other, weight: 2, .note("the opening of a question bank introduces its questions")))
            } else if indexPage {
                found.append(Evidence(section: .other, weight: 2, .note("the opening of an index introduces its entries")))
            } else if signals.bodyWordCount >= SectionScorer.openingWords {
                found.append(Evidence(section: .hook, weight: 6, .openingWords(signals.bodyWordCount, atLeast: signals.leadIsFull)))
            } else {
                found.append(Evidence(section: .other, weight: 2, .note(hasTitle ? "a title with no opening text" : "no opening text")))
            }
            return found
        }
        let fromHeading = headings.strongest(in: signals.headingText)
        for (section, match) in fromHeading {
            found.append(Evidence(section: section, weight: 1.6 * match.weight, .headingSays(match.phrase)))
        }
        // Under a bare title, a first section headed like a headline, with a
        // figure ("How Stripe Prevents $847M in Duplicate Payments"), is where
        // the post opens: the hook's home, unless its heading names another
        // section outright ("The $10M Problem"). A reference page's first
        // heading ("2xx Success") states no figure and opens nothing, and a
        // duration ("Surface Answer (First 2 Minutes)") is no headline's figure.
        if followsBareTitle, SectionScorer.headlineFigures(signals.headingText) > 0,
           !fromHeading.contains(where: { $0.key != .hook && $0.key != .proof && 1.6 * $0.value.weight >= 2.4 }) {
            // A company's story as the opening headline ("How Netflix Found a
            // $23M Query") is the hook; its social proof comes later.
            let story = fromHeading[.proof].map { 1.6 * $0.weight } ?? 0
            found.append(Evidence(section: .hook, weight: 1.6 + story, .note("headline with a figure under a title with no opening text")))
        }
        // A heading that names a section outright settles reference-page doubts.
        let namesSection = fromHeading.contains { $0.key != .other && 1.6 * $0.value.weight >= 2.4 }
        // A post whose sections are "1. ...", "2. ..." is a reference list or a
        // question bank: a numbered part that names no section is reference.
        if numberedHeadings, !namesSection {
            found.append(Evidence(section: .other, weight: 1.2, .note("numbered reference heading")))
        }
        // A question bank is no post in eight sections (issue #3): each
        // question with its answer is reference, unless its heading names a
        // section outright.
        if questionPage, !namesSection, SectionClassifier.isNumberedQuestion(signals.headingText) {
            found.append(Evidence(section: .other, weight: SectionScorer.questionWeight, .note("a question of a question bank")))
        }
        if referenceTitle, !namesSection {
            found.append(Evidence(section: .other, weight: 1.5, .note("part of a page whose title names reference")))
        } else if indexPage, !namesSection {
            found.append(Evidence(section: .other, weight: 1.5, .note("part of an index page (most entries are links or status rows)")))
        }
        addCueEvidence(signals, to: &found)
        addStructureEvidence(signals, to: &found)
        // Who uses it, entry by entry, is social proof whatever the heading;
        // on a reference page (numbered entries, questions, an index, a
        // reference title), a table of providers is reference data.
        let referencePage = numberedHeadings || questionPage || indexPage || referenceTitle
        if !referencePage, signals.rosterCompanies > 0 {
            found.append(Evidence(section: .proof, weight: SectionScorer.rosterWeight, .roster(companies: signals.rosterCompanies)))
        }
        addPositionEvidence(index: index, count: count, to: &found)
        return found
    }

    /// Enough to outweigh what any answer's content says (code, steps).
    static let questionWeight = 2.5

    /// As telling as a heading that says "Who Uses" (2.5 x 1.6): with the
    /// companies it names, it outweighs a moderate heading ("Why This
    /// Matters", 2 x 1.6). A roster under a heading that names its section
    /// outright is rare: "Related POCs" lists links, which no roster holds.
    static let rosterWeight = 4.0

    /// Figures in a heading, a stated number of minutes not counted.
    /// A count of things is a figure too when it is large ("500,000 Driver
    /// Locations"): a number of 1,000 or more that is not a year.
    static func headlineFigures(_ heading: String) -> Int {
        let figures = QuantityCounter.count(in: heading) + largeCounts(in: heading)
        guard figures > 0, PartSignals.minutes(in: PhraseNormalizer.words(heading)) != nil else { return figures }
        return figures - 1
    }

    /// Numbers of 1,000 or more ("500,000", "10000") with no unit or letter
    /// right after them (those QuantityCounter reads) and none glued before
    /// them ("EC2"); a year (1900-2099, four digits) is no count.
    static func largeCounts(in heading: String) -> Int {
        let bytes = Array(heading.utf8)
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] | 0x20 >= 0x61 && bytes[i] | 0x20 <= 0x7A }
        var count = 0
        var i = 0
        while i < bytes.count {
            guard isDigit(i), !isLetter(i - 1), !isDigit(i - 1) else { i += 1; continue }
            var value = 0, digits = 0, separated = false
            while isDigit(i) || (i < bytes.count && bytes[i] == 0x2C && isDigit(i + 1) && digits > 0) {
                if bytes[i] == 0x2C { separated = true } else { value = min(value * 10 + Int(bytes[i] - 0x30), 1 << 40); digits += 1 }
                i += 1
            }
            let year = !separated && digits == 4 && (1900...2099).contains(value)
            if value >= 1000, !year, !isLetter(i), !(i < bytes.count && bytes[i] == 0x25) { count += 1 }
        }
        return count
    }

    /// Sum of the content-cue weights of one section in a part (uncapped).
    func cueTotal(_ signals: PartSignals, _ section: SectionID) -> Double {
        signals.cues.filter { $0.section == section }.reduce(0) { $0 + $1.weight }
    }

    /// Content phrases, capped per section so repetition cannot win alone.
    private func addCueEvidence(_ signals: PartSignals, to found: inout [Evidence]) {
        guard !signals.cues.isEmpty else { return }
        var totals = [Double](repeating: 0, count: SectionID.allCases.count)
        var phrases = [[String]](repeating: [], count: SectionID.allCases.count)
        for match in signals.cues {
            let slot = match.section.order
            totals[slot] += match.weight
            if !phrases[slot].contains(match.phrase) { phrases[slot].append(match.phrase) }
        }
        for section in SectionID.allCases where !phrases[section.order].isEmpty {
            found.append(Evidence(section: section, weight: 0.5 * min(totals[section.order], 2.5),
                                  .contentSays(Array(phrases[section.order].prefix(3)))))
        }
    }

    private func addStructureEvidence(_ signals: PartSignals, to found: inout [Evidence]) {
        func add(_ section: SectionID, _ weight: Double, _ cause: Evidence.Cause) {
            found.append(Evidence(section: section, weight: weight, cause))
        }
        if signals.codeBlocks > 0 {
            add(.solution, 0.4 + 0.15 * Double(min(signals.codeBlocks, 6)), .codeBlocks(signals.codeBlocks))
        } else {
            add(.solution, -0.2, .note("no code"))
        }
        if signals.stepHeadings >= 2 { add(.solution, 0.5, .stepHeadings(signals.stepHeadings)) }
        if let minutes = signals.headingTimeBox, minutes <= 30 {
            add(.quickWin, 1.8, .timeBox(minutes: minutes))
            if signals.commandBlocks + signals.codeBlocks > 0 { add(.quickWin, 0.4, .note("commands to run")) }
        }
        let companies = signals.companies.count
        // Social proof is companies *with results*; a list of vendors is not.
        if companies >= 3, signals.quantities >= 1 {
            add(.proof, 1.8, .companies(signals.companies, all: false))
        } else if companies >= 2 {
            add(.proof, 0.8, .companies(signals.companies, all: true))
        }
        if signals.quantities >= 3 { add(.problem, 0.3, .quantities(signals.quantities)) }
        if signals.quantities >= 3, companies >= 2 { add(.proof, 0.5, .note("companies with figures")) }
        if signals.crossMarks >= 2, signals.crossMarks > signals.checkMarks {
            add(.whyFails, 0.6, .crossMarks(signals.crossMarks))
        }
        if signals.linkItems >= 2 { add(.cta, 1.0, .linkList(signals.linkItems)) }
        if signals.wordCount < 15, signals.codeBlocks == 0, signals.tables == 0, signals.listItems == 0 {
            add(.other, 0.5, .note("almost no content"))
        }
    }

    /// A gentle pull towards each section's usual place in the post.
    private func addPositionEvidence(index: Int, count: Int, to found: inout [Evidence]) {
        let position = count > 1 ? Double(index) / Double(count - 1) : 0
        let percent = Int(position * 100)
        for (section, typical) in SectionScorer.typicalPosition {
            found.append(Evidence(section: section, weight: 0.8 * (0.25 - abs(position - typical)), .position(percent: percent)))
        }
        if index > 2 { found.append(Evidence(section: .hook, weight: -4, .note("too far from the top for a hook"))) }
    }
}
