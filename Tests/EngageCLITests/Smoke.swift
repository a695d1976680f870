import XCTest
final class EngageCLITestsSmoke: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
