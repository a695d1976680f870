/// Metadata block at the top of a post (`---` YAML or `+++` TOML).
///
/// engage reads what rules need (title, description, tags, an `engage:`
/// block) without a YAML library: top-level scalars and string lists are
/// parsed; anything else is kept as raw text, never an error.
public struct FrontMatter: Sendable, Equatable {
    public enum Format: String, Sendable { case yaml, toml }

    public let format: Format
    /// Byte range of the whole block, delimiters included.
    public let range: Range<Int>
    /// Top-level entries in file order.
    public let entries: [FrontMatterEntry]

    public init(format: Format, range: Range<Int>, entries: [FrontMatterEntry]) {
        self.format = format
        self.range = range
        self.entries = entries
    }

    public subscript(key: String) -> FrontMatterEntry? { entries.first { $0.key == key } }

    /// A scalar value (a one-item list reads as its item).
    public func string(_ key: String) -> String? {
        switch self[key]?.value {
        case .string(let value): return value
        case .list(let items) where items.count == 1: return items[0]
        default: return nil
        }
    }

    /// A list value (a scalar reads as a one-item list; a comma-separated scalar is split).
    public func strings(_ key: String) -> [String]? {
        switch self[key]?.value {
        case .list(let items): return items
        case .string(let value):
            return value.split(separator: ",").map { trimmed(Substring($0)) }.filter { !$0.isEmpty }
        default: return nil
        }
    }
}

public struct FrontMatterEntry: Sendable, Equatable {
    public let key: String
    public let value: FrontMatterValue
    /// 1-based line of the key.
    public let line: Int

    public init(key: String, value: FrontMatterValue, line: Int) {
        self.key = key
        self.value = value
        self.line = line
    }
}

public enum FrontMatterValue: Sendable, Equatable {
    case string(String)
    case list([String])
    /// A nested map or anything else engage does not interpret: the lines as written.
    case raw(String)
}

func trimmed(_ text: Substring) -> String {
    var slice = text[...]
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
    return String(slice)
}
