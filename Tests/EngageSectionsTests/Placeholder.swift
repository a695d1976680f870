import XCTest
final class SectionsSmoke: XCTestCase { func testNothing() {} }
