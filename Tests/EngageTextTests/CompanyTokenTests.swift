@testable import EngageText
import XCTest

/// The byte tokeniser of company names gives what the scalar-by-scalar
/// tokeniser it replaced gave (kept below as the reference).
final class CompanyTokenTests: XCTestCase {
    func testTokensOfNamesAndPossessives() {
        XCTAssertEqual(CompanyMatcher.tokens("AT&T and Booking.com. McDonald’s Coca-Cola's 'quoted' Shopify—fast"),
                       ["AT&T", "and", "Booking.com", "McDonald", "Coca-Cola", "quoted", "Shopify", "fast"])
        XCTAssertEqual(CompanyMatcher.tokens("Zürich-based Škoda, 3M’s ½ x--y..."), ["Zürich-based", "Škoda", "3M", "½", "x--y"])
    }

    func testBytePathMatchesTheScalarReference() {
        let pieces = ["AT&T", " ", "McDonald’s", "’s", "s", "'", "’", ".", "-", "&", "é", "🚀", "Uber's", "x’’", "a.-'’",
                      "\u{301}", "Ω", "٣", "\n", "IBM.", "—", "s's", "’s’s"]
        var inputs = pieces
        for a in pieces { for b in pieces { inputs.append(a + b); for c in ["s", "’", " "] { inputs.append(a + c + b) } } }
        for text in inputs {
            XCTAssertEqual(CompanyMatcher.tokens(text), referenceTokens(text), text.debugDescription)
        }
    }

    private func referenceTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var buffer: [UInt8] = []
        func flush() {
            while let last = buffer.last, last == 0x2E || last == 0x2D || last == 0x27 { buffer.removeLast() }
            if buffer.count >= 2, buffer[buffer.count - 1] == 0x73, buffer[buffer.count - 2] == 0x27 { buffer.removeLast(2) }
            if !buffer.isEmpty { tokens.append(String(decoding: buffer, as: UTF8.self)) }
            buffer.removeAll()
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x61...0x7A, 0x41...0x5A, 0x30...0x39: buffer.append(UInt8(value))
                case 0x26, 0x2E, 0x2D, 0x27: if buffer.isEmpty { flush() } else { buffer.append(UInt8(value)) }
                default: flush()
                }
            } else if value == 0x2019, !buffer.isEmpty {
                buffer.append(0x27)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                buffer.append(contentsOf: String(scalar).utf8)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }
}

/// Phrase keys read on bytes are the keys of the phrase words.
final class PhraseKeyTests: XCTestCase {
    func testKeysAreTheKeysOfTheWords() {
        let pieces = ["Anti-Patterns:", " ", "Don’t", "don't'", "'quoted'", "ÜBER", "straße", "İstanbul", "🚫", "x’’y", "a\u{301}",
                      "42ms", "日本語", "\n", "’", "'", "Ω", "ǅ"]
        var inputs = pieces
        for a in pieces { for b in pieces { inputs.append(a + b); inputs.append(a + " " + b) } }
        for text in inputs {
            XCTAssertEqual(PhraseNormalizer.keys(text), PhraseNormalizer.words(text).map(PhraseNormalizer.key(ofNormalized:)),
                           text.debugDescription)
        }
    }
}
