@testable import EngageRules
import EngageText
import Foundation
import XCTest

/// The byte paths that keep checks linear on long paragraphs give what the
/// Character paths give, and damage is still found deep in a long post.
final class CheckLinearityTests: XCTestCase {
    private let samples = [
        "> **Time:** 20 minutes | Level: *Easy*", "  - 1. `code` _x_ \t", "12) item\r\nnext\rlast\n\n", "1.5 is no marker",
        "- \n-x\n* y\n+ z\n>>> deep", "a|b||c | ", "\t\u{0B} |\u{0C}x\r\n|", "**__``**", "", "   \n \n", "3.", "(1) a",
        // Non-ASCII: bullets, middle dots, Unicode spaces, emoji, and marks
        // that join a marker (where only the Character path is right).
        "• item · ⏱️ 10 min", "\u{00A0}Time:\u{2003}20 min\u{3000}", "→ *ünïcödé* | café", "-\u{0301} x", "*\u{20E3} y",
        "> \u{1F680} launch\u{FE0F}", "a\u{2028}b\u{0085}", "•x ·", " \u{200D}|\u{FE0F}",
    ]

    func testByteLinesAndSegmentsMatchTheCharacterPath() {
        var inputs = samples
        for a in samples { for b in samples { inputs.append(a + "\n" + b); inputs.append(a + b) } }
        inputs.append(String(repeating: "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", count: 20_000))
        for input in inputs {
            XCTAssertEqual(OpeningText.markupFreeLines(input), OpeningText.markupFreeLinesByCharacter(input), input.debugDescription)
            XCTAssertEqual(OpeningText.segments(of: input), OpeningText.segmentsByCharacter(of: input), input.debugDescription)
        }
        XCTAssertNotNil(OpeningText.markupFreeLinesBytes("⏱ 10 min"))
        XCTAssertNil(OpeningText.markupFreeLinesBytes("-\u{0301} x"), "a mark joined to a marker takes the Character path")
    }

    func testMojibakeInALongASCIIPostMatchesTheWholeDecode() {
        let long = String(repeating: "plain ascii text. ", count: 50_000)
        let inputs = ["", long, "CafÃ© â€™", "x\u{FFFD}", "\u{FFFD}\u{FFFD}é", long + "CafÃ©" + long + "â€œquotedâ€\u{9D}" + "\u{FFFD}",
                      "Ã", "Ã\u{FFFD}", "é" + long + "Ã©", "Ã©Ã©", "a\u{2019}b", "ðŸš€ launch"]
        for input in inputs {
            let bytes = Array(input.utf8)
            for start in [0, min(1, bytes.count)] {
                let found = Mojibake.find(in: bytes, from: start)
                let expected = referenceFind(bytes, from: start)
                XCTAssertEqual(found.map(\.range), expected.map(\.range), input.prefix(40).debugDescription)
                XCTAssertEqual(found.map(\.intended), expected.map(\.intended))
                XCTAssertEqual(found.map(\.encoding), expected.map(\.encoding))
            }
        }
        let damaged = Array((long + "CafÃ©").utf8)
        XCTAssertEqual(Mojibake.find(in: damaged, from: 0).map(\.intended), ["é"])
    }

    func testPlaceholderByteHelpersAgreeWithFoundationOnASCII() {
        let texts = ["", " ", "\t x \t", "\n x\n", "\u{0B}a\u{0C}", "  https://... ", "your-username", "a//b", "://.."]
        for text in texts {
            XCTAssertEqual(PlaceholdersCheck.trimSpacesAndTabs(text), text.trimmingCharacters(in: .whitespaces), text.debugDescription)
            for pattern in ["://...", "your-username", "<your", "a", "//", " "] {
                XCTAssertEqual(text.containsLiteral(pattern), text.range(of: pattern) != nil)
            }
        }
        XCTAssertNotNil(PlaceholdersCheck.placeholderLink(" https://github.com/... ", autolink: false))
        XCTAssertNotNil(PlaceholdersCheck.placeholderLink("\thttps://docs.Example.com/x", autolink: false))
        XCTAssertNotNil(PlaceholdersCheck.placeholderLink("https://github.com/Your-Username/repo", autolink: false))
        XCTAssertNil(PlaceholdersCheck.placeholderLink("/u1", autolink: false))
        XCTAssertNil(PlaceholdersCheck.placeholderLink("example.com/page", autolink: false))
        XCTAssertNotNil(PlaceholdersCheck.placeholderLink("//example.org/page", autolink: false))
        XCTAssertEqual(PlaceholdersCheck.slots(in: "[ COMPANY 1 ] and [x0] and [\tMETRIC]").count, 2)
    }

    func testPhraseWordsFoldTheRightSingleQuoteOnly() {
        XCTAssertEqual(PhraseSpotter.words("You\u{2019}re HERE, it's Über").map(\.text), ["you're", "here", "it's", "über"])
    }

    /// The decoder before it went island by island: every scalar into one array.
    private func referenceFind(_ bytes: [UInt8], from start: Int) -> [Mojibake.Run] {
        var decoded: [(value: UInt32, offset: Int)] = []
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            var value: UInt32
            var length: Int
            switch b {
            case 0..<0x80: value = UInt32(b); length = 1
            case 0xC0..<0xE0: value = UInt32(b & 0x1F); length = 2
            case 0xE0..<0xF0: value = UInt32(b & 0x0F); length = 3
            default: value = UInt32(b & 0x07); length = 4
            }
            if i + length > bytes.count { length = bytes.count - i }
            var k = 1
            while k < length { value = value << 6 | UInt32(bytes[i + k] & 0x3F); k += 1 }
            decoded.append((value, i))
            i += max(1, length)
        }
        var runs: [Mojibake.Run] = []
        func add(_ run: Mojibake.Run) {
            if var last = runs.last, last.range.upperBound == run.range.lowerBound, last.intended != nil, run.intended != nil {
                last.range = last.range.lowerBound..<run.range.upperBound
                last.intended! += run.intended!
                runs[runs.count - 1] = last
            } else {
                runs.append(run)
            }
        }
        i = 0
        while i < decoded.count {
            let value = decoded[i].value
            if value == 0xFFFD {
                add(Mojibake.Run(range: decoded[i].offset..<(i + 1 < decoded.count ? decoded[i + 1].offset : bytes.count), intended: nil, encoding: ""))
                i += 1
                continue
            }
            guard value >= 0x80 else { i += 1; continue }
            var matched = false
            for page in [Mojibake.windows1252, Mojibake.macOSRoman] {
                guard let lead = page.byte[value], page.leads.contains(lead) else { continue }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                guard i + length <= decoded.count else { continue }
                var sequence = [lead]
                for k in 1..<length {
                    guard let b = page.byte[decoded[i + k].value], b & 0xC0 == 0x80 else { break }
                    sequence.append(b)
                }
                guard sequence.count == length, let intended = Mojibake.validScalar(sequence) else { continue }
                let end = i + length < decoded.count ? decoded[i + length].offset : bytes.count
                add(Mojibake.Run(range: decoded[i].offset..<end, intended: String(Character(intended)), encoding: page.name))
                i += length
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return runs
    }
}

/// The byte count of code words gives what the scalar walk it replaced gave.
final class CodeWordsTests: XCTestCase {
    func testByteCountMatchesTheScalarWalk() {
        let pieces = ["let", " ", "\t", "\n", "\r", "x1", "┌──┐", "→", "é", "日本", "٣", "{}", "🚀", "a\u{301}", "--", "\u{00A0}"]
        var inputs = pieces
        for a in pieces { for b in pieces { inputs.append(a + b); inputs.append(a + " " + b) } }
        for text in inputs {
            XCTAssertEqual(StructureText.codeWords(text), reference(text), text.debugDescription)
        }
        XCTAssertEqual(StructureText.codeWords("func main() {\n  print(\"hi\")\n}\n│ ─ │"), 3)
    }

    private func reference(_ literal: String) -> Int {
        var count = 0
        var inToken = false
        var tokenHasWord = false
        for scalar in literal.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                if inToken, tokenHasWord { count += 1 }
                inToken = false
                tokenHasWord = false
            } else {
                inToken = true
                if !tokenHasWord, scalar.isASCII
                    ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
                    : scalar.properties.isAlphabetic {
                    tokenHasWord = true
                }
            }
        }
        if inToken, tokenHasWord { count += 1 }
        return count
    }
}
