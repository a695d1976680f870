/// The unit vocabulary of `Quantities`: what a suffix or the following word means.
struct UnitInfo {
    let category: QuantityCategory
    /// Normalised unit name.
    let name: String
    /// Base units per one of this unit (seconds, bytes; 1 for others).
    let scale: Double
    /// For rate units (`QPS`, `Mbps`): the per-unit; nil otherwise.
    var per: String? = nil
}

enum QuantityUnits {
    static let second = 1.0, minute = 60.0, hour = 3_600.0, day = 86_400.0
    static let week = 604_800.0, month = 2_629_800.0, year = 31_557_600.0

    private static func time(_ name: String, _ scale: Double) -> UnitInfo { UnitInfo(category: .time, name: name, scale: scale) }
    private static func data(_ name: String, _ scale: Double) -> UnitInfo { UnitInfo(category: .dataSize, name: name, scale: scale) }
    private static func rate(_ name: String) -> UnitInfo { UnitInfo(category: .rate, name: name, scale: 1, per: "s") }
    private static func other(_ name: String, _ scale: Double = 1) -> UnitInfo { UnitInfo(category: .other, name: name, scale: scale) }
    private static func bits(_ name: String, _ scale: Double) -> UnitInfo {
        UnitInfo(category: .dataSize, name: name, scale: scale / 8, per: "s")
    }

    /// Suffixes written right after the number (`1.23ms`, `5GB`, `100QPS`).
    /// Case-sensitive: `Mb` is megabits, `MB` megabytes, `M` alone a magnitude.
    /// Decided: attached lowercase `m` is minutes (`5m`), as in timeouts and
    /// durations; money (`$5m`) reads it as million instead.
    static let attached: [String: UnitInfo] = {
        var table: [String: UnitInfo] = [
            "ns": time("ns", 1e-9), "us": time("µs", 1e-6), "µs": time("µs", 1e-6), "μs": time("µs", 1e-6),
            "ms": time("ms", 1e-3), "msec": time("ms", 1e-3), "msecs": time("ms", 1e-3),
            "s": time("s", 1), "sec": time("s", 1), "secs": time("s", 1),
            "m": time("min", minute), "min": time("min", minute), "mins": time("min", minute),
            "h": time("h", hour), "hr": time("h", hour), "hrs": time("h", hour),
            "d": time("d", day), "wk": time("wk", week), "wks": time("wk", week),
            "mo": time("mo", month), "mos": time("mo", month), "yr": time("yr", year), "yrs": time("yr", year),
            "B": data("B", 1), "KB": data("KB", 1e3), "kB": data("KB", 1e3), "MB": data("MB", 1e6),
            "GB": data("GB", 1e9), "TB": data("TB", 1e12), "PB": data("PB", 1e15),
            "KiB": data("KiB", 1024), "MiB": data("MiB", 1_048_576), "GiB": data("GiB", 1_073_741_824),
            "TiB": data("TiB", 1_099_511_627_776),
            // Lower-case `kb`/`mb`/`gb` in prose almost always mean bytes.
            "kb": data("KB", 1e3), "mb": data("MB", 1e6), "gb": data("GB", 1e9), "tb": data("TB", 1e12),
            "Kb": data("Kb", 1e3 / 8), "Mb": data("Mb", 1e6 / 8), "Gb": data("Gb", 1e9 / 8), "Tb": data("Tb", 1e12 / 8),
            "bps": bits("b", 1), "Kbps": bits("Kb", 1e3), "kbps": bits("Kb", 1e3), "Mbps": bits("Mb", 1e6),
            "Gbps": bits("Gb", 1e9), "Tbps": bits("Tb", 1e12),
            "QPS": rate("queries"), "qps": rate("queries"), "RPS": rate("requests"), "rps": rate("requests"),
            "TPS": rate("transactions"), "tps": rate("transactions"), "IOPS": rate("io"), "iops": rate("io"),
            "FPS": rate("frames"), "fps": rate("frames"), "OPS": rate("operations"),
            "Hz": other("Hz", 1), "kHz": other("Hz", 1e3), "MHz": other("Hz", 1e6), "GHz": other("Hz", 1e9),
            "px": other("px"), "pt": other("pt"), "em": other("em"), "rem": other("rem"),
            "km": other("m", 1e3), "cm": other("m", 0.01), "mm": other("m", 0.001), "kg": other("g", 1e3),
            "LOC": UnitInfo(category: .count, name: "lines", scale: 1), "vCPU": UnitInfo(category: .count, name: "vcpus", scale: 1),
            "vCPUs": UnitInfo(category: .count, name: "vcpus", scale: 1),
        ]
        for (word, info) in words where table[word] == nil { table[word] = info }
        return table
    }()

    /// Unit words after a space (`15 minutes`, `5 GB`), looked up lower-cased
    /// after an exact lookup in `attached` (single letters excluded there:
    /// `5 m`, `5 s`, `5 B` are too ambiguous once separated).
    static let words: [String: UnitInfo] = [
        "nanosecond": time("ns", 1e-9), "nanoseconds": time("ns", 1e-9),
        "microsecond": time("µs", 1e-6), "microseconds": time("µs", 1e-6),
        "millisecond": time("ms", 1e-3), "milliseconds": time("ms", 1e-3), "ms": time("ms", 1e-3),
        "msec": time("ms", 1e-3), "msecs": time("ms", 1e-3),
        "second": time("s", 1), "seconds": time("s", 1), "sec": time("s", 1), "secs": time("s", 1),
        "minute": time("min", minute), "minutes": time("min", minute), "min": time("min", minute), "mins": time("min", minute),
        "hour": time("h", hour), "hours": time("h", hour), "hr": time("h", hour), "hrs": time("h", hour),
        "day": time("d", day), "days": time("d", day),
        "week": time("wk", week), "weeks": time("wk", week), "wk": time("wk", week), "wks": time("wk", week),
        "month": time("mo", month), "months": time("mo", month),
        "year": time("yr", year), "years": time("yr", year), "yr": time("yr", year), "yrs": time("yr", year),
        "byte": data("B", 1), "bytes": data("B", 1),
        "kb": data("KB", 1e3), "mb": data("MB", 1e6), "gb": data("GB", 1e9), "tb": data("TB", 1e12), "pb": data("PB", 1e15),
        "kib": data("KiB", 1024), "mib": data("MiB", 1_048_576), "gib": data("GiB", 1_073_741_824),
        "kilobyte": data("KB", 1e3), "kilobytes": data("KB", 1e3), "megabyte": data("MB", 1e6), "megabytes": data("MB", 1e6),
        "gigabyte": data("GB", 1e9), "gigabytes": data("GB", 1e9), "terabyte": data("TB", 1e12), "terabytes": data("TB", 1e12),
        "petabyte": data("PB", 1e15), "petabytes": data("PB", 1e15),
        "bit": data("b", 1.0 / 8), "bits": data("b", 1.0 / 8),
        "qps": rate("queries"), "rps": rate("requests"), "tps": rate("transactions"), "iops": rate("io"), "fps": rate("frames"),
        "mbps": bits("Mb", 1e6), "gbps": bits("Gb", 1e9), "kbps": bits("Kb", 1e3),
        "ghz": other("Hz", 1e9), "mhz": other("Hz", 1e6), "khz": other("Hz", 1e3), "hz": other("Hz", 1),
        "px": other("px"), "pixels": other("px"), "km": other("m", 1e3), "kilometers": other("m", 1e3),
        "meters": other("m", 1), "metres": other("m", 1),
    ]

    /// Time words a rate can be "per": `/day`, `per second`, `a month`.
    static let perUnits: [String: (name: String, seconds: Double)] = [
        "ms": ("ms", 1e-3), "s": ("s", 1), "sec": ("s", 1), "secs": ("s", 1), "second": ("s", 1), "seconds": ("s", 1),
        "m": ("min", minute), "min": ("min", minute), "mins": ("min", minute), "minute": ("min", minute), "minutes": ("min", minute),
        "h": ("h", hour), "hr": ("h", hour), "hrs": ("h", hour), "hour": ("h", hour), "hours": ("h", hour),
        "d": ("d", day), "day": ("d", day), "days": ("d", day),
        "wk": ("wk", week), "week": ("wk", week), "weeks": ("wk", week),
        "mo": ("mo", month), "mon": ("mo", month), "month": ("mo", month), "months": ("mo", month),
        "y": ("yr", year), "yr": ("yr", year), "year": ("yr", year), "years": ("yr", year),
    ]

    /// Magnitude suffixes written right after the number. `B` is billion only
    /// with money or before a noun (`1.2B users`); alone (`64B`) it is bytes.
    static let attachedMultipliers: [String: Double] = [
        "k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "bn": 1e9, "T": 1e12,
    ]
    /// Extra magnitude suffixes that only money uses: `$5m`, `$2mm`, `$3b`.
    static let moneyMultipliers: [String: Double] = ["m": 1e6, "mm": 1e6, "b": 1e9, "t": 1e12]

    static let multiplierWords: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "trillion": 1e12, "bn": 1e9,
    ]

    static let currencySymbols: [Unicode.Scalar: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"]
    static let currencyWords: [String: String] = [
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "inr": "INR",
        "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
    ]

    /// Aliases for count nouns so `req/sec` and `requests per second` compare.
    static let nounAliases: [String: String] = [
        "req": "requests", "reqs": "requests", "request": "requests", "ops": "operations", "op": "operations",
        "query": "queries", "qry": "queries", "user": "users", "row": "rows", "txn": "transactions", "txns": "transactions",
    ]

    /// Words that follow numbers without being what the number counts.
    static let notNouns: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from",
        "into", "onto", "over", "under", "than", "then", "as", "is", "are", "was", "were", "be", "been", "it",
        "its", "this", "that", "these", "those", "we", "you", "i", "he", "she", "they", "them", "our", "your",
        "my", "his", "her", "their", "if", "so", "per", "vs", "versus", "via", "more", "less", "fewer", "most",
        "least", "about", "around", "after", "before", "later", "ago", "each", "every", "other", "out", "up",
        "down", "off", "faster", "slower", "higher", "lower", "better", "worse", "bigger", "smaller", "larger",
        "x", "times", "percent", "plus", "minus", "only", "just", "also", "too", "not", "no", "all", "both",
        "either", "when", "while", "where", "which", "who", "what", "will", "would", "can", "could", "should",
        "do", "does", "did", "has", "have", "had", "until", "since", "through", "between", "among", "against",
    ]

    /// Adjectives between a number and what it counts (`10k daily active users`).
    static let nounModifiers: Set<String> = [
        "daily", "weekly", "monthly", "yearly", "annual", "active", "concurrent", "unique", "total", "new",
        "paying", "simultaneous", "additional", "extra", "read", "write", "open", "idle", "slow", "failed",
        "database", "db", "api", "http", "sql", "page", "peak", "consecutive", "parallel", "different",
        "distributed", "real", "separate", "independent", "physical", "virtual", "remote", "local",
    ]

    /// Words before a bare number that make it a name or position (`Step 1`).
    static let labelWords: Set<String> = [
        "step", "steps", "part", "phase", "chapter", "section", "element", "example", "figure", "fig", "table",
        "no", "number", "item", "stage", "page", "line", "lesson", "module", "option", "approach", "mistake",
        "tip", "issue", "round", "level", "case", "scenario", "task", "question", "week", "day", "poc", "rule",
        "pr", "ticket", "bug", "episode", "season", "sprint", "milestone", "iteration", "layer", "tier", "rank",
        "top", "priority", "id", "port", "room", "appendix", "exercise", "lab", "slide",
    ]

    static let versionWords: Set<String> = ["version", "release", "v", "ver", "rev", "revision", "build", "ios", "android", "python", "java", "node", "swift", "go"]

    static let yearWords: Set<String> = [
        "in", "since", "by", "until", "till", "from", "during", "of", "circa", "early", "late", "mid", "year",
        "spring", "summer", "fall", "autumn", "winter", "before", "after", "around", "through", "q1", "q2", "q3", "q4",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Words after a number that make it a date or clock time (`15 March`, `3 PM`).
    static let dateWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "am", "pm", "utc", "gmt", "pst", "est", "cet",
    ]

    /// Comparatives that make `N times` a factor (`10 times faster`).
    static let comparatives: Set<String> = [
        "faster", "slower", "more", "less", "fewer", "larger", "smaller", "bigger", "higher", "lower", "better",
        "worse", "cheaper", "quicker", "greater", "longer", "shorter", "as", "the", "over",
    ]

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
}
