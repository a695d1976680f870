import EngageText
import XCTest

/// The byte line splits give exactly the Character splits they replace.
final class LineSplittingTests: XCTestCase {
    private let samples = [
        "", "\n", "\n\n", "a", "a\n", "\na", "a\nb", "a\n\nb\n", "a\r\nb", "a\rb", "\r\n\r\n", "a\r\r\nb",
        "x\u{0B}y\u{0C}z", "n\u{85}e\u{2028}l\u{2029}p", "é\nü\u{301}\n", "🚀\n\u{FE0F}", "a\n\u{301}b", "\r", "tail\r",
        "┌──┐\n│ab│\n└──┘", "  |\n  v\n", "\u{2028}\u{2028}",
    ]

    func testLineFeedSplitMatchesTheCharacterSplit() {
        for text in allInputs() {
            for omitting in [true, false] {
                XCTAssertEqual(text.linesSplitAtLineFeed(omittingEmpty: omitting),
                               text.split(separator: "\n", omittingEmptySubsequences: omitting), text.debugDescription)
            }
        }
    }

    func testNewlineSplitMatchesTheCharacterSplit() {
        for text in allInputs() {
            for omitting in [true, false] {
                XCTAssertEqual(text.linesSplitAtNewlines(omittingEmpty: omitting),
                               text.split(omittingEmptySubsequences: omitting, whereSeparator: \.isNewline), text.debugDescription)
            }
        }
    }

    func testLimitedSplitIsThePrefixOfTheWholeSplit() {
        for text in allInputs() {
            for omitting in [true, false] {
                let whole = text.linesSplitAtLineFeed(omittingEmpty: omitting)
                for limit in 0...4 {
                    XCTAssertEqual(text.linesSplitAtLineFeed(omittingEmpty: omitting, limit: limit), Array(whole.prefix(limit)),
                                   "\(text.debugDescription) limit \(limit)")
                }
            }
        }
    }

    func testSubstringsSplitFromTheirOwnStart() {
        let text = "skip\nthis\nline"
        let tail = text.dropFirst(5)
        XCTAssertEqual(tail.linesSplitAtLineFeed(), ["this", "line"])
        XCTAssertEqual(tail.linesSplitAtNewlines(), ["this", "line"])
    }

    private func allInputs() -> [String] {
        var inputs = samples
        for a in samples { for b in samples { inputs.append(a + b) } }
        return inputs
    }
}
