/// A rule file that cannot be used: names the file and, where known, the line.
public struct RuleLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    public let origin: String
    public let line: Int?
    public let message: String

    public init(origin: String, line: Int? = nil, _ message: String) {
        self.origin = origin
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(origin):\(line): error: \(message)" }
        return "\(origin): error: \(message)"
    }
}
