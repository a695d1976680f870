import XCTest
@testable import EngageText

final class QuantitiesTests: XCTestCase {
    /// The single quantity in `text`; fails when there is not exactly one.
    private func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Quantity? {
        let found = Quantities.find(in: text)
        XCTAssertEqual(found.count, 1, "in \(text): \(found.map { slice(text, $0.range) })", file: file, line: line)
        return found.first
    }

    private func check(_ text: String, _ category: QuantityCategory, value: Double, unit: String, per: String? = nil,
                       covers expected: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        guard let q = only(text, file: file, line: line) else { return }
        XCTAssertEqual(q.category, category, text, file: file, line: line)
        XCTAssertEqual(q.value, value, accuracy: abs(value) * 1e-9, text, file: file, line: line)
        XCTAssertEqual(q.unit, unit, text, file: file, line: line)
        XCTAssertEqual(q.per, per, text, file: file, line: line)
        if let expected { XCTAssertEqual(slice(text, q.range), expected, file: file, line: line) }
    }

    func testEmptyAndNumberFreeText() {
        XCTAssertTrue(Quantities.find(in: "").isEmpty)
        XCTAssertTrue(Quantities.find(in: "Your database scans every row. Every. Single. Time.").isEmpty)
    }

    func testRequiredForms() {
        check("Make queries 1000x faster", .factor, value: 1000, unit: "x", covers: "1000x")
        check("We handle 10M", .count, value: 10_000_000, unit: "", covers: "10M")
        check("It saved $10M last year", .money, value: 10_000_000, unit: "USD", covers: "$10M")
        check("a $1.2B market", .money, value: 1.2e9, unit: "USD", covers: "$1.2B")
        check("Execution time: 2,500ms", .time, value: 2500, unit: "ms", covers: "2,500ms")
        check("Database CPU: 95% (constant)", .percent, value: 95, unit: "%", covers: "95%")
        check("The dashboard takes 15 minutes", .time, value: 15, unit: "min", covers: "15 minutes")
        check("Quick win in 15 min", .time, value: 15, unit: "min", covers: "15 min")
        check("Took 1.23ms.", .time, value: 1.23, unit: "ms", covers: "1.23ms")
        check("Reddit serves 500M/day", .rate, value: 500_000_000, unit: "", per: "d", covers: "500M/day")
        check("Peak is 10k req/sec", .rate, value: 10_000, unit: "requests", per: "s", covers: "10k req/sec")
        check("Lost conversions: 40% bounce rate", .percent, value: 40, unit: "%")
        check("Wait 3 seconds", .time, value: 3, unit: "s", covers: "3 seconds")
        check("Debugging for 2h", .time, value: 2, unit: "h", covers: "2h")
        check("The table is 5 GB", .dataSize, value: 5, unit: "GB", covers: "5 GB")
        check("p99 of 128ms", .time, value: 128, unit: "ms", covers: "128ms")
        check("Scanning 1M rows", .count, value: 1_000_000, unit: "rows", covers: "1M rows")
        check("Serving 10,000 users", .count, value: 10_000, unit: "users", covers: "10,000 users")
        check("It costs €500", .money, value: 500, unit: "EUR", covers: "€500")
        check("That is 3.5x less memory", .factor, value: 3.5, unit: "x", covers: "3.5x")
        check("Sustains 100K QPS", .rate, value: 100_000, unit: "queries", per: "s", covers: "100K QPS")
    }

    func testBaseValuesNormaliseUnits() {
        XCTAssertEqual(only("2,500ms")!.baseValue, 2.5, accuracy: 1e-12)
        XCTAssertEqual(only("2.5 seconds")!.baseValue, 2.5, accuracy: 1e-12)
        XCTAssertEqual(only("15 minutes")!.baseValue, 900, accuracy: 1e-9)
        XCTAssertEqual(only("5 GB")!.baseValue, 5e9, accuracy: 1)
        XCTAssertEqual(only("2 GiB")!.baseValue, 2_147_483_648, accuracy: 1)
        XCTAssertEqual(only("864,000/day")!.baseValue, 10, accuracy: 1e-9)
        XCTAssertEqual(only("100 Mbps")!.baseValue, 12_500_000, accuracy: 1e-3)
    }

    func testMoreUnitForms() {
        check("a 15-second page load", .time, value: 15, unit: "s", covers: "15-second")
        check("a 2-week project", .time, value: 2, unit: "wk")
        check("timeout after 5m", .time, value: 5, unit: "min")
        check("only 450µs", .time, value: 450, unit: "µs")
        check("40 percent of requests", .percent, value: 40, unit: "%", covers: "40 percent")
        check("Cost: $500/month", .money, value: 500, unit: "USD", per: "mo", covers: "$500/month")
        check("$3,600/year", .money, value: 3600, unit: "USD", per: "yr")
        check("500 times per second", .rate, value: 500, unit: "times", per: "s", covers: "500 times per second")
        check("10 times faster", .factor, value: 10, unit: "x", covers: "10 times")
        check("2 hours debugging per week", .time, value: 2, unit: "h")
        check("2 hours/week", .time, value: 2, unit: "h", per: "wk")
        check("10 million rows", .count, value: 1e7, unit: "rows", covers: "10 million rows")
        check("Total queries: 500,000/sec", .rate, value: 500_000, unit: "", per: "s")
        check("11,000 queries/sec", .rate, value: 11_000, unit: "queries", per: "s")
        check("1.2B users", .count, value: 1.2e9, unit: "users")
        check("a 64B cache line", .dataSize, value: 64, unit: "B")
        check("3.5 GHz cores", .other, value: 3.5, unit: "Hz")
        check("paid 300 USD", .money, value: 300, unit: "USD")
        check("$5m round", .money, value: 5e6, unit: "USD")
        // One modifier is stepped over to reach the counted noun.
        check("50M page views/day", .rate, value: 5e7, unit: "views", per: "d", covers: "50M page views/day")
        check("100k daily users", .count, value: 1e5, unit: "users")
        check("2 read replicas", .count, value: 2, unit: "replicas")
    }

    func testAtLeastNamesAndCapitalisedModifiers() {
        check("Netflix serves 1M+ requests/sec", .rate, value: 1e6, unit: "requests", per: "s", covers: "1M+ requests/sec")
        check("over 100+ users", .count, value: 100, unit: "users")
        check("it makes 4 LLM calls per file", .count, value: 4, unit: "calls")
        check("the stats page makes 8 Redis calls", .count, value: 8, unit: "calls")
        XCTAssertEqual(only("see 09-observability/concepts/alerting")?.category, .label)
        XCTAssertEqual(only("in 10-architecture/cqrs.md")?.category, .label)
        XCTAssertEqual(only("agent 007 reporting")?.category, .label)
        // In `2+2` the second 2 is part of an expression, and `+` is not "at least".
        XCTAssertEqual(Quantities.find(in: "2+2 is 4").map(\.category), [.number, .number])
    }

    func testRangesKeepTheirUpperEnd() {
        guard let q = only("Start in 5-15 minutes") else { return }
        XCTAssertEqual(q.category, .time)
        XCTAssertEqual(q.value, 5)
        XCTAssertEqual(q.upperValue, 15)
        guard let p = only("a 10–20% drop") else { return }
        XCTAssertEqual(p.category, .percent)
        XCTAssertEqual(p.upperValue, 20)
    }

    func testNumbersThatAreNotMeasures() {
        XCTAssertEqual(only("Step 1: Find your slowest query")?.category, .label)
        XCTAssertEqual(only("POC #12: Database Indexes")?.category, .label)
        XCTAssertEqual(only("See Fig. 3 below")?.category, .label)
        XCTAssertEqual(only("the 1st query")?.category, .label)
        XCTAssertEqual(only("Week 2: Route reads")?.category, .label)
        XCTAssertEqual(only("Upgrade to v2.1 now")?.category, .version)
        XCTAssertEqual(only("Upgrade to 2.0.1 now")?.category, .version)
        XCTAssertEqual(only("Python 3.12 is out")?.category, .version)
        XCTAssertEqual(only("In 2024, we migrated")?.category, .year)
        XCTAssertEqual(only("Since 2019 Twitter shards")?.category, .year)
        XCTAssertEqual(only("on 15 March")?.category, .label)
        XCTAssertEqual(only("released 2024-01-15")?.category, .label)
        XCTAssertEqual(only("in the 1990s")?.category, .label)
        XCTAssertEqual(only("a 3D chart")?.category, .label)
        XCTAssertEqual(only("0x1F")?.category, .label)
        XCTAssertEqual(only("1. Find the query")?.category, .listMarker)
        // `2048 rows` is a count, not a year.
        XCTAssertEqual(only("scanning 2048 rows")?.category, .count)
        for q in Quantities.find(in: "Total: (1 + 10) of them") { XCTAssertEqual(q.category, .number) }
    }

    func testNumbersInsideNamesAreSkipped() {
        XCTAssertTrue(Quantities.find(in: "Store it in S3 on EC2 with x86 and H1 headings").isEmpty)
        XCTAssertTrue(Quantities.find(in: "The N+1 problem with utf-8 and idx_users_2").isEmpty)
        XCTAssertEqual(Quantities.find(in: "24/7 support").map(\.category), [.number])
    }

    func testNumbersInURLsAreIgnored() {
        let text = "See https://example.com/v2/10ms/report?limit=500 for 3 seconds"
        XCTAssertEqual(Quantities.find(in: text).map { slice(text, $0.range) }, ["3 seconds"])
    }

    func testMeasuresFilter() {
        let text = "Step 1: in 2024 we cut 12,450ms to 2ms for 10M rows (POC #12, v2.1)."
        XCTAssertEqual(Quantities.measures(in: text).map { slice(text, $0.range) }, ["12,450ms", "2ms", "10M rows"])
        XCTAssertEqual(Quantities.find(in: text).map(\.category),
                       [.label, .year, .time, .time, .count, .label, .version])
    }

    func testUnitDescription() {
        XCTAssertEqual(only("10k req/sec")?.unitDescription, "requests/s")
        XCTAssertEqual(only("$500/month")?.unitDescription, "USD/mo")
        XCTAssertEqual(only("15ms")?.unitDescription, "ms")
    }

    func testNonASCIIContext() {
        let text = "Die Abfrage dauert 12 Sekunden – jetzt nur 2ms. ⏱️ 95% schneller"
        let found = Quantities.find(in: text)
        XCTAssertEqual(found.map { slice(text, $0.range) }, ["12 Sekunden", "2ms", "95%"])
        XCTAssertEqual(found.map(\.category), [.count, .time, .percent])
    }

    func testLongInputStructure() {
        let text = String(repeating: "Query time went from 2,500ms to 2ms for 10k users. ", count: 10_000)
        let found = Quantities.find(in: text)
        XCTAssertEqual(found.count, 30_000)
        XCTAssertEqual(found.filter { $0.category == .time }.count, 20_000)
        // A 100,000-digit run is one number, not 100,000 of them.
        XCTAssertEqual(Quantities.find(in: String(repeating: "9", count: 100_000)).count, 1)
    }
}

final class PathologicalInputTests: XCTestCase {
    /// Inputs built to make a careless scanner quadratic; assert structure only.
    func testLongLetterRunsBetweenNumbers() {
        let run = String(repeating: "a", count: 50_000)
        let text = (0..<20).map { "\(run) \($0)% less" }.joined(separator: " ")
        XCTAssertEqual(Quantities.find(in: text).count, 20)
        XCTAssertEqual(BeforeAfter.claims(in: text).count, 20)
    }

    func testManyNumbersAndArrows() {
        let text = (0..<50_000).map { "\($0)ms" }.joined(separator: " → ")
        XCTAssertEqual(BeforeAfter.pairs(in: text).count, 49_999)
    }

    func testDotsAndTerminatorRuns() {
        XCTAssertEqual(Sentences.split(String(repeating: ".", count: 100_000)).count, 0)
        XCTAssertEqual(Sentences.split(String(repeating: "a.", count: 50_000)).count, 1)
        XCTAssertEqual(Sentences.split(String(repeating: "Go. ", count: 50_000)).count, 50_000)
        XCTAssertEqual(Words.count(String(repeating: "e.g. ", count: 50_000)), 50_000)
    }

    func testEmojiAndZWJRuns() {
        XCTAssertEqual(Emoji.count(in: String(repeating: "👩\u{200D}", count: 50_000) + "👩"), 1)
        XCTAssertEqual(Emoji.count(in: String(repeating: "\u{200D}", count: 100_000)), 0)
        XCTAssertEqual(Emoji.count(in: String(repeating: "🇺", count: 10_001)), 5_001)
    }
}
