import XCTest
@testable import EngageText

final class QuestionsTests: XCTestCase {
    func testQuestionsWithRanges() {
        let text = "Sound familiar? You're not alone. What would you do with 10x faster queries?! Tell us (in the comments)?"
        let questions = Questions.find(in: text)
        XCTAssertEqual(slices(text, questions.map(\.range)),
                       ["Sound familiar?", "What would you do with 10x faster queries?!", "Tell us (in the comments)?"])
    }

    func testQuestionMarksThatDoNotEndSentences() {
        XCTAssertEqual(Questions.count(in: "Call https://api.example.com/users?page=2 first."), 0)
        XCTAssertEqual(Questions.count(in: "The ?: operator and a?.b are syntax."), 0)
        XCTAssertEqual(Questions.count(in: ""), 0)
    }

    func testQuestionInsideQuotes() {
        let text = "Ask yourself: “Do I need this index?” Then decide."
        XCTAssertEqual(slices(text, Questions.find(in: text).map(\.range)), ["Ask yourself: “Do I need this index?”"])
    }
}

final class SentenceStatisticsTests: XCTestCase {
    func testEmptyAndSingle() {
        XCTAssertEqual(SentenceStatistics(lengths: []).standardDeviation, 0)
        XCTAssertEqual(SentenceStatistics(lengths: []).longestSimilarRun(), 0..<0)
        XCTAssertEqual(SentenceStatistics(lengths: [12]).standardDeviation, 0)
        XCTAssertEqual(SentenceStatistics(lengths: [12]).longestSimilarRun(), 0..<1)
    }

    func testMeanAndStandardDeviation() {
        let stats = SentenceStatistics(lengths: [2, 4, 4, 4, 5, 5, 7, 9])
        XCTAssertEqual(stats.mean, 5)
        XCTAssertEqual(stats.standardDeviation, 2, accuracy: 1e-12)
    }

    func testFromSentences() {
        let stats = SentenceStatistics(sentences: Sentences.split("You check the logs. The query takes 12 seconds. For ONE query."))
        XCTAssertEqual(stats.lengths, [4, 5, 3])
    }

    func testLongestSimilarRun() {
        let stats = SentenceStatistics(lengths: [3, 14, 15, 13, 14, 16, 15, 4, 22, 21])
        XCTAssertEqual(stats.longestSimilarRun(tolerance: 2), 1..<5)
        XCTAssertEqual(stats.longestSimilarRun(tolerance: 3), 1..<7)
        XCTAssertEqual(stats.longestSimilarRun(tolerance: 0), 0..<1)
        XCTAssertEqual(SentenceStatistics(lengths: [8, 8, 8, 8, 8]).longestSimilarRun(tolerance: 0), 0..<5)
    }

    func testLongRunIsLinear() {
        let lengths = (0..<200_000).map { 10 + ($0 % 3) }
        XCTAssertEqual(SentenceStatistics(lengths: lengths).longestSimilarRun(tolerance: 2), 0..<200_000)
        XCTAssertEqual(SentenceStatistics(lengths: lengths).longestSimilarRun(tolerance: 1).count, 2)
    }
}
