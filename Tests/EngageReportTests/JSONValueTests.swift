import EngageReport
import XCTest

final class JSONValueTests: XCTestCase {
    func testKeysKeepTheirOrderAndStringsAreEscaped() {
        let value = JSONValue.object([("z", .int(1)), ("a", .string("q\"b\\\n\t\u{01}é/")), ("n", .null), ("l", .array([.bool(true), .double(0.5)]))])
        XCTAssertEqual(value.serialized(), #"{"z":1,"a":"q\"b\\\n\t\u0001é/","n":null,"l":[true,0.5]}"#)
    }

    func testNonFiniteNumbersBecomeNull() {
        XCTAssertEqual(JSONValue.double(.infinity).serialized(), "null")
    }
}
