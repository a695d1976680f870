import EngageMarkdown
import EngageRules
import EngageSections
import EngageText
import Foundation

/// Where the lint's time goes: every rule timed on its own over one copy of
/// the corpus, next to the parse and the classifier measured in the same
/// loop. Shown as a share of the parse time, so the numbers survive a noisy
/// machine; the rules that dominate are the ones to optimise.
struct RuleCostBench {
    let corpus: String?
    let top: Int

    func run() -> Int32 {
        guard let (directory, set) = CorpusBench.loadSet(corpus) else { return 2 }
        let rules = RuleCatalog.builtin.rules
        let engine = RuleEngine(rules: rules)
        var parse = Duration.zero, classify = Duration.zero, analysis = Duration.zero
        var views = Array(repeating: Duration.zero, count: ProseViewCost.views.count)
        var perRule = Array(repeating: Duration.zero, count: rules.count)
        let clock = Timing.clock
        var checksum = 0
        for bytes in set {
            var mark = clock.now
            func lap() -> Duration { let now = clock.now; defer { mark = now }; return now - mark }
            guard let document = try? MarkdownParser.parse(bytes: bytes) else { continue }
            parse += lap()
            let map = engine.classifier.classify(document)
            classify += lap()
            let post = PostAnalysis(document: document, map: map, path: "bench.md")
            _ = post.prose
            analysis += lap()
            // The views every prose block keeps for the rules, built here so
            // that the first rule to read one is not charged for all of them.
            for (index, view) in ProseViewCost.views.enumerated() {
                for block in post.prose { checksum &+= view.build(block) }
                views[index] += lap()
            }
            for (index, rule) in rules.enumerated() {
                checksum &+= engine.evaluate(rule, in: post).locations.count
                perRule[index] += lap()
            }
        }
        let base = parse.seconds
        func share(_ time: Duration) -> String { String(format: "%.2fx", time.seconds / base) }
        let ruleTotal = perRule.reduce(Duration.zero, +)
        var rows = [["stage", "time", "/ parse"]]
        rows.append(["parse", Timing.format(seconds: base), "1.00x"])
        rows.append(["classify", Timing.format(seconds: classify.seconds), share(classify)])
        rows.append(["prose extraction", Timing.format(seconds: analysis.seconds), share(analysis)])
        for (view, time) in zip(ProseViewCost.views, views) {
            rows.append(["  view: " + view.name, Timing.format(seconds: time.seconds), share(time)])
        }
        rows.append(["all \(rules.count) rules", Timing.format(seconds: ruleTotal.seconds), share(ruleTotal)])
        let ranked = zip(rules, perRule).sorted { $0.1 > $1.1 }.prefix(top)
        for (rule, time) in ranked {
            rows.append(["  " + rule.id, Timing.format(seconds: time.seconds), share(time)])
        }
        print("Corpus: \(directory), \(set.count) files\n")
        printTable(rows)
        print("(checksum \(checksum))")
        return 0
    }
}

/// The views a prose block keeps for every rule, each timed on its own in
/// the order rules first need them (sentences reuse the words, and so on).
struct ProseViewCost: Sendable {
    let name: String
    let build: @Sendable (ProseBlock) -> Int

    static let views = [
        ProseViewCost(name: "words") { $0.words.count },
        ProseViewCost(name: "sentences") { $0.sentences.count },
        ProseViewCost(name: "quantities") { $0.quantities.count },
        // One pass makes both kinds of key.
        ProseViewCost(name: "phrase + company token keys") { $0.phraseKeys.count + $0.companyTokenKeys.count },
        ProseViewCost(name: "lower-cased word keys") { $0.lowercasedWordKeys.count },
    ]
}
