/// A configuration that cannot be used. It stops the run (exit 2) with one
/// line naming the file and, where known, the line and column:
/// `.engage.json:4:14: error: "minScore" must be a whole number from 0 to 100 (got "high")`.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public init(at origin: ConfigOrigin, _ message: String) {
        self.init(file: origin.file, line: origin.line, column: origin.column, message)
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): error: \(message)"
    }
}
