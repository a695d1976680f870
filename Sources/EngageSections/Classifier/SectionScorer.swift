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
                  numberedHeadings: Bool = false, questionPage: Bool = false, referenceTitle: Bool = false,
                  followsBareTitle: Bool = false) -> [Evidence] {
        var found: [Evidence] = []
        for (section, weight) in SectionScorer.prior {
            found.append(Evidence(section: section, weight: weight, reason: "prior", isPrior: true))
        }
        if isOpening {
            // A hook needs words before the first section: a bare title opens
            // nothing, and a question bank's opening only introduces its questions.
            if questionPage {
                found.append(Evidence(section: .other, weight: 2, reason: "the opening of a question bank introduces its questions"))
            } else if signals.bodyWordCount >= SectionScorer.openingWords {
                found.append(Evidence(section: .hook, weight: 6, reason: "opening of the post (\(signals.bodyWordCount) words before the first section)"))
            } else {
                found.append(Evidence(section: .other, weight: 2, reason: hasTitle ? "a title with no opening text" : "no opening text"))
            }
            return found
        }
        let fromHeading = headingEvidence(signals)
        found += fromHeading
        // Under a bare title, a first section headed like a headline, with a
        // figure ("How Stripe Prevents $847M in Duplicate Payments"), is where
        // the post opens: the hook's home, unless its heading names another
        // section outright ("The $10M Problem"). A reference page's first
        // heading ("2xx Success") states no figure and opens nothing, and a
        // duration ("Surface Answer (First 2 Minutes)") is no headline's figure.
        if followsBareTitle, SectionScorer.headlineFigures(signals.headingText) > 0,
           !fromHeading.contains(where: { $0.section != .hook && $0.section != .proof && $0.weight >= 2.4 }) {
            // A company's story as the opening headline ("How Netflix Found a
            // $23M Query") is the hook; its social proof comes later.
            let story = fromHeading.first { $0.section == .proof }?.weight ?? 0
            found.append(Evidence(section: .hook, weight: 1.6 + story, reason: "headline with a figure under a title with no opening text"))
        }
        // A post whose sections are "1. ...", "2. ..." is a reference list or a
        // question bank: a numbered part that names no section is reference.
        if numberedHeadings, !fromHeading.contains(where: { $0.section != .other && $0.weight >= 2.4 }) {
            found.append(Evidence(section: .other, weight: 1.2, reason: "numbered reference heading"))
        }
        if referenceTitle, !fromHeading.contains(where: { $0.section != .other && $0.weight >= 2.4 }) {
            found.append(Evidence(section: .other, weight: 1.5, reason: "part of a page whose title names reference"))
        }
        found += cueEvidence(signals)
        found += structureEvidence(signals)
        found += positionEvidence(index: index, count: count)
        return found
    }

    /// Figures in a heading, a stated number of minutes not counted.
    static func headlineFigures(_ heading: String) -> Int {
        let figures = QuantityCounter.count(in: heading)
        guard figures > 0, PartSignals.minutes(in: PhraseNormalizer.words(heading)) != nil else { return figures }
        return figures - 1
    }

    private func headingEvidence(_ signals: PartSignals) -> [Evidence] {
        headings.strongest(in: signals.headingText).map { section, match in
            Evidence(section: section, weight: 1.6 * match.weight, reason: "heading says '\(match.phrase)'")
        }
    }

    /// Sum of the content-cue weights of one section in a part (uncapped).
    func cueTotal(_ signals: PartSignals, _ section: SectionID) -> Double {
        signals.cues.filter { $0.section == section }.reduce(0) { $0 + $1.weight }
    }

    /// Content phrases, capped per section so repetition cannot win alone.
    private func cueEvidence(_ signals: PartSignals) -> [Evidence] {
        var totals: [SectionID: (Double, [String])] = [:]
        for match in signals.cues {
            var entry = totals[match.section] ?? (0, [])
            entry.0 += match.weight
            if !entry.1.contains(match.phrase) { entry.1.append(match.phrase) }
            totals[match.section] = entry
        }
        return totals.map { section, entry in
            Evidence(section: section, weight: 0.5 * min(entry.0, 2.5),
                     reason: "content says " + entry.1.prefix(3).map { "'\($0)'" }.joined(separator: ", "))
        }
    }

    private func structureEvidence(_ signals: PartSignals) -> [Evidence] {
        var found: [Evidence] = []
        func add(_ section: SectionID, _ weight: Double, _ reason: @escaping @autoclosure @Sendable () -> String) {
            found.append(Evidence(section: section, weight: weight, reason: reason()))
        }
        if signals.codeBlocks > 0 {
            add(.solution, 0.4 + 0.15 * Double(min(signals.codeBlocks, 6)), "\(signals.codeBlocks) code block(s)")
        } else {
            add(.solution, -0.2, "no code")
        }
        if signals.stepHeadings >= 2 { add(.solution, 0.5, "\(signals.stepHeadings) step headings") }
        if let minutes = signals.headingTimeBox, minutes <= 30 {
            add(.quickWin, 1.8, "time box in heading: \(minutes) minutes")
            if signals.commandBlocks + signals.codeBlocks > 0 { add(.quickWin, 0.4, "commands to run") }
        }
        let companies = signals.companies.count
        // Social proof is companies *with results*; a list of vendors is not.
        if companies >= 3, signals.quantities >= 1 {
            add(.proof, 1.8, "companies: " + signals.companies.prefix(4).joined(separator: ", "))
        } else if companies >= 2 {
            add(.proof, 0.8, "companies: " + signals.companies.joined(separator: ", "))
        }
        if signals.quantities >= 3 { add(.problem, 0.3, "\(signals.quantities) quantities") }
        if signals.quantities >= 3, companies >= 2 { add(.proof, 0.5, "companies with figures") }
        if signals.crossMarks >= 2, signals.crossMarks > signals.checkMarks {
            add(.whyFails, 0.6, "\(signals.crossMarks) ❌ marks")
        }
        if signals.linkItems >= 2 { add(.cta, 1.0, "list of \(signals.linkItems) links") }
        if signals.wordCount < 15, signals.codeBlocks == 0, signals.tables == 0, signals.listItems == 0 {
            add(.other, 0.5, "almost no content")
        }
        return found
    }

    /// A gentle pull towards each section's usual place in the post.
    private func positionEvidence(index: Int, count: Int) -> [Evidence] {
        let position = count > 1 ? Double(index) / Double(count - 1) : 0
        // One reason text for all eight: formatting it per section cost more than the scoring.
        let reason = "position \(Int(position * 100))% through the post"
        var found: [Evidence] = SectionScorer.typicalPosition.map { section, typical in
            Evidence(section: section, weight: 0.8 * (0.25 - abs(position - typical)), reason: reason)
        }
        if index > 2 { found.append(Evidence(section: .hook, weight: -4, reason: "too far from the top for a hook")) }
        return found
    }
}
