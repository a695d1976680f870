import EngageText
import XCTest

/// `PhraseNormalizer.words(_:limit:)` and `keys(_:limit:)` are prefixes of
/// the full lists: checks that judge how a block opens read no more of it.
final class PhraseWordsLimitTests: XCTestCase {
    static let texts = ["", "Step 2: Run it", "  **Step two** — deploy", "Don’t  do’ this 🚫 now", "Étape 3 : Déployer", "a", "a'",
                     "1. Install", "''quoted''", "x-y_z 9", "🎯🎯", "word", "one two three four five six seven eight"]

    func testLimitedWordsArePrefixesOfTheFullList() {
        for text in Self.texts {
            let all = PhraseNormalizer.words(text)
            for limit in 0...4 {
                XCTAssertEqual(PhraseNormalizer.words(text, limit: limit), Array(all.prefix(limit)), "\(text.debugDescription) limit \(limit)")
            }
        }
    }

    func testLimitedKeysArePrefixesOfTheFullKeys() {
        for text in Self.texts {
            let all = PhraseNormalizer.keys(text)
            for limit in 0...7 {
                XCTAssertEqual(PhraseNormalizer.keys(text, limit: limit), Array(all.prefix(limit)), "\(text.debugDescription) limit \(limit)")
            }
        }
    }
}
