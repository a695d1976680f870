import Foundation

/// Reads and writes baseline files. Every failure is one line naming the file.
public enum BaselineStore {
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public let path: String
        public let reason: String
        public var description: String { "\(path): error: \(reason)" }
    }

    public static func read(_ path: String) throws(Failure) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(path: path, reason: "cannot read the baseline file (write one with --write-baseline)")
        }
        return try decode(data, path: path)
    }

    static func decode(_ data: Data, path: String) throws(Failure) -> Baseline {
        if let version = (try? JSONSerialization.jsonObject(with: data) as? [String: Any])?["version"] as? Int,
           version != Baseline.currentVersion {
            throw Failure(path: path, reason: "unsupported baseline version \(version) (expected \(Baseline.currentVersion))")
        }
        do {
            return try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw Failure(path: path, reason: "not a valid engage baseline (\(reason(error))); rewrite it with --write-baseline")
        }
    }

    public static func write(_ baseline: Baseline, to path: String) throws(Failure) {
        do {
            try encode(baseline).write(to: URL(fileURLWithPath: path))
        } catch {
            throw Failure(path: path, reason: "cannot write the baseline file")
        }
    }

    static func encode(_ baseline: Baseline) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and ints cannot fail.
        return (try! encoder.encode(baseline)) + Data("\n".utf8)
    }

    /// A decoding error in a few words, on one line.
    private static func reason(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?: return "missing '\(key.stringValue)'"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "wrong type at '\(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "."))'"
        case .dataCorrupted?: return "not JSON"
        default: return "unreadable"
        }
    }
}
