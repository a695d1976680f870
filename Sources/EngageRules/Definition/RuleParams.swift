import Foundation

/// A rule's `params` object with typed accessors. A missing or mistyped
/// parameter is a load error naming the rule file, never a silent default
/// (defaults are spelled out by the caller).
public struct RuleParams: @unchecked Sendable {
    let values: [String: Any]
    let origin: String
    let line: Int?

    public init(_ values: [String: Any], origin: String, line: Int?) {
        self.values = values
        self.origin = origin
        self.line = line
    }

    public var keys: Set<String> { Set(values.keys) }

    func error(_ message: String) -> RuleLoadError { RuleLoadError(origin: origin, line: line, message) }

    public func double(_ key: String, default fallback: Double? = nil) throws(RuleLoadError) -> Double {
        guard let raw = values[key] else {
            if let fallback { return fallback }
            throw error("parameter '\(key)' is required")
        }
        guard let number = raw as? NSNumber, !RuleParams.isBoolean(number) else { throw error("parameter '\(key)' must be a number") }
        return number.doubleValue
    }

    public func optionalDouble(_ key: String) throws(RuleLoadError) -> Double? {
        values[key] == nil ? nil : try double(key)
    }

    public func int(_ key: String, default fallback: Int? = nil) throws(RuleLoadError) -> Int {
        Int(try double(key, default: fallback.map(Double.init)))
    }

    public func string(_ key: String, default fallback: String? = nil) throws(RuleLoadError) -> String {
        guard let raw = values[key] else {
            if let fallback { return fallback }
            throw error("parameter '\(key)' is required")
        }
        guard let text = raw as? String else { throw error("parameter '\(key)' must be a string") }
        return text
    }

    public func strings(_ key: String, default fallback: [String]? = nil) throws(RuleLoadError) -> [String] {
        guard let raw = values[key] else {
            if let fallback { return fallback }
            throw error("parameter '\(key)' is required")
        }
        guard let list = raw as? [String] else { throw error("parameter '\(key)' must be a list of strings") }
        return list
    }

    public func bool(_ key: String, default fallback: Bool) throws(RuleLoadError) -> Bool {
        guard let raw = values[key] else { return fallback }
        guard let number = raw as? NSNumber, RuleParams.isBoolean(number) else { throw error("parameter '\(key)' must be true or false") }
        return number.boolValue
    }

    /// JSON `true`/`false` (Foundation bridges them to NSNumber, and `1 is Bool` is true there).
    static func isBoolean(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }

    /// Fails when `params` holds a key the check does not know (catches typos).
    public func allowOnly(_ allowed: Set<String>) throws(RuleLoadError) {
        if let unknown = keys.subtracting(allowed).sorted().first {
            throw error("unknown parameter '\(unknown)' (expected one of: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    /// These parameters with `overrides` merged over them (configuration).
    public func merging(_ overrides: [String: Any]) -> RuleParams {
        RuleParams(values.merging(overrides) { _, new in new }, origin: origin, line: line)
    }
}
