// swift-tools-version:6.0
// engage: a content linter for technical articles.
// Layering (each target only sees the ones before it):
//   EngageMarkdown  - exact, linear Markdown tokenizer (knows nothing of the framework)
//   EngageText      - prose analysis: words, sentences, quantities, second person
//   EngageSections  - the section classifier: maps a post onto the framework's 8 sections
//   EngageRules     - rule definitions (Rules/*.md), check kinds, engine, scoring
//   EngageReport    - reporters: one pure function per output format
//   EngageCLI       - commands, file discovery, reporters (all testable)
//   engage          - the thin executable: hands argv to EngageCLI
// No package dependencies: the tool builds offline from a clean clone.
import PackageDescription

let package = Package(
    name: "engage",
    // macOS 15 for Synchronization's Mutex (Linux has no such floor).
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "engage", targets: ["engage"]),
        .library(name: "EngageMarkdown", targets: ["EngageMarkdown"]),
    ],
    targets: [
        .target(name: "EngageMarkdown"),
        .target(name: "EngageText", dependencies: ["EngageMarkdown"]),
        .target(name: "EngageSections", dependencies: ["EngageMarkdown", "EngageText"]),
        .target(name: "EngageRules", dependencies: ["EngageMarkdown", "EngageText", "EngageSections"]),
        .target(name: "EngageReport", dependencies: ["EngageRules", "EngageSections", "EngageMarkdown"]),
        .target(name: "EngageCLI", dependencies: ["EngageMarkdown", "EngageText", "EngageSections", "EngageRules", "EngageReport"]),
        .executableTarget(name: "engage", dependencies: ["EngageCLI"]),
        .executableTarget(name: "engage-bench", dependencies: ["EngageMarkdown", "EngageText", "EngageSections", "EngageRules"],
                          path: "Benchmarks/engage-bench"),
        .testTarget(name: "EngageMarkdownTests", dependencies: ["EngageMarkdown"]),
        .testTarget(name: "EngageTextTests", dependencies: ["EngageText", "EngageMarkdown"]),
        .testTarget(name: "EngageSectionsTests", dependencies: ["EngageSections", "EngageMarkdown", "EngageText"]),
        .testTarget(name: "EngageRulesTests", dependencies: ["EngageRules", "EngageSections", "EngageMarkdown", "EngageText"]),
        .testTarget(name: "EngageReportTests", dependencies: ["EngageReport", "EngageRules", "EngageSections", "EngageMarkdown"]),
        .testTarget(name: "EngageCLITests", dependencies: ["EngageCLI", "EngageReport"]),
    ]
)
