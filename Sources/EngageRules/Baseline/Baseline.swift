/// A recorded state of the findings (`engage lint --write-baseline FILE`):
/// per file, its score and every finding's fingerprint. Versioned JSON with a
/// stable order (files by path, findings sorted), so it diffs well in review.
public struct Baseline: Codable, Equatable, Sendable {
    public static let currentVersion = 1

    public struct File: Codable, Equatable, Sendable {
        /// As given on the command line (a baseline is tied to how CI calls engage).
        public let path: String
        public let score: Int
        public let findings: [FindingFingerprint]
    }

    public let version: Int
    public let files: [File]

    public init(files: [File]) {
        version = Baseline.currentVersion
        self.files = files.sorted { $0.path < $1.path }
    }

    /// The baseline of these reports: every failing location, any severity.
    public init(reports: [FileReport]) {
        self.init(files: reports.map { report in
            File(path: report.path, score: report.score, findings: Fingerprinter.fingerprints(report).flatMap { $0 }.sorted())
        })
    }

    public func file(_ path: String) -> File? { files.first { $0.path == path } }
}
