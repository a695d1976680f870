import XCTest
@testable import EngageText

final class SecondPersonTests: XCTestCase {
    func testEmpty() {
        let usage = SecondPerson.analyze("")
        XCTAssertEqual(usage.count, 0)
        XCTAssertEqual(usage.wordCount, 0)
        XCTAssertEqual(usage.perThousandWords, 0)
    }

    func testAllFormsAnyCaseAnyApostrophe() {
        let text = "You check your logs. Yours too? You're not alone; you’ll see you've been there, you'd agree. Do it yourself, or yourselves. YOUR call."
        let usage = SecondPerson.analyze(text)
        XCTAssertEqual(slices(text, usage.occurrences),
                       ["You", "your", "Yours", "You're", "you’ll", "you've", "you'd", "yourself", "yourselves", "YOUR"])
    }

    func testWholeWordsOnly() {
        let usage = SecondPerson.analyze("The youth of bayou yourdomain.com users; your_table and youtube")
        XCTAssertEqual(usage.count, 0)
        XCTAssertFalse(SecondPerson.isSecondPerson("youth"))
        XCTAssertTrue(SecondPerson.isSecondPerson("You’re"))
        XCTAssertFalse(SecondPerson.isSecondPerson("y'all"))
    }

    func testRatePerThousandWords() {
        // 2 of 10 words → 200 per 1,000.
        let usage = SecondPerson.analyze("If you've ever waited 30 seconds, this is for you")
        XCTAssertEqual(usage.wordCount, 10)
        XCTAssertEqual(usage.count, 2)
        XCTAssertEqual(usage.perThousandWords, 200, accuracy: 1e-9)
        XCTAssertEqual(SecondPerson.ratePerThousand(count: 8, words: 1000), 8)
        XCTAssertEqual(SecondPerson.ratePerThousand(count: 3, words: 0), 0)
    }

    func testURLsAreNotCounted() {
        let usage = SecondPerson.analyze("Read https://you.example.com/your/page now")
        XCTAssertEqual(usage.count, 0)
        XCTAssertEqual(usage.wordCount, 2)
    }

    func testLongInput() {
        let text = String(repeating: "Your query scans every row you own. ", count: 10_000)
        let usage = SecondPerson.analyze(text)
        XCTAssertEqual(usage.count, 20_000)
        XCTAssertEqual(usage.wordCount, 70_000)
    }
}
