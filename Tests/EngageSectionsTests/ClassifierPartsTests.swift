@testable import EngageSections
import EngageMarkdown
import EngageText
import Foundation
import XCTest

final class PhraseLexiconTests: XCTestCase {

    func testAGappedPhraseMatchesItsHalvesWithUpToFourWordsBetween() throws {
        let lexicon = try PhraseLexicon(text: "[why-fails]\nwhy ... fails = 2.4\n", origin: "t")
        XCTAssertEqual(lexicon.matches(in: "Why 2PC Fails at Scale").map(\.phrase), ["why … fails"])
        XCTAssertEqual(lexicon.matches(in: "Why a Single Counter Fails").count, 1)
        XCTAssertEqual(lexicon.matches(in: "Why the one big shared global lock Fails").count, 0)  // five words between
        XCTAssertEqual(lexicon.matches(in: "It fails, and here is why").count, 0)  // the halves in order only
        XCTAssertEqual(lexicon.phraseCount, 1)
    }
    func testNormalizerDropsEmojiNumberingAndPunctuationButKeepsApostrophes() {
        XCTAssertEqual(PhraseNormalizer.words("📊 2. Anti-Patterns: Don’t Do This!"), ["2", "anti", "patterns", "don't", "do", "this"])
        XCTAssertEqual(PhraseNormalizer.words("What You'll Build"), ["what", "you'll", "build"])
        XCTAssertEqual(PhraseNormalizer.words("'quoted'"), ["quoted"])
    }

    func testWordKeysAreTheHashesOfTheNormalisedWords() {
        for text in ["Anti-Patterns: Don’t Do This! 🚫", "ÉCOLE d'été ''quoted''", "a''b 12ms", ""] {
            XCTAssertEqual(PhraseNormalizer.keys(text), PhraseNormalizer.words(text).map(PhraseNormalizer.key(ofNormalized:)), text)
        }
    }

    func testQuantityCounterNeedsAUnitAndSkipsNames() {
        XCTAssertEqual(QuantityCounter.count(in: "p99 went from 800ms to 20 ms, 95% of 10M rows, 3x faster"), 5)
        XCTAssertEqual(QuantityCounter.count(in: "Step 1 on EC2 and S3 in 2024"), 0)
    }

    func testLexiconMatchesWholeWordsOnlyAndKeepsTheStrongest() throws {
        let lexicon = try PhraseLexicon(text: "[problem]\nproblem = 1\nthe problem = 2.5\n[cta]\nsummary\n", origin: "t")
        let best = lexicon.strongest(in: "The Problem: Summary of Pain")
        XCTAssertEqual(best[.problem]?.weight, 2.5)
        XCTAssertEqual(best[.cta]?.phrase, "summary")
        XCTAssertTrue(lexicon.matches(in: "Problematic summaryless").isEmpty)
    }

    func testBadLexiconNamesTheLine() {
        XCTAssertThrowsError(try PhraseLexicon(text: "[hook]\nok\n[nonsense]\n", origin: "x.txt")) { error in
            XCTAssertEqual((error as? LexiconError)?.description, "x.txt:3: error: unknown section 'nonsense'")
        }
        XCTAssertThrowsError(try PhraseLexicon(text: "[hook]\nbad = -1\n", origin: "x.txt")) { error in
            XCTAssertEqual((error as? LexiconError)?.line, 2)
        }
        XCTAssertThrowsError(try PhraseLexicon(text: "orphan\n", origin: "x.txt"))
    }

    func testBuiltinLexiconsLoadAndCoverEverySection() {
        for section in SectionID.allCases {
            let heading = section == .other ? "Glossary" : section.title
            XCTAssertNotNil(SectionClassifier.builtinHeadings.strongest(in: heading)[section], "\(section)")
        }
        XCTAssertGreaterThan(SectionClassifier.builtinCues.phraseCount, 50)
    }
}

final class SectionDecoderTests: XCTestCase {
    private func scores(_ rows: [[SectionID: Double]]) -> [[Double]] {
        rows.map { row in SectionID.allCases.map { row[$0] ?? 0 } }
    }

    func testDecoderFollowsStrongEvidenceInAnyOrder() {
        let (path, posterior) = SectionDecoder.decode(scores([[.hook: 6], [.solution: 4], [.problem: 4]]))
        XCTAssertEqual(path.map { SectionDecoder.states[$0] }, [.hook, .solution, .problem])
        XCTAssertGreaterThan(posterior[2][SectionID.problem.order], 0.5)
    }

    func testOrderBreaksTiesTowardsTheFrameworkSequence() {
        // The middle part is equally problem or cta; after a problem and before a solution, problem wins.
        let (path, _) = SectionDecoder.decode(scores([[.hook: 6], [.problem: 1, .cta: 1], [.solution: 3]]))
        XCTAssertEqual(SectionDecoder.states[path[1]], .problem)
    }

    func testHookNeverReturnsLater() {
        let (path, _) = SectionDecoder.decode(scores([[.hook: 6], [.solution: 3], [.hook: 2, .other: 0.5]]))
        XCTAssertNotEqual(SectionDecoder.states[path[2]], .hook)
    }

    func testPosteriorsAreProbabilities() {
        let (_, posterior) = SectionDecoder.decode(scores([[.hook: 1], [.cta: 2, .solution: 1.5]]))
        for row in posterior { XCTAssertEqual(row.reduce(0, +), 1, accuracy: 1e-9) }
    }

    func testScaledPosteriorsEqualTheLogSpaceRecurrences() {
        // The textbook forward-backward in log space, as the reference the
        // scaled probability-space version must reproduce.
        func logSum(_ values: [Double]) -> Double {
            let top = values.max()!
            return top + log(values.reduce(0) { $0 + exp($1 - top) })
        }
        func reference(_ scores: [[Double]]) -> [[Double]] {
            let n = scores.count, k = SectionDecoder.states.count, trans = SectionDecoder.transitions
            var forward = [scores[0]]
            for i in 1..<n {
                forward.append((0..<k).map { j in logSum((0..<k).map { forward[i - 1][$0] + trans[$0 * k + j] }) + scores[i][j] })
            }
            var backward = Array(repeating: [Double](repeating: 0, count: k), count: n)
            for i in stride(from: n - 2, through: 0, by: -1) {
                backward[i] = (0..<k).map { p in logSum((0..<k).map { trans[p * k + $0] + scores[i + 1][$0] + backward[i + 1][$0] }) }
            }
            return (0..<n).map { i in
                let terms = (0..<k).map { forward[i][$0] + backward[i][$0] }
                let total = logSum(terms)
                return terms.map { exp($0 - total) }
            }
        }
        var generator = SeededGenerator(state: 20261204)
        for length in [1, 2, 3, 8, 40, 300] {
            // Scores as the scorer makes them: sums of weights, some large, many zero.
            let scores = (0..<length).map { _ in
                SectionDecoder.states.map { _ in Bool.random(using: &generator) ? 0 : Double.random(in: -30...60, using: &generator) }
            }
            let (_, posterior) = SectionDecoder.decode(scores)
            for (row, expected) in zip(posterior, reference(scores)) {
                for (value, want) in zip(row, expected) { XCTAssertEqual(value, want, accuracy: 1e-9) }
            }
        }
    }
}

final class PostStructureTests: XCTestCase {
    func testTopLevelIsTheShallowestUnlessOneHeadingWrapsTheRest() {
        XCTAssertEqual(PostStructure.topLevel(of: [2, 3, 2, 3]), 2)
        XCTAssertEqual(PostStructure.topLevel(of: [2, 3, 3, 3]), 3)
        XCTAssertEqual(PostStructure.topLevel(of: [2, 3, 3]), 2)
        XCTAssertNil(PostStructure.topLevel(of: []))
    }
}

final class CompanyMatcherTests: XCTestCase {
    private let matcher: CompanyMatcher = {
        var matcher = CompanyMatcher(listText: """
        # test list
        Meta = Facebook
        Goldman Sachs
        GitHub
        AT&T
        Booking.com
        Apple [ambiguous]
        Square [ambiguous]
        """)
        matcher.add("Netflix")
        return matcher
    }()

    func testWholeNamesCaseSensitiveWithAliasesFolded() {
        XCTAssertEqual(matcher.companies(in: ["Facebook and Meta and GitHub's API; github is not a name."]), ["Meta", "GitHub"])
        XCTAssertEqual(matcher.companies(in: ["AT&T, Booking.com and Goldman Sachs."]), ["AT&T", "Booking.com", "Goldman Sachs"])
        XCTAssertEqual(matcher.companies(in: ["GitHubber and Netflixy are not names"]), [])
    }

    func testAmbiguousNamesNeedContext() {
        XCTAssertEqual(matcher.companies(in: ["Eat an apple. Apple pie. A square table."]), [])
        XCTAssertEqual(matcher.companies(in: ["Apple engineers shipped it."]), ["Apple"])
        XCTAssertEqual(matcher.companies(in: ["Netflix and Square both shard."]), ["Netflix", "Square"])
        XCTAssertEqual(matcher.companies(in: ["She worked at Square."]), ["Square"])
        // A table of users, one cell per block: two unambiguous names support the third.
        XCTAssertEqual(matcher.companies(in: ["Netflix", "Apple", "GitHub"]), ["Netflix", "Apple", "GitHub"])
        XCTAssertEqual(matcher.companies(in: ["Netflix", "Apple"]), ["Netflix"])
    }
}

/// The opening that is only a title and metadata hands the hook to a
/// headline-like first section; any other opening keeps it.
final class BareTitleOpeningTests: XCTestCase {
    func firstParagraph(_ text: String) -> (Document, NodeID) {
        let document = MarkdownParser.parse(text)
        var found: NodeID?
        document.walk { node in
            if found == nil, case .paragraph = document.kind(node) { found = node }
            return found == nil
        }
        return (document, found!)
    }

    func testLabelLinesAreEveryLineABoldLabel() {
        for text in ["> **Time to Complete:** 20 minutes\n> **Difficulty:** Hard\n", "**Level**: beginner\n"] {
            let (document, paragraph) = firstParagraph(text)
            XCTAssertTrue(PartSignals.isLabelLines(paragraph, in: document), text)
        }
        for text in ["**Time:** 20 minutes\nThen a sentence of prose.\n", "You ship **fast:** every day.\n", "**Bold lead** without a colon.\n"] {
            let (document, paragraph) = firstParagraph(text)
            XCTAssertFalse(PartSignals.isLabelLines(paragraph, in: document), text)
        }
    }

    func section(of heading: String, opening: String) -> SectionID? {
        let post = "# Idempotency Keys\n\n\(opening)\n\n## \(heading)\n\nA retry storm charged 14,000 customers twice.\n\n"
            + "## The Solution\n\n```python\ncharge(key)\n```\n\n## Key Takeaways\n\n- Retries must be safe.\n"
        return SectionClassifier().classify(MarkdownParser.parse(post)).parts.first { $0.heading == heading }?.section
    }

    func testHeadlineWithAFigureUnderABareTitleIsTheHook() {
        let metadata = "> **Time to Complete:** 20 minutes\n> **Difficulty:** Intermediate"
        XCTAssertEqual(section(of: "How a Checkout Team Stopped $2M of Double Charges", opening: metadata), .hook)
        // A real opening keeps the hook; the headline is then the problem's story.
        let prose = "Your retries are charging customers twice, and you will not see it until the refunds arrive."
        XCTAssertNotEqual(section(of: "How a Checkout Team Stopped $2M of Double Charges", opening: prose), .hook)
        // A heading that names its section, or states no figure, is not a headline.
        XCTAssertEqual(section(of: "The $2M Problem", opening: metadata), .problem)
        XCTAssertNotEqual(section(of: "Background", opening: metadata), .hook)
        // A company's story as the opening headline is the hook, not yet the social proof.
        XCTAssertEqual(section(of: "How Netflix Found a Query Costing $23M a Year", opening: metadata), .hook)
        // A duration is the part's time box, not a headline's figure.
        XCTAssertNotEqual(section(of: "Level 1 — Surface Answer (First 2 Minutes)", opening: metadata), .hook)
        XCTAssertEqual(SectionScorer.headlineFigures("How We Cut Deploys from 2 Hours to 5 Minutes"), 1)
    }

    /// A large count is a headline's figure without a unit ("500,000 Driver
    /// Locations"); a year, a small number or a name's digits are not.
    func testALargeCountIsAHeadlinesFigure() {
        let metadata = "> **Time to Complete:** 20 minutes\n> **Difficulty:** Intermediate"
        XCTAssertEqual(section(of: "How Uber Tracks 500,000 Driver Locations Per Second", opening: metadata), .hook)
        XCTAssertEqual(SectionScorer.largeCounts(in: "How Twitter Scaled Redis to 1,000+ Nodes"), 1)
        XCTAssertEqual(SectionScorer.largeCounts(in: "10000 writes, then 12,500,000 reads"), 2)
        for heading in ["Uber's Migration in 2024", "Top 10 Mistakes", "EC2 1234abc", "99.9% of 1500ms", "1,000x faster", "1. Setup", "1,"] {
            XCTAssertEqual(SectionScorer.largeCounts(in: heading), 0, heading)
        }
    }
}

/// Pages that are lists of entries or questions, and time boxes that are not hands-on.
final class PageKindTests: XCTestCase {
    func testNumberedAndQuestionPagesAreRecognisedFromTheirHeadings() {
        XCTAssertTrue(SectionClassifier.mostlyNumbered(["1. Setup", "2. Limits", "3) Costs", "Summary"]))
        XCTAssertFalse(SectionClassifier.mostlyNumbered(["1. Setup", "The Problem", "The Solution", "Summary"]))
        XCTAssertTrue(SectionClassifier.mostlyQuestions(["Q1: What is a canary?", "Q2. Why?", "Question 3: How?", "Q4: When?"]))
        XCTAssertFalse(SectionClassifier.mostlyQuestions(["Queues", "Quick Win", "Q1: What?", "Quotas"]))
        // Fewer than four sections say nothing about the page.
        XCTAssertFalse(SectionClassifier.mostlyQuestions(["Q1: What?", "Q2: Why?", "Q3: How?"]))
    }

    /// On a question bank, companies named in an answer are its subject: they
    /// do not make social proof present when no part or sub-heading is proof.
    func testQuestionBankGetsNoProofFromCompanyMentions() {
        var post = "# Deployments: Interview Questions\n\nFour questions on shipping code safely, from blue-green to flags.\n\n"
        for (index, question) in ["What is blue-green?", "What is a canary?", "How do you roll back?", "How do flags help?"].enumerated() {
            post += "## Q\(index + 1): \(question)\n\nRun two fleets and switch the router.\n\n```sh\nkubectl apply -f green.yaml\n```\n\n"
        }
        post += "Amazon, Netflix and Google all deploy this way.\n"
        let map = SectionClassifier().classify(MarkdownParser.parse(post))
        XCTAssertFalse(map.parts.contains { $0.section == .proof })
        XCTAssertEqual(map.present[.proof], false)
        // Its opening introduces the questions; it hooks nobody.
        XCTAssertEqual(map.parts.first?.section, .other)
        XCTAssertEqual(map.present[.hook], false)
        // A question with its answer is reference (issue #3: question banks
        // are not forced into sections), code and all.
        XCTAssertEqual(Set(map.parts.dropFirst().map(\.section)), [.other])
        XCTAssertEqual(map.present[.solution], false)
        // The same answers under plain headings are a post, where the mention counts.
        let plain = SectionClassifier().classify(MarkdownParser.parse(post.replacingOccurrences(of: "## Q", with: "## Part ")))
        XCTAssertEqual(plain.present[.proof], true)
    }

    /// A question bank's part whose heading names a section outright keeps it.
    func testAQuestionBankKeepsAPartThatNamesItsSection() {
        var post = "# Caching: Interview Questions\n\nFive questions.\n\n"
        for index in 1...4 { post += "## Q\(index): How does a cache stay fresh?\n\nExpire entries.\n\n```python\ncache.expire(key, 60)\n```\n\n" }
        post += "## Key Takeaways\n\n- Expire, then refresh\n- Measure the hit rate\n"
        let map = SectionClassifier().classify(MarkdownParser.parse(post))
        XCTAssertEqual(map.parts.last?.section, .cta)
        XCTAssertEqual(Set(map.parts.dropFirst().dropLast().map(\.section)), [.other])
    }

    /// A page mostly of links (a section index, a learning path) is reference.
    func testAnIndexOfLinksIsReference() {
        func index(links: Bool) -> String {
            var post = "# Caching\n\nEverything this course says about caching, in the order to read it.\n\n"
            for part in ["Start Here", "Patterns", "Going Deeper"] {
                post += "## \(part)\n\n"
                for item in 1...8 { post += links ? "- [Lesson \(item)](./lesson-\(item).md): what it covers\n" : "- Lesson \(item): what it covers\n" }
                post += "\n"
            }
            return post
        }
        let map = SectionClassifier().classify(MarkdownParser.parse(index(links: true)))
        XCTAssertEqual(map.parts.map(\.section), [.other, .other, .other, .other])
        XCTAssertEqual(map.present[.hook], false)
        XCTAssertTrue(map.parts[1].evidence.contains { $0.contains("index page") }, "\(map.parts[1].evidence)")
        // The same page without its links is read as a post.
        XCTAssertEqual(SectionClassifier().classify(MarkdownParser.parse(index(links: false))).parts.first?.section, .hook)
        // Linked rows count as a list's linked items do.
        let rows = (1...24).map { "| [Lesson \($0)](./l\($0).md) | 10 min |" }.joined(separator: "\n")
        let table = "# Caching\n\nEverything this course says about caching, in the order to read it.\n\n## Lessons\n\n| Lesson | Time |\n|---|---|\n\(rows)\n"
        XCTAssertEqual(SectionClassifier().classify(MarkdownParser.parse(table)).parts.map(\.section), [.other, .other])
    }

    /// A progress tracker (issue #3's status pages) is reference: its rows
    /// give the state of other pages, most of them not yet links.
    func testAStatusTrackerIsReference() {
        func tracker(column: String) -> String {
            var post = "# Progress Tracker: 40 Design Problems\n\nWhere every problem of the course stands, updated weekly by the editors.\n\n"
            for (part, first) in [("Data Processing", 1), ("Infrastructure", 21)] {
                post += "## \(part)\n\n| # | Problem | \(column) |\n|---|---|---|\n"
                for number in first..<(first + 20) {
                    post += "| \(number) | Design service \(number) so that it serves a million users | \(number % 3 == 0 ? "✅ Done" : "⬜ Not started") |\n"
                }
                post += "\n"
            }
            return post
        }
        let map = SectionClassifier().classify(MarkdownParser.parse(tracker(column: "Status")))
        XCTAssertEqual(map.parts.map(\.section), [.other, .other, .other])
        XCTAssertEqual(map.present[.hook], false)
        XCTAssertTrue(map.parts[1].evidence.contains { $0.contains("status rows") }, "\(map.parts[1].evidence)")
        // The same tables under another column name are no tracker: the opening hooks.
        XCTAssertEqual(SectionClassifier().classify(MarkdownParser.parse(tracker(column: "Notes"))).parts.first?.section, .hook)
    }

    func testHeadingTimeBoxIsTimeToDoNotTimeToReadOrAnswer() {
        XCTAssertEqual(PartSignals.minutes(inHeading: "Quick Win: Add an Index (5 Minutes)"), 5)
        XCTAssertEqual(PartSignals.minutes(inHeading: "🔧 Hands-On: Your First Trigger (10 min)"), 10)
        XCTAssertNil(PartSignals.minutes(inHeading: "Level 1 — Surface (2-minute read)"))
        XCTAssertNil(PartSignals.minutes(inHeading: "Level 1 — Surface Answer (First 2 Minutes)"))
        XCTAssertNil(PartSignals.minutes(inHeading: "TL;DR — What to Say in 3 Minutes"))
        XCTAssertNil(PartSignals.minutes(inHeading: "Why Indexes Matter"))
    }
}

/// A fixed-seed generator (SplitMix64), so randomised tests are the same every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The signals of a post's first `##` part, with the built-in companies and cues.
func signalsOfFirstPart(_ body: String, heading: String = "Part") -> PartSignals {
    let document = MarkdownParser.parse("# Title\n\nAn opening sentence for the post.\n\n## \(heading)\n\n" + body)
    let part = PostStructure(document: document).parts[1]
    return PartSignals(part: part, document: document, companies: .builtin, cues: SectionClassifier.builtinCues)
}

/// A part is read as an editor skims it: every heading, the block structure,
/// the first `PartSignals.leadBytes` bytes of body text, and past that only
/// bold leads and a table row's first cell.
final class PartLeadTests: XCTestCase {
    private let matcher = CompanyMatcher.builtin
    private let cues = SectionClassifier.builtinCues

    private func signals(_ body: String) -> PartSignals { signalsOfFirstPart(body) }

    private let filler = String(repeating: "The queue drains slowly while the workers wait on the lock. ", count: 8)

    func testTheLeadIsReadAndTheRestOfAParagraphIsNot() {
        let early = signals("Netflix, Uber and Airbnb run this. " + filler + "\n")
        XCTAssertEqual(early.companies, ["Netflix", "Uber", "Airbnb"])
        let late = signals(filler + "Netflix, Uber and Airbnb run this.\n")
        XCTAssertEqual(late.companies, [], "names past the lead are not read")
        XCTAssertTrue(late.leadIsFull)
        // 440 words in one paragraph: about fifty are read (280 bytes at 11 words per 61 bytes).
        let long = signals(String(repeating: "The queue drains slowly while the workers wait on the lock. ", count: 40) + "\n")
        XCTAssertTrue((40...55).contains(long.bodyWordCount), "read \(long.bodyWordCount) words: the lead is bounded, not the paragraph")
    }

    func testPastTheLeadBoldLeadsAndFirstCellsAreStillRead() {
        let list = signals(filler + "\n\n- **Netflix**: 200M members\n- **Uber**: 25M trips a day\n- **Airbnb**: 7M listings\n")
        XCTAssertEqual(list.companies, ["Netflix", "Uber", "Airbnb"])
        let table = signals(filler + "\n\n| Company | Scale |\n|---|---|\n| Shopify | 80K checkouts/min |\n| Stripe | 1B calls |\n")
        XCTAssertEqual(table.companies, ["Shopify", "Stripe"])
        let insight = signals(filler + "\n\n**Key insight**: stop thinking in locks.\n")
        XCTAssertTrue(insight.cues.contains { $0.phrase == "key insight" })
        // A plain paragraph past the lead stays unread.
        XCTAssertFalse(signals(filler + "\n\nThe key insight is elsewhere.\n").cues.contains { $0.phrase == "key insight" })
    }

    func testStructureIsCountedWhateverTheLead() {
        let code = String(repeating: "```sql\nSELECT 1;\n```\n\n", count: 3)
        let links = "- [Retry budgets](https://example.com/a)\n- [Backoff](https://example.com/b)\n"
        let part = signals(filler + "\n\n" + code + links + "\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        XCTAssertEqual(part.codeBlocks, 3)
        XCTAssertEqual(part.listItems, 2)
        XCTAssertEqual(part.linkItems, 2)
        XCTAssertEqual(part.tables, 1)
    }

    func testOpeningMetadataDoesNotUseUpTheLead() throws {
        let labels = (1...20).map { "**Field \($0):** value \($0)" }.joined(separator: "\n")
        let document = MarkdownParser.parse("# Title\n\n\(labels)\n\nYou will build a rate limiter that survives a retry storm.\n\n## Next\n\nText.\n")
        let opening = PostStructure(document: document).parts[0]
        let signals = PartSignals(part: opening, document: document, companies: matcher, cues: cues)
        XCTAssertGreaterThanOrEqual(signals.bodyWordCount - signals.labelWordCount, SectionScorer.openingWords,
                                    "the sentence after the metadata is read")
    }
}

/// A part whose entries are mostly led by companies is a roster of who uses
/// the thing: social proof, whatever its heading.
final class CompanyRosterTests: XCTestCase {
    private func roster(_ body: String) -> Int { signalsOfFirstPart(body, heading: "Why This Matters").rosterCompanies }

    private let list = "- **Stripe**: one charge per payment\n- **Uber**: one driver per trip\n- **Airbnb**: one guest per night\n"
    private let table = "| Company | Use case |\n|---|---|\n| **Shopify** | stock holds |\n| Stripe | idempotency |\n| Amazon | reservations |\n"

    func testEntriesLedByCompaniesMakeARoster() {
        XCTAssertEqual(roster(list), 3)
        XCTAssertEqual(roster(table), 3)
        XCTAssertEqual(roster(list + "\nWithout a lock, each of them double-books.\n"), 3, "a closing line is still a roster")
    }

    func testMostEntriesMustNameADistinctCompany() {
        XCTAssertEqual(roster(list + "- **Gaming**: scoreboards\n- **Trading**: price ticks\n- **Chat**: presence\n"), 0,
                       "three of six entries is not most")
        XCTAssertEqual(roster("- **Stripe**: charges\n- **Stripe**: refunds\n- **Uber**: trips\n"), 0, "two companies")
        // "Slack" alone is an ordinary word: it leads no entry without support.
        XCTAssertEqual(roster("- **Slack**: messages\n- **Uber**: trips\n- **Airbnb**: stays\n- **Gaming**: scores\n"), 0)
    }

    func testAPartThatDoesMoreThanListUsersIsNoRoster() {
        XCTAssertEqual(roster(list + "\n```js\nlock()\n```\n"), 0, "code tells the problem")
        XCTAssertEqual(roster(list + "\n### The Problem\n\nTwo writes race.\n"), 0, "a sub-heading of its own")
        XCTAssertEqual(roster("Next: the GraphQL post.\n\nRead it next.\n\nProduction usage:\n\n" + list), 0,
                       "three paragraphs of its own")
        let links = "- [Fencing](https://example.com/a)\n- [Redlock](https://example.com/b)\n- [Keys](https://example.com/c)\n"
        XCTAssertEqual(roster(links + "\nProduction examples:\n\n" + list), 0, "a link list first")
    }

    func testVendorsComparedAndLinkedResourcesLeadNoEntry() {
        XCTAssertEqual(roster(table.replacingOccurrences(of: "| Company |", with: "| Provider |")), 0)
        XCTAssertEqual(roster("| Resource | Type |\n|---|---|\n| [Stripe blog](https://e.com/s) | post |\n"
                              + "| [Uber blog](https://e.com/u) | post |\n| [Netflix blog](https://e.com/n) | post |\n"), 0)
    }

    /// On a reference page a list of companies is the page's data, not proof.
    func testARosterOnAQuestionBankStaysReference() {
        var post = "# Distributed Locks\n\nFour questions.\n\n"
        for index in 1...3 { post += "## Q\(index): How do you take a lock?\n\nSet a key with an expiry.\n\n" }
        post += "## Q4: Which companies lock this way?\n\n\(list)\n"
        let map = SectionClassifier().classify(MarkdownParser.parse(post))
        XCTAssertEqual(map.parts.last?.section, .other, "\(map.parts.last?.evidence ?? [])")
    }

    func testARosterOutweighsAModerateHeading() {
        let post = "# Title\n\nAn opening sentence for the post, long enough.\n\n## Why This Matters\n\n\(list)\n"
            + "## The Problem\n\nTwo writes race.\n\n## Why It Matters\n\nTwo writes race, and the stock goes negative.\n"
        let map = SectionClassifier().classify(MarkdownParser.parse(post))
        XCTAssertEqual(map.parts.map(\.section), [.hook, .proof, .problem, .problem])
        XCTAssertTrue(map.parts[1].evidence.contains { $0.hasPrefix("a roster") }, "\(map.parts[1].evidence)")
    }
}

/// The classifier's byte and one-pass shortcuts, held to the plain code they replaced.
final class ClassifierShortcutTests: XCTestCase {
    func testTheFourStrongestReasonsAreThoseOfAStableSort() {
        var generator = SystemRandomNumberGenerator()
        let weights: [Double] = [-1, 0, 0.4, 0.8, 0.8, 1.6, 2.4, 2.4, 3]
        for _ in 0..<500 {
            let evidence = (0..<Int.random(in: 0...14, using: &generator)).map { index in
                Evidence(section: SectionID.allCases.randomElement(using: &generator)!,
                         weight: weights.randomElement(using: &generator)!,
                         index % 5 == 0 ? .prior : .codeBlocks(index))
            }
            for section in SectionID.allCases {
                let reference = evidence.filter { $0.section == section && $0.weight > 0 && !$0.isPrior }
                    .enumerated().sorted { $0.element.weight > $1.element.weight || ($0.element.weight == $1.element.weight && $0.offset < $1.offset) }
                    .prefix(4).map(\.element.cause)
                XCTAssertEqual(SectionClassifier.strongest(4, of: evidence, for: section), reference)
            }
        }
    }

    func testCommandLanguageOnBytesIsTheLowerCasedFirstWord() {
        for info in ["bash", "Bash", "  sh  -x", "BASH title=\"x\"", "python", "", "   ", "shell\tx", "PowerShell", "zsh", "élan",
                     "terminalish", "fish", "console output", "sql", "ps1"] {
            let word = info.split(separator: " ").first.map { $0.lowercased() } ?? ""
            XCTAssertEqual(PartSignals.isCommandLanguage(info), PartSignals.commandLanguages.contains(word), info)
        }
    }
}
