/// Judges files against a baseline: a file in the baseline fails only on a
/// new error or warning finding, or on a score below its recorded score
/// (the minimum score and known failures no longer gate it). Info findings
/// never fail a gate. A file absent from the baseline keeps the normal gate.
extension Baseline {
    /// Severities whose new findings fail a baselined file. Warnings count
    /// (without `--strict`): the point of a baseline is "no new problems".
    public static let gatingSeverities: Set<Severity> = [.error, .warning]

    public func gate(_ reports: [FileReport]) -> [FileReport] {
        reports.map { report in file(report.path).map { gate(report, against: $0) } ?? report }
    }

    func gate(_ report: FileReport, against entry: File) -> FileReport {
        let known = Set(entry.findings)
        let prints = Fingerprinter.fingerprints(report)
        var hasNewGatingFinding = false
        let results = zip(report.results, prints).map { result, fingerprints -> RuleResult in
            guard result.status == .fail else { return result }
            var marked = result
            marked.locations = zip(result.locations, fingerprints).map { location, fingerprint in
                var location = location
                location.baseline = known.contains(fingerprint)
                if !location.baseline, Baseline.gatingSeverities.contains(result.severity) { hasNewGatingFinding = true }
                return location
            }
            return marked
        }
        var gated = report
        gated.results = results
        gated.baselineScore = entry.score
        gated.passed = !hasNewGatingFinding && report.score >= entry.score
        return gated
    }
}
