import XCTest
@testable import EngageText

final class EmojiTests: XCTestCase {
    func testEmptyAndPlainText() {
        XCTAssertEqual(Emoji.count(in: ""), 0)
        XCTAssertEqual(Emoji.count(in: "Query time: 125ms → 1.23ms (102x faster)"), 0)
    }

    func testSingleScalarEmoji() {
        let text = "✅ Indexed ❌ Over-indexed 🚀 Shipped"
        XCTAssertEqual(slices(text, Emoji.find(in: text)), ["✅", "❌", "🚀"])
    }

    func testSequencesCountAsOne() {
        XCTAssertEqual(Emoji.count(in: "👨‍👩‍👧‍👦"), 1, "ZWJ family")
        XCTAssertEqual(Emoji.count(in: "👍🏽"), 1, "skin tone")
        XCTAssertEqual(Emoji.count(in: "🇺🇸🇯🇵"), 2, "two flags")
        XCTAssertEqual(Emoji.count(in: "1️⃣ 2️⃣ #️⃣"), 3, "keycaps")
        XCTAssertEqual(Emoji.count(in: "🏳️‍🌈"), 1, "ZWJ with FE0F")
        XCTAssertEqual(Emoji.count(in: "❤️‍🔥"), 1)
        XCTAssertEqual(Emoji.count(in: "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"), 1, "subdivision flag")
        XCTAssertEqual(Emoji.count(in: "👩‍💻👩‍💻"), 2)
    }

    func testTextDefaultSymbolsNeedVariationSelector() {
        XCTAssertEqual(Emoji.count(in: "© 2024 Acme™ ↔ ✔"), 0)
        XCTAssertEqual(Emoji.count(in: "⚠️ Warning ✔️ ok"), 2)
        XCTAssertEqual(Emoji.count(in: "Step 1: use # and * and 42"), 0)
    }

    func testRangesAreUTF8Offsets() {
        let text = "Hi 👋🏻!"
        XCTAssertEqual(Emoji.find(in: text), [3..<11])
    }

    func testSingleEmojiCheck() {
        XCTAssertTrue(Emoji.isSingleEmoji("🎉"))
        XCTAssertTrue(Emoji.isSingleEmoji("👨‍👩‍👧"))
        XCTAssertFalse(Emoji.isSingleEmoji(":tada:"))
        XCTAssertFalse(Emoji.isSingleEmoji("🎉🎉"))
        XCTAssertFalse(Emoji.isSingleEmoji(""))
    }

    func testLongInput() {
        let text = String(repeating: "Ship it 🚀 now. ", count: 50_000)
        XCTAssertEqual(Emoji.count(in: text), 50_000)
    }
}
