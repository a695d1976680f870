import XCTest
final class RulesSmoke: XCTestCase { func testNothing() {} }
