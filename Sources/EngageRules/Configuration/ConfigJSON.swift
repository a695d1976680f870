import Foundation

/// Where a configuration value was written: file, line, column (1-based;
/// columns count Unicode scalars, as everywhere in engage).
public struct ConfigOrigin: Sendable, Equatable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A JSON value that remembers where it was written, so every configuration
/// error and every `print-config` line can name the file, line and column.
public struct ConfigJSON: Sendable, Equatable {
    public indirect enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        /// The number and its source text (`70`, `2.5`, `1e3`).
        case number(Double, text: String)
        case string(String)
        case array([ConfigJSON])
        /// Members in source order (duplicate keys are rejected by the parser).
        case object([Member])
    }

    public struct Member: Sendable, Equatable {
        public let key: String
        /// Where the key itself is written.
        public let keyOrigin: ConfigOrigin
        public var value: ConfigJSON
    }

    public var value: Value
    public let origin: ConfigOrigin

    public init(_ value: Value, origin: ConfigOrigin) {
        self.value = value
        self.origin = origin
    }

    /// The member named `key` of an object, if any.
    public subscript(key: String) -> ConfigJSON? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var members: [Member]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// How the value reads in a message: strings quoted, containers by kind.
    public var shortDescription: String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(_, let text): return text
        case .string(let text): return "\"\(text)\""
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// The plain Foundation-style value rule parameters are read from
    /// (String, NSNumber, [Any], [String: Any]), as JSONSerialization gives.
    public var plainValue: Any {
        switch value {
        case .null: return NSNull()
        case .bool(let flag): return NSNumber(value: flag)
        case .number(let number, _):
            if number == number.rounded(), abs(number) < 1e15 { return NSNumber(value: Int(number)) }
            return NSNumber(value: number)
        case .string(let text): return text
        case .array(let items): return items.map(\.plainValue)
        case .object(let members):
            var dictionary: [String: Any] = [:]
            for member in members { dictionary[member.key] = member.value.plainValue }
            return dictionary
        }
    }
}
