import EngageMarkdown
import EngageSections
import Foundation

/// The section classifier's cost next to the parse, on its own (issue #3:
/// "no measurable cost next to parsing"). Each round parses every corpus
/// file, then classifies every parsed document; parse and classify are
/// timed in the same round, and the best round of each is kept, so a burst
/// of load from another process spoils one round, not the ratio.
struct ClassifyBench {
    let corpus: String?
    let rounds: Int

    func run() -> Int32 {
        guard let (directory, set) = CorpusBench.loadSet(corpus) else { return 2 }
        let bytes = set.reduce(0) { $0 + $1.count }
        let classifier = SectionClassifier()
        let clock = Timing.clock
        var bestParse = Double.infinity, bestClassify = Double.infinity
        var ratios: [Double] = []
        var checksum = 0
        for _ in 0..<rounds {
            var documents: [Document] = []
            documents.reserveCapacity(set.count)
            let parse = clock.measure {
                for file in set { if let document = try? MarkdownParser.parse(bytes: file) { documents.append(document) } }
            }.seconds
            let classify = clock.measure {
                for document in documents { checksum &+= classifier.classify(document).parts.count }
            }.seconds
            bestParse = min(bestParse, parse)
            bestClassify = min(bestClassify, classify)
            ratios.append(classify / parse)
        }
        let mb = Double(bytes) / 1_048_576
        print("Corpus: \(directory), \(set.count) files, \(Timing.format(bytes: bytes)), \(rounds) rounds\n")
        printTable([
            ["stage", "best round", "MB/s", "/ parse"],
            ["parse", Timing.format(seconds: bestParse), String(format: "%.1f", mb / bestParse), "1.00x"],
            ["classify", Timing.format(seconds: bestClassify), String(format: "%.1f", mb / bestClassify),
             String(format: "%.3fx", bestClassify / bestParse)],
        ])
        let sorted = ratios.sorted()
        print(String(format: "classify / parse per round: median %.3fx, lowest %.3fx, highest %.3fx",
                     sorted[sorted.count / 2], sorted.first!, sorted.last!))
        print("(checksum \(checksum))")
        return 0
    }
}
