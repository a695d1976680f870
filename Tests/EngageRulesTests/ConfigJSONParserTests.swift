@testable import EngageRules
import XCTest

final class ConfigJSONParserTests: XCTestCase {
    private func parse(_ text: String) throws -> ConfigJSON {
        try ConfigJSONParser.parse(Array(text.utf8), file: "c.json")
    }

    private func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try ConfigJSONParser.parse(Array(text.utf8), file: "c.json")
            XCTFail("expected an error for \(text)", file: file, line: line)
        } catch {
            return error.description
        }
        return ""
    }

    private func failure(bytes: [UInt8]) -> String {
        do {
            _ = try ConfigJSONParser.parse(bytes, file: "c.json")
        } catch {
            return error.description
        }
        return "no error"
    }

    func testEveryValueAndKeyKeepsItsLineAndColumn() throws {
        let root = try parse("{\n  \"minScore\": 80,\n  \"rules\": {\n    \"style\": \"off\"\n  }\n}")
        XCTAssertEqual(root.origin, ConfigOrigin(file: "c.json", line: 1, column: 1))
        XCTAssertEqual(root["minScore"]?.origin, ConfigOrigin(file: "c.json", line: 2, column: 15))
        XCTAssertEqual(root.members?[1].keyOrigin, ConfigOrigin(file: "c.json", line: 3, column: 3))
        XCTAssertEqual(root["rules"]?["style"]?.origin, ConfigOrigin(file: "c.json", line: 4, column: 14))
        XCTAssertEqual(root["rules"]?["style"]?.stringValue, "off")
    }

    func testColumnsCountUnicodeScalarsNotBytes() throws {
        // "é" is 2 bytes, "🚀" 4: each is one column.
        let root = try parse("{\"é🚀\": \"ü\", \"b\": 1}")
        XCTAssertEqual(root["b"]?.origin.column, 18)
        XCTAssertEqual(root["é🚀"]?.stringValue, "ü")
    }

    func testCRLFAndCREndLinesAndABOMIsNotAColumn() throws {
        let crlf = try parse("\u{FEFF}{\r\n\"a\": 1,\r\"b\": 2}")
        XCTAssertEqual(crlf["a"]?.origin, ConfigOrigin(file: "c.json", line: 2, column: 6))
        XCTAssertEqual(crlf["b"]?.origin, ConfigOrigin(file: "c.json", line: 3, column: 6))
        let bom = try parse("\u{FEFF}{\"a\": 1}")
        XCTAssertEqual(bom["a"]?.origin.column, 7)
    }

    func testScalarsAndEscapesDecode() throws {
        let root = try parse(#"{"s": "a\"b\\c\/\n\t\u00e9\ud83d\ude80", "n": -1.5e2, "z": 0, "t": true, "f": false, "x": null, "l": [1, [2]]}"#)
        XCTAssertEqual(root["s"]?.stringValue, "a\"b\\c/\n\té🚀")
        XCTAssertEqual(root["n"]?.numberValue, -150)
        XCTAssertEqual(root["z"]?.numberValue, 0)
        XCTAssertEqual(root["t"]?.boolValue, true)
        XCTAssertEqual(root["f"]?.boolValue, false)
        XCTAssertEqual(root["x"]?.value, .null)
        guard case .array(let items)? = root["l"]?.value else { return XCTFail("not a list") }
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[1].origin.column, 106)
    }

    func testSyntaxErrorsNameLineColumnAndWhatIsWrong() {
        XCTAssertEqual(failure("{\n  \"a\": 1,\n}"), "c.json:3:1: error: trailing comma before '}'")
        XCTAssertEqual(failure("[1,]"), "c.json:1:4: error: trailing comma before ']'")
        XCTAssertEqual(failure("{\"a\": 1 \"b\": 2}"), "c.json:1:9: error: expected ',' or '}' after the value of \"a\", found '\"'")
        XCTAssertEqual(failure("{\"a\" 1}"), "c.json:1:6: error: expected ':' after the key \"a\"")
        XCTAssertEqual(failure("{a: 1}"), "c.json:1:2: error: expected a key in double quotes, found 'a'")
        XCTAssertEqual(failure("{\"a\": 'x'}"), "c.json:1:7: error: unexpected ''': expected a value")
        XCTAssertEqual(failure("{\"a\": yes}"), "c.json:1:7: error: unexpected 'y': expected a value")
        XCTAssertEqual(failure("{\"a\": tru}"), "c.json:1:7: error: unexpected 't': expected a value (strings need double quotes)")
        XCTAssertEqual(failure("// note\n{}"), "c.json:1:1: error: JSON does not allow comments")
        XCTAssertEqual(failure("{\"a\": \"open\n}"), "c.json:1:12: error: the string opened at line 1, column 7 is not closed on its line")
        XCTAssertEqual(failure("{\"a\": \"\\x\"}"), #"c.json:1:9: error: unknown escape '\x' (JSON knows \" \\ \/ \b \f \n \r \t \uXXXX)"#)
        XCTAssertEqual(failure("{\"a\": 012}"), "c.json:1:8: error: numbers cannot have leading zeros")
        XCTAssertEqual(failure("{\"a\": 1.}"), "c.json:1:9: error: a number needs digits after '.'")
        XCTAssertEqual(failure("{\"a\": \"\\ud800\"}"), "c.json:1:14: error: lone surrogate \\ud800 in a string")
        XCTAssertEqual(failure("{\"a\": 1} x"), "c.json:1:10: error: unexpected 'x' after the end of the JSON value")
        XCTAssertEqual(failure("{\"a\": [1, 2"), "c.json:1:12: error: unexpected end of file: the list opened at line 1, column 7 is not closed")
        XCTAssertEqual(failure("{\"a\": 1"), "c.json:1:8: error: unexpected end of file: the object opened at line 1, column 1 is not closed")
        XCTAssertEqual(failure("  \n "), "c.json:2:2: error: the file is empty; it needs a JSON object, e.g. {}")
    }

    func testDuplicateKeysAreRejectedAtTheSecondOne() {
        XCTAssertEqual(failure("{\n  \"strict\": true,\n  \"strict\": false\n}"),
                       "c.json:3:3: error: duplicate key \"strict\" (first at line 2, column 3)")
    }

    func testInvalidUTF8IsReportedWithItsByteOffset() {
        XCTAssertEqual(failure(bytes: [0x7B, 0x22, 0xFF, 0x22, 0x7D]), "c.json: error: not valid UTF-8 (byte offset 2); save the file as UTF-8")
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertEqual(failure(deep), "c.json:1:201: error: nested deeper than 200 levels")
    }

    func testLongInputParsesInOnePass() throws {
        let items = (0..<50_000).map { "\"name\($0)\"" }.joined(separator: ",\n")
        let root = try parse("{\"companies\": [\(items)]}")
        XCTAssertEqual(root["companies"]?.stringsValue?.count, 50_000)
        guard case .array(let list)? = root["companies"]?.value else { return XCTFail("not a list") }
        XCTAssertEqual(list.last?.origin.line, 50_000)
    }
}
