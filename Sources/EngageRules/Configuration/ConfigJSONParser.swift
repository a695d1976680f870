/// A small JSON parser that keeps the line and column of every value and
/// key (Foundation's JSONSerialization keeps none). One pass over the bytes;
/// strict RFC 8259 JSON: no comments, no trailing commas, and, stricter than
/// the RFC, no duplicate keys, since a silently dropped key is a silently
/// ignored setting.
public struct ConfigJSONParser {
    /// Deeper nesting than any configuration needs; the limit keeps the
    /// recursive descent's stack bounded whatever the input.
    static let maximumDepth = 200

    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    public static func parse(_ bytes: [UInt8], file: String) throws(ConfigurationError) -> ConfigJSON {
        var parser = ConfigJSONParser(bytes: bytes, file: file)
        return try parser.document()
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private mutating func document() throws(ConfigurationError) -> ConfigJSON {
        if let offset = ConfigJSONParser.invalidUTF8Offset(bytes) {
            throw ConfigurationError(file: file, "not valid UTF-8 (byte offset \(offset)); save the file as UTF-8")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        guard index < bytes.count else { throw error("the file is empty; it needs a JSON object, e.g. {}") }
        let root = try value()
        skipWhitespace()
        if index < bytes.count { throw error("unexpected \(describe(bytes[index])) after the end of the JSON value") }
        return root
    }

    // MARK: values

    private mutating func value() throws(ConfigurationError) -> ConfigJSON {
        let origin = here
        guard index < bytes.count else { throw error("unexpected end of file: a value is missing") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try nested { (parser: inout ConfigJSONParser) throws(ConfigurationError) in try parser.object(origin) }
        case UInt8(ascii: "["): return try nested { (parser: inout ConfigJSONParser) throws(ConfigurationError) in try parser.array(origin) }
        case UInt8(ascii: "\""): return ConfigJSON(.string(try string()), origin: origin)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number(origin)
        case UInt8(ascii: "t"): try literal("true"); return ConfigJSON(.bool(true), origin: origin)
        case UInt8(ascii: "f"): try literal("false"); return ConfigJSON(.bool(false), origin: origin)
        case UInt8(ascii: "n"): try literal("null"); return ConfigJSON(.null, origin: origin)
        case UInt8(ascii: "/"): throw error("JSON does not allow comments")
        default: throw error("unexpected \(describe(bytes[index])): expected a value")
        }
    }

    private mutating func nested(_ body: (inout ConfigJSONParser) throws(ConfigurationError) -> ConfigJSON) throws(ConfigurationError) -> ConfigJSON {
        depth += 1
        defer { depth -= 1 }
        if depth > ConfigJSONParser.maximumDepth { throw error("nested deeper than \(ConfigJSONParser.maximumDepth) levels") }
        return try body(&self)
    }

    private mutating func object(_ origin: ConfigOrigin) throws(ConfigurationError) -> ConfigJSON {
        advance() // {
        var members: [ConfigJSON.Member] = []
        var seen: [String: ConfigOrigin] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { advance(); return ConfigJSON(.object([]), origin: origin) }
        while true {
            skipWhitespace()
            let keyOrigin = here
            guard peek(UInt8(ascii: "\"")) else {
                if peek(UInt8(ascii: "}")) { throw error("trailing comma before '}'") }
                throw error(index < bytes.count ? "expected a key in double quotes, found \(describe(bytes[index]))"
                                                : "unexpected end of file inside an object")
            }
            let key = try string()
            if let first = seen[key] {
                throw ConfigurationError(at: keyOrigin, "duplicate key \"\(key)\" (first at line \(first.line), column \(first.column))")
            }
            seen[key] = keyOrigin
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after the key \"\(key)\"") }
            advance()
            skipWhitespace()
            members.append(ConfigJSON.Member(key: key, keyOrigin: keyOrigin, value: try value()))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { advance(); continue }
            if peek(UInt8(ascii: "}")) { advance(); return ConfigJSON(.object(members), origin: origin) }
            throw error(index < bytes.count ? "expected ',' or '}' after the value of \"\(key)\", found \(describe(bytes[index]))"
                                            : "unexpected end of file: the object opened at line \(origin.line), column \(origin.column) is not closed")
        }
    }

    private mutating func array(_ origin: ConfigOrigin) throws(ConfigurationError) -> ConfigJSON {
        advance() // [
        var items: [ConfigJSON] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { advance(); return ConfigJSON(.array([]), origin: origin) }
        while true {
            skipWhitespace()
            if peek(UInt8(ascii: "]")) { throw error("trailing comma before ']'") }
            items.append(try value())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { advance(); continue }
            if peek(UInt8(ascii: "]")) { advance(); return ConfigJSON(.array(items), origin: origin) }
            throw error(index < bytes.count ? "expected ',' or ']' in the list, found \(describe(bytes[index]))"
                                            : "unexpected end of file: the list opened at line \(origin.line), column \(origin.column) is not closed")
        }
    }

    private mutating func literal(_ word: String) throws(ConfigurationError) {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw error("unexpected \(describe(bytes[index])): expected a value (strings need double quotes)")
        }
        for _ in expected { advance() }
    }

    private mutating func number(_ origin: ConfigOrigin) throws(ConfigurationError) -> ConfigJSON {
        let start = index
        if peek(UInt8(ascii: "-")) { advance() }
        if peek(UInt8(ascii: "0")) {
            advance()
        } else if !digits() {
            throw error("a number needs digits after '-'")
        }
        if peek(UInt8(ascii: ".")) {
            advance()
            guard digits() else { throw error("a number needs digits after '.'") }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            advance()
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { advance() }
            guard digits() else { throw error("a number needs digits in its exponent") }
        }
        if index < bytes.count, ConfigJSONParser.isDigit(bytes[index]) {
            throw error("numbers cannot have leading zeros")
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let number = Double(text), number.isFinite else { throw ConfigurationError(at: origin, "number \(text) is out of range") }
        return ConfigJSON(.number(number, text: text), origin: origin)
    }

    /// Consumes a run of digits; false when there was none.
    private mutating func digits() -> Bool {
        let start = index
        while index < bytes.count, ConfigJSONParser.isDigit(bytes[index]) { advance() }
        return index > start
    }

    private mutating func string() throws(ConfigurationError) -> String {
        let opening = here
        advance() // "
        var text: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                advance()
                try escape(into: &text)
            case 0..<0x20:
                throw error(byte == 0x0A || byte == 0x0D ? "the string opened at line \(opening.line), column \(opening.column) is not closed on its line"
                                                          : "control character in a string: write it as an escape (\\t, \\u0001...)")
            default:
                text.append(byte)
                advance()
            }
        }
        throw ConfigurationError(at: opening, "the string is not closed")
    }

    private mutating func escape(into text: inout [UInt8]) throws(ConfigurationError) {
        guard index < bytes.count else { throw error("unexpected end of file in an escape") }
        let simple: [UInt8: UInt8] = [0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09]
        let byte = bytes[index]
        if let replacement = simple[byte] {
            text.append(replacement)
            advance()
            return
        }
        guard byte == UInt8(ascii: "u") else { throw error("unknown escape '\\\(describeRaw(byte))' (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)") }
        advance()
        var scalar = try hex4()
        if (0xD800...0xDBFF).contains(scalar) {
            // A high surrogate must be followed by an escaped low one.
            guard peek(UInt8(ascii: "\\")), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                throw error("lone surrogate \\u\(String(scalar, radix: 16)) in a string")
            }
            advance(); advance()
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("lone surrogate \\u\(String(scalar, radix: 16)) in a string") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
            throw error("lone surrogate \\u\(String(scalar, radix: 16)) in a string")
        }
        text.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
    }

    private mutating func hex4() throws(ConfigurationError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = ConfigJSONParser.hexValue(bytes[index]) else {
                throw error("\\u needs four hex digits")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    // MARK: position

    private var here: ConfigOrigin { ConfigOrigin(file: file, line: line, column: column) }

    private func error(_ message: String) -> ConfigurationError { ConfigurationError(at: here, message) }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    /// Moves one byte on, keeping line and column: LF, CRLF and CR end a
    /// line; UTF-8 continuation bytes do not start a column.
    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == 0x0A || (byte == 0x0D && !peek(0x0A)) {
            line += 1
            column = 1
        } else if byte == 0x0D {
            // CR of a CRLF: the LF ends the line.
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { advance() }
    }

    // MARK: helpers

    private func describe(_ byte: UInt8) -> String { "'\(describeRaw(byte))'" }

    /// The character starting at `index` (a byte of it is all we were handed).
    private func describeRaw(_ byte: UInt8) -> String {
        if byte < 0x20 || byte == 0x7F { return "\\u" + String(format4: byte) }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        if byte >= 0x80, index < bytes.count { return String(decoding: bytes[index..<end], as: UTF8.self) }
        return String(UnicodeScalar(byte))
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// The offset of the first byte that breaks UTF-8, if any.
    static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += String(scalar).utf8.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}

private extension String {
    init(format4 byte: UInt8) {
        let hex = String(byte, radix: 16)
        self = String(repeating: "0", count: 4 - hex.count) + hex
    }
}
