import XCTest
final class EngageTextTestsSmoke: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
