import EngageRules

/// `--baseline FILE` / `--write-baseline FILE` for `engage lint`: read the
/// baseline before linting (a bad file stops the run, exit 2), then judge
/// the reports against it, or record them and judge them against the
/// record (so writing a baseline passes).
struct BaselineStep {
    let baseline: Baseline?
    let writePath: String?
    let console: Console

    /// nil after reporting an unreadable baseline.
    init?(options: CommandOptions, console: Console) {
        self.console = console
        writePath = options.writeBaseline
        do {
            baseline = try options.baseline.map(BaselineStore.read)
        } catch {
            console.error("\(error)\n")
            return nil
        }
    }

    /// nil after reporting a baseline that could not be written.
    func apply(to reports: [FileReport]) -> [FileReport]? {
        guard let writePath else { return baseline?.gate(reports) ?? reports }
        let recorded = Baseline(reports: reports)
        do {
            try BaselineStore.write(recorded, to: writePath)
        } catch {
            console.error("\(error)\n")
            return nil
        }
        return recorded.gate(reports)
    }
}
