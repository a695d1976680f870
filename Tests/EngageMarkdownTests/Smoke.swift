import XCTest
final class EngageMarkdownTestsSmoke: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
