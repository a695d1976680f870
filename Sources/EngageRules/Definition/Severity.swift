/// How much a failing rule matters: errors fail the gate, warnings fail it
/// only with `--strict`, info never does.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case error, warning, info

    var rank: Int {
        switch self {
        case .error: return 2
        case .warning: return 1
        case .info: return 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
