/// What a number in prose measures, or why it is not a measurement.
///
/// The first eight are *measures* (`isMeasure`): a number with a unit, a
/// currency, `%`, `x` or a magnitude suffix. Rules that need "a quantity with a
/// unit" (hook/title-quantified, problem/quantified) take only those.
/// The last five are numbers that carry no amount of anything.
public enum QuantityCategory: String, Equatable, Hashable, Sendable, CaseIterable {
    /// `15 minutes`, `1.23ms`, `2h`, `15-second`. Base unit: seconds.
    case time
    /// `5 GB`, `512KiB`, `100 Mbps` (with `per`). Base unit: bytes.
    case dataSize
    /// `95%`, `40 percent`.
    case percent
    /// `1000x`, `3.5×`, `10 times faster`: a multiplier or speed-up.
    case factor
    /// `$10M`, `€500`, `$500/month`, `300 USD`. Unit: ISO currency code; never converted.
    case money
    /// A number of things: `10,000 users`, `1M rows`, `11 queries`, bare `10M`.
    case count
    /// Things per unit of time: `500M/day`, `10k req/sec`, `100K QPS`. Base: per second.
    case rate
    /// Other physical units: `3.5 GHz`, `1080 px`, `5 km`.
    case other
    /// A bare number with no unit: `(1 + 10)`, `N=50`.
    case number
    /// A calendar year: `In 2024`, `since 2019,`.
    case year
    /// A version: `v2.1`, `2.0.1`, `version 3`.
    case version
    /// A name or position, not an amount: `Step 1`, `POC #12`, `1st`, `3D`, `Week 2`, `15 March`.
    case label
    /// A list number at the start of a line: `1. ` or `2) ` (plain-text input).
    case listMarker

    /// True for the categories that measure something (have a unit).
    public var isMeasure: Bool {
        switch self {
        case .time, .dataSize, .percent, .factor, .money, .count, .rate, .other: return true
        case .number, .year, .version, .label, .listMarker: return false
        }
    }
}

/// A number found in prose, with its unit and what it measures.
///
/// `value` is the number with its magnitude applied (`$1.2B` → 1.2e9) in
/// `unit`; `baseValue` converts that to the category's base unit (seconds,
/// bytes, per second) so that `2,500ms` and `2.5s` compare equal.
public struct Quantity: Equatable, Sendable {
    /// UTF-8 range of the whole quantity: currency sign, number, unit and rate
    /// (`$500/month`, `10k req/sec`, `15 minutes`).
    public let range: Range<Int>
    /// The number as written, without magnitude: 1.2 for `$1.2B`.
    public let number: Double
    /// Magnitude suffix or word: 1e3 (`k`, `thousand`), 1e6 (`M`), 1e9 (`B`, `bn`), 1 if none.
    public let multiplier: Double
    /// Upper end of a range (`5-15 minutes` → 15), magnitude applied; nil otherwise.
    public let upperValue: Double?
    public let category: QuantityCategory
    /// Normalised unit: `ms` `s` `min` `h` `d` `wk` `mo` `yr`; `B` `KB` `MB` `GB` `KiB` `Mb`…;
    /// `%`; `x`; `USD` `EUR` `GBP` `JPY` `INR`; a count noun lower-cased (`users`, `rows`,
    /// `requests`); `""` for a bare count (`10M`) or a non-measure.
    public let unit: String
    /// Time unit of a rate (`s` for `/sec`, `QPS`, `per second`; `d` for `/day`), else nil.
    public let per: String?
    /// Base units in one `unit` (0.001 for `ms` in seconds, 1e9 for `GB` in bytes).
    public let unitScale: Double
    /// Seconds in one `per` (86,400 for `d`); 1 when there is no `per`.
    public let perScale: Double

    public init(range: Range<Int>, number: Double, multiplier: Double = 1, upperValue: Double? = nil,
                category: QuantityCategory, unit: String, per: String? = nil,
                unitScale: Double = 1, perScale: Double = 1) {
        self.range = range
        self.number = number
        self.multiplier = multiplier
        self.upperValue = upperValue
        self.category = category
        self.unit = unit
        self.per = per
        self.unitScale = unitScale
        self.perScale = perScale
    }

    /// The amount in `unit`: `number * multiplier`.
    public var value: Double { number * multiplier }

    /// The amount in the base unit of the category (seconds, bytes, per second).
    public var baseValue: Double { value * unitScale / perScale }

    /// Shorthand for `category.isMeasure`.
    public var hasUnit: Bool { category.isMeasure }

    /// `unit` with its rate, as shown to users: `ms`, `req/s`, `USD/mo`, `/d`.
    public var unitDescription: String {
        guard let per else { return unit }
        return unit + "/" + per
    }
}
