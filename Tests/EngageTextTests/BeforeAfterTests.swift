import XCTest
@testable import EngageText

final class BeforeAfterTests: XCTestCase {
    private func onlyPair(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> BeforeAfterPair? {
        let pairs = BeforeAfter.pairs(in: text)
        XCTAssertEqual(pairs.count, 1, "in \(text): \(pairs.map { slice(text, $0.range) })", file: file, line: line)
        return pairs.first
    }

    func testEmptyAndNoPairs() {
        XCTAssertTrue(BeforeAfter.pairs(in: "").isEmpty)
        XCTAssertTrue(BeforeAfter.claims(in: "").isEmpty)
        XCTAssertTrue(BeforeAfter.pairs(in: "Database CPU: 95% (constant), 15-second page loads").isEmpty)
    }

    func testArrowPairNormalisesAndGivesFactor() {
        let text = "Real benchmarks - 2500ms → 2ms query time"
        guard let pair = onlyPair(text), let c = pair.comparison else { return XCTFail("no comparison") }
        XCTAssertEqual(slice(text, pair.range), "2500ms → 2ms")
        XCTAssertEqual(pair.connector, .arrow)
        XCTAssertEqual(c.before, 2500)
        XCTAssertEqual(c.after, 2, accuracy: 1e-9)
        XCTAssertEqual(c.unit, "ms")
        XCTAssertEqual(c.factor!, 1250, accuracy: 1e-6)
        XCTAssertEqual(c.direction, .decrease)
        XCTAssertEqual(c.percentChange!, -99.92, accuracy: 1e-9)
    }

    func testAsciiArrowAndFromTo() {
        XCTAssertEqual(onlyPair("Checkout: 12s -> 2s")?.comparison?.factor, 6)
        let text = "User wait time went from 15s to 0.2s."
        guard let pair = onlyPair(text) else { return }
        XCTAssertEqual(pair.connector, .fromTo)
        XCTAssertEqual(slice(text, pair.range), "from 15s to 0.2s")
        XCTAssertEqual(pair.comparison!.factor!, 75, accuracy: 1e-9)
    }

    func testToWithoutFromNeedsUnitsOnBoth() {
        XCTAssertEqual(onlyPair("Query time dropped 125ms to 1.23ms")?.comparison?.factor ?? 0, 101.626, accuracy: 0.001)
        XCTAssertTrue(BeforeAfter.pairs(in: "Invite 5 to 10 users").isEmpty, "a range, not a change")
        // With `from`, a bare number takes its partner's unit.
        let pair = onlyPair("Latency fell from 15 to 0.5s")
        XCTAssertEqual(pair?.before.unit, "s")
        XCTAssertEqual(pair?.comparison?.factor, 30)
    }

    func testVersusConvertsToTheBeforeUnit() {
        guard let c = onlyPair("Sequential scan: 2.5s vs 50ms with the index")?.comparison else { return XCTFail() }
        XCTAssertEqual(c.unit, "s")
        XCTAssertEqual(c.after, 0.05, accuracy: 1e-12)
        XCTAssertEqual(c.factor!, 50, accuracy: 1e-9)
        XCTAssertEqual(onlyPair("1 GB versus 512 MB")?.comparison?.direction, .decrease)
        XCTAssertEqual(onlyPair("450ms compared to 2ms")?.connector, .versus)
    }

    func testMoneyPairs() {
        guard let c = onlyPair("Database costs: $10,000 → $500 per month")?.comparison else { return XCTFail() }
        XCTAssertEqual(c.unit, "USD/mo", "the rate written once covers both figures")
        XCTAssertEqual(c.factor, 20)
        XCTAssertEqual(onlyPair("$500/month → $800/month")?.comparison?.direction, .increase)
        // Different currencies are not comparable, so not a pair.
        XCTAssertTrue(BeforeAfter.pairs(in: "€500 → $600").isEmpty)
    }

    func testReversedWording() {
        let text = "p99 is now 2ms, down from 2,500ms"
        guard let pair = onlyPair(text) else { return }
        XCTAssertEqual(pair.connector, .reversed)
        XCTAssertEqual(pair.before.value, 2500)
        XCTAssertEqual(pair.after.value, 2)
        XCTAssertEqual(pair.comparison?.direction, .decrease)
    }

    func testMismatchedMeasuresAndNonMeasuresDoNotPair() {
        XCTAssertTrue(BeforeAfter.pairs(in: "Saves 5 minutes → 10 GB").isEmpty)
        XCTAssertTrue(BeforeAfter.pairs(in: "Step 1 → Step 2").isEmpty)
        XCTAssertTrue(BeforeAfter.pairs(in: "In 2019 → 2024 we grew").isEmpty)
        XCTAssertTrue(BeforeAfter.pairs(in: "10,000 users → 2ms").isEmpty)
    }

    func testPercentAndRatePairs() {
        XCTAssertEqual(onlyPair("CPU usage: 95% → 5%")?.comparison?.factor ?? 0, 19, accuracy: 1e-9)
        XCTAssertEqual(onlyPair("Reads/sec: 10,000 → 90,000")?.comparison?.factor, 9)
        let c = onlyPair("throughput 10k req/sec → 1M req/min")?.comparison
        XCTAssertEqual(c?.unit, "requests/s")
        XCTAssertEqual(c?.after ?? 0, 16_666.67, accuracy: 0.01)
    }

    func testChainedArrowsGiveTwoPairs() {
        XCTAssertEqual(BeforeAfter.pairs(in: "15s → 5s → 0.2s").map { $0.comparison?.factor ?? 0 }, [3, 25])
    }

    func testCompareForTableCells() {
        let before = Quantities.find(in: "125ms")[0]
        let after = Quantities.find(in: "1.23ms")[0]
        XCTAssertEqual(BeforeAfter.compare(before, after)!.factor!, 101.626, accuracy: 0.001)
        XCTAssertNil(BeforeAfter.compare(before, Quantities.find(in: "10M rows")[0]))
        XCTAssertNil(BeforeAfter.compare(Quantities.find(in: "Step 1")[0], after))
        // Zero figures give no factor, rather than infinity.
        let zero = BeforeAfter.compare(Quantities.find(in: "3 timeouts")[0], Quantities.find(in: "0 timeouts")[0])
        XCTAssertNil(zero?.factor)
        XCTAssertEqual(zero?.percentChange, -100)
    }

    // MARK: Claims

    func testFactorClaims() {
        let text = "Query time: 125ms → 1.23ms (102x faster). Make queries 1000x faster with 10 times less CPU."
        let claims = BeforeAfter.claims(in: text)
        XCTAssertEqual(slices(text, claims.map(\.range)), ["102x faster", "1000x faster", "10 times less"])
        XCTAssertEqual(claims.map(\.kind), [.factor, .factor, .factor])
        XCTAssertEqual(claims.map(\.word), ["faster", "faster", "less"])
        XCTAssertEqual(claims.map(\.direction), [nil, nil, .decrease])
        XCTAssertEqual(claims[0].impliedFactor, 102)
        // A factor with no wording is still a claim (titles: "1000x").
        XCTAssertEqual(BeforeAfter.claims(in: "Indexes: 1000x").map(\.word), [nil])
    }

    func testPercentClaims() {
        let text = "Master CPU: 15% (70% reduction). We reduced latency by 80% and cut 40% of costs; 95% less I/O, 50% more reads."
        let claims = BeforeAfter.claims(in: text)
        XCTAssertEqual(slices(text, claims.map(\.range)),
                       ["70% reduction", "reduced latency by 80%", "cut 40%", "95% less", "50% more"])
        XCTAssertEqual(claims.map(\.kind), [.percent, .percent, .percent, .percent, .percent])
        XCTAssertEqual(claims[2].direction, .decrease)
        XCTAssertEqual(claims[3].impliedFactor!, 20, accuracy: 1e-9)
        XCTAssertEqual(claims[4].impliedFactor!, 1.5, accuracy: 1e-9)
    }

    func testReducedByClaim() {
        let text = "Database load: reduced by ~95%"
        let claims = BeforeAfter.claims(in: text)
        XCTAssertEqual(slices(text, claims.map(\.range)), ["reduced by ~95%"])
        XCTAssertEqual(claims.first?.direction, .decrease)
    }

    func testClaimAgreement() {
        let text = "Query time: 125ms → 1.23ms (102x faster)"
        let pairs = BeforeAfter.pairs(in: text)
        let claim = BeforeAfter.claims(in: text)[0]
        let pair = BeforeAfter.pair(for: claim, among: pairs)
        XCTAssertNotNil(pair)
        XCTAssertTrue(claim.agrees(with: pair!.comparison!))

        let wrong = "Query time: 450ms → 2ms (25x faster)"
        let wrongClaim = BeforeAfter.claims(in: wrong)[0]
        XCTAssertFalse(wrongClaim.agrees(with: BeforeAfter.pairs(in: wrong)[0].comparison!))

        let percent = "Costs: $10,000 → $500 (95% less)"
        XCTAssertTrue(BeforeAfter.claims(in: percent)[0].agrees(with: BeforeAfter.pairs(in: percent)[0].comparison!))
        let contradicted = "Costs: $500 → $10,000 (95% less)"
        XCTAssertFalse(BeforeAfter.claims(in: contradicted)[0].agrees(with: BeforeAfter.pairs(in: contradicted)[0].comparison!))
        // Tolerance is relative to the figures: 70% claimed vs 82.4% actual is within 25%.
        let loose = "Master CPU: 85% → 15% (70% reduction)"
        let looseClaim = BeforeAfter.claims(in: loose)[0]
        let looseComparison = BeforeAfter.pairs(in: loose)[0].comparison!
        XCTAssertTrue(looseClaim.agrees(with: looseComparison))
        XCTAssertFalse(looseClaim.agrees(with: looseComparison, tolerance: 0.1))
    }

    func testLongInputStructure() {
        let text = String(repeating: "Query speed: 450ms → 2ms (225x faster). ", count: 10_000)
        let pairs = BeforeAfter.pairs(in: text)
        XCTAssertEqual(pairs.count, 10_000)
        XCTAssertEqual(BeforeAfter.claims(in: text).count, 10_000)
        XCTAssertTrue(pairs.allSatisfy { $0.comparison?.factor == 225 })
    }
}
