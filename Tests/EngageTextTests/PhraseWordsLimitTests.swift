import EngageText
import XCTest

/// `PhraseNormalizer.words(_:limit:)` is the prefix of the full word list:
/// checks that judge how a block opens read no more of it.
final class PhraseWordsLimitTests: XCTestCase {
    func testLimitedWordsArePrefixesOfTheFullList() {
        let texts = ["", "Step 2: Run it", "  **Step two** — deploy", "Don’t  do’ this 🚫 now", "Étape 3 : Déployer", "a", "a'",
                     "1. Install", "''quoted''", "x-y_z 9", "🎯🎯", "word"]
        for text in texts {
            let all = PhraseNormalizer.words(text)
            for limit in 0...4 {
                XCTAssertEqual(PhraseNormalizer.words(text, limit: limit), Array(all.prefix(limit)), "\(text.debugDescription) limit \(limit)")
            }
        }
    }
}
