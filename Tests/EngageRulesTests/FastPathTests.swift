@testable import EngageRules
import EngageText
import Foundation
import XCTest

/// Fast paths inside checks, each held to the plain test it stands for.
final class FastPathTests: XCTestCase {
    func testArrowStartFilterAgreesWithTheArrowSet() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(DiagramCheck.mayStartArrow(scalar), DiagramCheck.arrowStarts.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    func testASCIIArrowLinesAgreeWithTheCharacterTest() {
        // The byte path for ASCII lines of a text diagram against the
        // Character path it shortcuts (trim, frame, arrows, lone marks).
        let pieces = ["", " ", "\t", "+-", "-+", "+-+", "+--+", "+ - +", "|", "v", "^", "||", "->", "-->", "<-", "<--", "=>",
                      "==>", "<->", "-->>", "a -> b", "a->b->c", "x => y => z", "- list", "<==", "=", "-", "<", "text", "+-- x --+"]
        var lines: [String] = []
        for a in pieces { for b in pieces { lines.append(a + b); lines.append(a + " " + b + "\t") } }
        for line in lines {
            let trimmed = line.closingTrimmed()
            let reference = (trimmed.hasPrefix("+-") && trimmed.hasSuffix("-+")) || DiagramCheck.arrowCount(in: trimmed) >= 2
                || trimmed == "|" || trimmed == "v" || trimmed == "^"
            XCTAssertEqual(DiagramCheck.asciiArrowStructure(line[...].utf8), reference, line.debugDescription)
        }
        XCTAssertNil(DiagramCheck.asciiArrowStructure("a → b"[...].utf8))
    }

    func testHeaderLetterRunsAgreeWithTheCharacterSplit() {
        for header in ["before (ms)", "After_v2", "p99@old", "[new]", "`with`", "Improvement %", "", "123", "a-b c/d", "Zz{a}",
                       "naïve", "Avant/Après", "with\u{301}out"] {
            XCTAssertEqual(TableRoles.letterRuns(header), header.split(whereSeparator: { !$0.isLetter }).map(String.init), header)
        }
    }

    func testIndentSkipAgreesWithTheCharacterDrop() {
        for line in ["", " ", "\t \t", "- item", "   - item", "\t├── x", " \u{301}x", "  \u{00A0}x", "\r", " \r\n", "a", "  │ x",
                     " 🚀 go", "\u{200D}x", "  e\u{301}"] {
            let raw = line[...]
            let reference = raw.drop { $0 == " " || $0 == "\t" }
            let fast = CueListCheck.afterIndent(raw)
            XCTAssertEqual(fast.map { String($0.0) }, reference.isEmpty ? nil : String(reference), line.debugDescription)
            XCTAssertEqual(fast?.1, reference.unicodeScalars.first, line.debugDescription)
        }
    }

    func testDurationGateNeverHidesAReaderDuration() {
        // Every way a reader's minutes or hours are written must pass the gate
        // whenever the quantity scanner finds one; prose with a digit and an
        // `m` far from it must not.
        let numbers = ["5", "10-15", "10 - 15", "1.5", "2,000", "~30", "3 thousand", "45", "2\u{2013}3", "1 million"]
        let gaps = ["", " ", "-", "\u{00A0}", "  "]
        let units = ["min", "mins", "minute", "minutes", "m", "h", "hr", "hrs", "hour", "hours", "Minutes", "HOURS", "Min"]
        let frames = ["Time: X", "This tutorial takes X to finish", "(X)", "X.", "a X read", "**Reading time**: X"]
        var found = 0
        for number in numbers {
            for gap in gaps {
                for unit in units {
                    for frame in frames {
                        let text = frame.replacingOccurrences(of: "X", with: number + gap + unit)
                        let durations = Quantities.measures(in: text).filter(StatedDurationCheck.isReaderDuration)
                        if !durations.isEmpty { found += 1 }
                        XCTAssertTrue(durations.isEmpty || StatedDurationCheck.mayHoldDuration(text.utf8), text)
                    }
                }
            }
        }
        XCTAssertGreaterThan(found, 1000, "the samples must hold reader durations")
        XCTAssertFalse(StatedDurationCheck.mayHoldDuration("We moved 3 services to Kubernetes and the team was happy.".utf8))
        XCTAssertTrue(StatedDurationCheck.mayHoldDuration("It takes 20 minutes".utf8))
    }
}

extension FastPathTests {
    /// The comment scan `OutputShownCheck` used before its byte path, kept as the reference.
    static func referenceLabelledComment(in code: String, isLabel: (String) -> Bool) -> String? {
        for line in code.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            var i = line.startIndex
            while i < line.endIndex, line[i] == 0x20 || line[i] == 0x09 { i = line.index(after: i) }
            let text = line[i...]
            guard let first = text.first else { continue }
            let second = text.dropFirst().first
            var body: Substring.UTF8View.SubSequence
            switch (first, second) {
            case (UInt8(ascii: "/"), UInt8(ascii: "/")?), (UInt8(ascii: "-"), UInt8(ascii: "-")?),
                 (UInt8(ascii: "/"), UInt8(ascii: "*")?):
                body = text.dropFirst(2)
            case (UInt8(ascii: "#"), _), (UInt8(ascii: ";"), _), (UInt8(ascii: "%"), _), (UInt8(ascii: "*"), _):
                body = text.dropFirst()
            default:
                continue
            }
            body = body.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/") }
            guard let colon = body.firstIndex(where: {
                $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "=")
            }) else { continue }
            if isLabel(String(decoding: body[..<colon], as: UTF8.self)) { return String(decoding: text, as: UTF8.self) }
        }
        return nil
    }

    func testLabelledCommentBytesAgreeWithTheReference() {
        let pieces = ["# Output: 42", "  // expected (ms) 12", "-- result = 3", "/* Output */", "*", "#", "//", "-",
                      "\t;output:x", "% Output:", "print(1)  # Output: 1", "", "  ", "#Output(", "/// output=", "# Ünïcode: é",
                      "# output", "x = 1", "-- -- output: y", "\u{1F680} # output: z"]
        let isLabel = { (text: String) in text.lowercased().trimmingCharacters(in: .whitespaces) == "output" }
        var codes = pieces
        for a in pieces { for b in pieces { codes.append(a + "\n" + b); codes.append(a + "\n\n" + b + "\n") } }
        for code in codes {
            var copy = code
            let fast = copy.withUTF8 { OutputShownCheck.firstLabelledComment(in: $0, isLabel: isLabel) }
            XCTAssertEqual(fast, Self.referenceLabelledComment(in: code, isLabel: isLabel), code.debugDescription)
        }
    }
}

extension FastPathTests {
    func testCodeLineBytesAgreeWithTheCharacterTest() {
        let pieces = ["def f():", "  return x;", "}", "  }", "{", "});", "SELECT * FROM t", "Select 1", "$ npm install", "\tIF (x)",
                      "plain words here", "", "   ", "\t", "git", "git status", "DELETE FROM users", "a;", ";", "x {", "npm", "#include <a>",
                      "ÉCOLE;", "café {", "def\u{301} x", "  \u{00A0}def x", "a;\r", "x\r\ny;"]
        var lines = pieces
        for a in pieces { for b in ["", " ", ";", "{", " }", "x"] { lines.append(a + b); lines.append(b + a) } }
        for line in lines {
            XCTAssertEqual(TaggedCodeCheck.isCodeLine(line[...]), TaggedCodeCheck.isCodeLineByCharacters(line[...]), line.debugDescription)
        }
    }

    func testCodeLineCharacterTestLowerCasesOnlyWhatAKeywordCanMatch() {
        // The Character test lower-cases a prefix of the line; the whole
        // line lower-cased must give the same answer.
        func reference(_ raw: Substring) -> Bool? {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            guard !line.isEmpty else { return nil }
            let lower = line.lowercased()
            return line.hasSuffix(";") || line.hasSuffix("{") || line == "}" || line.hasSuffix("});")
                || TaggedCodeCheck.keywords.contains(where: { lower.hasPrefix($0) })
        }
        let heads = TaggedCodeCheck.keywords.flatMap { [$0, $0.uppercased(), String($0.dropLast())] }
            + ["İF x", "İmport", "ß", "ΣELECT", "e\u{301}cho", "\u{1F680} def", "  ", "\u{00A0}"]
        let tails = ["", " x", "\u{301} x", "\u{301}", "\u{200D}\u{1F680}", " ├── ok", "→ next", ";", " {", "\r", "\u{0307}"]
        for head in heads {
            for tail in tails {
                let line = head + tail + " — ünïcode"
                XCTAssertEqual(TaggedCodeCheck.isCodeLineByCharacters(line[...]), reference(line[...]), line.debugDescription)
                let bare = head + tail
                XCTAssertEqual(TaggedCodeCheck.isCodeLineByCharacters(bare[...]), reference(bare[...]), bare.debugDescription)
            }
        }
    }
}

extension FastPathTests {
    /// The byte trim of ASCII text against the Character trim it shortcuts.
    func testASCIITrimAgreesWithTheCharacterTrim() {
        func characterTrim(_ text: String) -> String {
            var text = Substring(text)
            while let first = text.first, first.isWhitespace { text = text.dropFirst() }
            while let last = text.last, last.isWhitespace { text = text.dropLast() }
            return String(text)
        }
        let cores = ["", "a", "Use cases:", "a b", "x\r\ny", "\u{1F}z", "café", "e\u{301}", "\u{00A0}nbsp\u{00A0}"]
        let pads = ["", " ", "\t", "\r\n", "\n ", " \u{0B}\u{0C}\r", "\u{00A0}", "\u{2003}"]
        for core in cores {
            for lead in pads {
                for tail in pads {
                    let text = lead + core + tail
                    XCTAssertEqual(OpeningText.trim(text), characterTrim(text), text.debugDescription)
                    XCTAssertEqual(OpeningText.trim(text[...]), characterTrim(text), text.debugDescription)
                }
            }
        }
        XCTAssertNotNil(OpeningText.asciiTrim(" ascii ".utf8))
        XCTAssertNil(OpeningText.asciiTrim(" café ".utf8))
    }
}
