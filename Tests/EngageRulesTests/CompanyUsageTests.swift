@testable import EngageRules
import EngageMarkdown
import XCTest

/// The `usage-cues` parameter of the `companies` kind: outside the rule's
/// section, companies count only in passages that show them at work.
final class CompanyUsageTests: XCTestCase {
    private func rule(usageCues: String?) throws -> RuleDefinition {
        let cues = usageCues.map { #", "usage-cues": \#($0)"# } ?? ""
        let text = """
        # proof/companies-test

        Companies shown at work.

        ## Definition

        ```json
        {"id": "proof/companies-test", "severity": "warning", "weight": 1, "implements": "3+ Companies",
         "check": "companies", "params": {"area": "post", "min": 3\(cues)}, "message": "Name {min} companies"}
        ```

        ## Fails

        ```markdown post
        # Caching
        ```

        ## Passes

        ```markdown post
        # Caching

        ## Who Uses This?

        Netflix, Airbnb and Shopify run it.
        ```
        """
        return try RuleDocumentParser.parse(text, origin: "Rules/proof/companies-test.md")
    }

    private func status(_ post: String, usageCues: String?) throws -> RuleStatus? {
        let report = RuleEngine(rules: [try rule(usageCues: usageCues)]).lint(MarkdownParser.parse(post), path: "post.md")
        return report.results.first?.status
    }

    static let priceTable = """
    # LLM Costs

    ## The Solution

    Pick the cheapest model that passes your evaluation set.

    | Vendor | Model | $ per 1M tokens |
    |---|---|---|
    | OpenAI | GPT-4o | 2.50 |
    | Anthropic | Claude Sonnet | 3.00 |
    | Google | Gemini Pro | 1.25 |
    """

    func testVendorsInAPriceTableCountOnlyWithoutUsageCues() throws {
        XCTAssertEqual(try status(Self.priceTable, usageCues: nil), .pass)
        XCTAssertEqual(try status(Self.priceTable, usageCues: #"["uses", "runs"]"#), .fail)
    }

    func testAPassageThatShowsThemAtWorkCounts() throws {
        let post = Self.priceTable + "\n\nOpenAI, Anthropic and Google each runs this cache in front of its API.\n"
        XCTAssertEqual(try status(post, usageCues: #"["uses", "runs"]"#), .pass)
    }

    func testEveryCompanyInTheSocialProofSectionCounts() throws {
        let post = "# Caching\n\n## Who Uses This?\n\n- Netflix\n- Airbnb\n- Shopify\n"
        XCTAssertEqual(try status(post, usageCues: #"["uses", "runs"]"#), .pass)
        // The same list under a heading of another section shows nobody at work.
        let elsewhere = post.replacingOccurrences(of: "Who Uses This?", with: "The Solution")
        XCTAssertEqual(try status(elsewhere, usageCues: #"["runs"]"#), .fail)
    }
}
