import EngageMarkdown
@testable import EngageSections
import XCTest

final class PostScaffoldTests: XCTestCase {
    func testEveryPartOfTheScaffoldMapsOntoItsSectionInOrder() throws {
        let text = PostScaffold.markdown(title: "Connection Pooling")
        let map = SectionClassifier().classify(try MarkdownParser.parse(bytes: Array(text.utf8)))
        XCTAssertEqual(map.parts.map(\.section), SectionID.framework)
        XCTAssertEqual(map.parts.dropFirst().map(\.heading), PostScaffold.parts.compactMap(\.heading))
        XCTAssertEqual(map.title, "Connection Pooling")
        for part in map.parts.dropFirst() {
            XCTAssertGreaterThan(part.confidence, 0.5, "\(part.heading) should be mapped by its heading, not by chance")
        }
    }

    func testPromptsAreCommentsAndTheBodyIsVisiblyUnfinished() throws {
        let text = PostScaffold.markdown(title: "T")
        XCTAssertEqual(text.components(separatedBy: "<!-- ").count - 1, 8, "one prompt comment per section")
        XCTAssertTrue(text.contains("TODO"))
        let document = try MarkdownParser.parse(bytes: Array(text.utf8))
        XCTAssertEqual(document.frontMatter?.string("title"), "T")
    }

    func testTitleQuotesAreEscapedInTheFrontMatter() throws {
        let text = PostScaffold.markdown(title: #"Say "No" to N+1"#)
        let document = try MarkdownParser.parse(bytes: Array(text.utf8))
        XCTAssertTrue(text.contains(#"title: "Say \"No\" to N+1""#), text)
        XCTAssertNotNil(document.frontMatter)
    }

    func testTitleFromFileName() {
        XCTAssertEqual(PostScaffold.title(fromFileName: "posts/connection-pooling.md"), "Connection Pooling")
        XCTAssertEqual(PostScaffold.title(fromFileName: "zero_downtime_deploys.mdx"), "Zero Downtime Deploys")
        XCTAssertEqual(PostScaffold.title(fromFileName: ".md"), "Untitled Post")
    }
}
