/// Finds numbers in prose and says what each measures.
///
/// Handles currency prefixes (`$10M`, `€500`), thousands separators and
/// decimals (`2,500ms`, `1.23ms`), magnitudes (`10k`, `100K`, `1M`, `$1.2B`,
/// `10 million`), attached or spaced units (`128ms`, `15 min`, `5 GB`),
/// hyphenated units (`15-second`), `%` and `percent`, factors (`3.5x`, `10×`,
/// `10 times faster`), rates (`500M/day`, `10k req/sec`, `100K QPS`,
/// `500 times per second`), counts (`10,000 users`, `1M rows`) and ranges
/// (`5-15 minutes`: `upperValue` 15).
///
/// Decisions, so rules can tell measurements from other numbers:
/// - A number glued to letters before it is part of a name and is skipped
///   (`S3`, `EC2`, `x86`, `H1`, `N+1`, `utf-8`); `v2.1` is a `.version`.
/// - `.label`: `Step 1`, `Week 2`, `Fig. 3`, `POC #12`, `#1`, `1st`, `3D`,
///   `1080p`, `0x1F`, dates and clock times (`15 March`, `3 PM`, `2024-01-15`).
/// - `.year`: a 4-digit 1900-2100 integer after `in`/`since`/`by`/a month…,
///   or followed by punctuation or a capitalised word; `2048 rows` is a count.
/// - `.version`: `v2`, `2.0.1` (two dots), `version 3`, `Python 3.12`.
/// - `.listMarker`: `1.` / `2)` at the start of a line.
/// - `.count` takes the *next word* as its unit unless it is a function word
///   (`10,000 users` → `users`; `3 of them` is a bare `.number`). That is a
///   guess: `Top 5 slowest` is a label, but `3 read replicas` counts "read".
/// - Attached lowercase `m` is minutes (`5m`) except with money (`$5m`);
///   `B` is billion with money or before a plural noun (`1.2B users`), else
///   bytes (`64B cache line`).
/// - Numbers inside URLs are ignored.
public enum Quantities {
    /// Every number in `text`, in order, each with its category.
    public static func find(in text: String) -> [Quantity] {
        // Every quantity starts at an ASCII digit: most prose blocks have
        // none and skip the scanner (and its copy of the bytes) altogether.
        guard text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return [] }
        return find(in: UTF8Scanner(text))
    }

    /// Only the quantities that measure something (`hasUnit`).
    public static func measures(in text: String) -> [Quantity] {
        find(in: text).filter(\.hasUnit)
    }

    static func find(in text: UTF8Scanner) -> [Quantity] {
        QuantityScanner(text: text).scan()
    }
}

struct QuantityScanner {
    let text: UTF8Scanner
    var bytes: [UInt8] { text.bytes }
    var n: Int { text.count }

    private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { acc, _ in acc * 10 } }

    func scan() -> [Quantity] {
        var found: [Quantity] = []
        var i = 0
        let mayHoldURL = text.hasAtSign || text.mayHoldURL
        while i < n {
            let b = bytes[i]
            if b.isASCIILetter {
                if mayHoldURL, i == 0 || !(text.scalar(before: i)?.isWordCharacter ?? false),
                   let urlEnd = URLSpans.end(at: i, in: text) {
                    i = urlEnd
                    continue
                }
                i += 1
                continue
            }
            if b.isASCIIDigit {
                let (quantity, resume) = parse(at: i)
                if let quantity { found.append(quantity) }
                i = max(resume, i + 1)
                continue
            }
            i += 1
        }
        return found
    }

    // MARK: Numbers

    struct Number {
        var value: Double
        var end: Int
        var digits: Int
        var hasComma = false
        var hasDecimal = false
        var isVersion = false
    }

    /// Digits with `,` thousands groups and one decimal part; a second dotted
    /// part makes it a version (`2.0.1`).
    func number(at i: Int) -> Number {
        var j = i
        var mantissa = 0.0
        var digits = 0
        var fractionDigits = 0
        var hasComma = false
        while j < n, bytes[j].isASCIIDigit {
            mantissa = mantissa * 10 + Double(bytes[j] - 0x30); digits += 1; j += 1
        }
        while j + 3 < n + 0, bytes[j] == UInt8(ascii: ","),
              bytes[j + 1].isASCIIDigit, bytes[j + 2].isASCIIDigit, bytes[j + 3].isASCIIDigit,
              !(j + 4 < n && bytes[j + 4].isASCIIDigit) {
            for k in 1...3 { mantissa = mantissa * 10 + Double(bytes[j + k] - 0x30) }
            digits += 3; j += 4; hasComma = true
        }
        var result = Number(value: mantissa, end: j, digits: digits, hasComma: hasComma)
        if j + 1 < n, bytes[j] == UInt8(ascii: "."), bytes[j + 1].isASCIIDigit {
            j += 1
            while j < n, bytes[j].isASCIIDigit {
                mantissa = mantissa * 10 + Double(bytes[j] - 0x30); fractionDigits += 1; j += 1
            }
            result.hasDecimal = true
            result.value = fractionDigits < Self.powersOfTen.count
                ? mantissa / Self.powersOfTen[fractionDigits]
                : mantissa / pow10(fractionDigits)
            while j + 1 < n, bytes[j] == UInt8(ascii: "."), bytes[j + 1].isASCIIDigit {
                result.isVersion = true
                j += 1
                while j < n, bytes[j].isASCIIDigit { j += 1 }
            }
            result.end = j
        }
        return result
    }

    private func pow10(_ k: Int) -> Double {
        var r = 1.0
        for _ in 0..<k { r *= 10 }
        return r
    }

    /// End of the run of word characters from `i` (used to skip identifiers).
    func tokenEnd(from i: Int) -> Int {
        var j = i
        while j < n {
            let (s, length) = text.scalar(at: j)
            guard s.isWordCharacter || (s == "." && j + 1 < n && bytes[j + 1].isASCIIDigit) else { break }
            j += length
        }
        return j
    }

    // MARK: Words around the number

    struct NextWord {
        let written: String
        let lower: String
        let start: Int
        let end: Int
    }

    /// The word after horizontal space at `i` (letters only, `µ` allowed).
    /// Nil when no space or a non-letter comes first.
    func nextWord(after i: Int, requireSpace: Bool = true) -> NextWord? {
        let start = text.skipSpaces(from: i)
        if requireSpace && start == i { return nil }
        if start - i > 3 { return nil }
        let end = letterRunEnd(from: start)
        guard end > start else { return nil }
        // `rows_scanned`, `req2`: not a plain word.
        if end < n, text.scalar(at: end).scalar.isWordCharacter, !(bytes[end] == UInt8(ascii: "-")) { return nil }
        let written = text.string(start..<end)
        return NextWord(written: written, lower: written.lowercased(), start: start, end: end)
    }

    /// ASCII letters plus `µ`/`μ` (for `µs`).
    func letterRunEnd(from i: Int) -> Int {
        var j = i
        while j < n {
            let b = bytes[j]
            if b.isASCIILetter { j += 1; continue }
            if j + 1 < n, (b == 0xC2 && bytes[j + 1] == 0xB5) || (b == 0xCE && bytes[j + 1] == 0xBC) { j += 2; continue }
            break
        }
        return j
    }

    /// The lower-cased word before `start` (skipping spaces and one `.`, so
    /// `Fig. 3` and `No. 5` see `fig` and `no`).
    func previousWord(before start: Int) -> String? {
        var k = text.skipSpacesBackward(from: start)
        if k == start && k > 0 && bytes[k - 1] != UInt8(ascii: ".") { return nil }
        if k > 0, bytes[k - 1] == UInt8(ascii: ".") { k -= 1 }
        return text.asciiWord(endingAt: k)?.word
    }

    func atLineStart(_ start: Int) -> Bool {
        let k = text.skipSpacesBackward(from: start)
        return k == 0 || bytes[k - 1] == 0x0A || bytes[k - 1] == 0x0D
    }

    func isNoun(_ word: NextWord) -> Bool {
        word.lower.count >= 2 && !QuantityUnits.notNouns.contains(word.lower)
            && !QuantityUnits.dateWords.contains(word.lower)
    }

    // MARK: Parsing one quantity

    /// Parses the number starting at digit `i`. Returns the quantity (nil when
    /// the digits belong to a name) and where scanning resumes.
    func parse(at i: Int) -> (Quantity?, Int) {
        var start = i
        var currency: String? = nil
        var versionPrefix = false
        var hashPrefix = false
        if let prev = text.scalar(before: i) {
            let p = text.start(before: i)
            if prev.isWordCharacter {
                let beforeV = text.scalar(before: p)
                if (prev == "v" || prev == "V") && !(beforeV?.isWordCharacter ?? false) {
                    versionPrefix = true
                    start = p
                } else {
                    return (nil, tokenEnd(from: i))
                }
            } else if let code = QuantityUnits.currencySymbols[prev] {
                currency = code
                start = p
            } else if prev == "#" {
                hashPrefix = true
                start = p
            } else if prev == "-" || prev == "+" || prev == "/" || prev == ":" || prev == "." || prev == "_",
                      let before = text.scalar(before: p), before.isWordCharacter {
                // N+1, utf-8, 24/7, 12:30: part of a compound, not an amount.
                return (nil, tokenEnd(from: i))
            }
        }

        let first = number(at: i)
        var end = first.end
        if first.isVersion || versionPrefix {
            return (make(start, end, first.value, category: .version), end)
        }

        // Ranges: 5-15, 10–20%, $5-$10; a third part makes it a date.
        var upper: Double? = nil
        if end < n, let dash = text.scalarIfAny(at: end), dash == "-" || dash == "\u{2013}" {
            var k = end + (dash == "-" ? 1 : 3)
            if currency != nil, let s = text.scalarIfAny(at: k), QuantityUnits.currencySymbols[s] != nil { k += text.scalar(at: k).length }
            if k < n, bytes[k].isASCIIDigit {
                let second = number(at: k)
                if second.end < n, bytes[second.end] == UInt8(ascii: "-") || bytes[second.end] == UInt8(ascii: "/"),
                   second.end + 1 < n, bytes[second.end + 1].isASCIIDigit {
                    return (make(start, tokenEnd(from: second.end + 1), first.value, category: .label), tokenEnd(from: second.end + 1))
                }
                if !second.isVersion {
                    upper = second.value
                    end = second.end
                }
            }
        }

        // Zero-padded numbers are names: `09-observability`, `007`.
        if first.digits > 1, !first.hasDecimal, bytes[i] == UInt8(ascii: "0"), currency == nil {
            return (make(start, tokenEnd(from: end), first.value, category: .label), tokenEnd(from: end))
        }

        var state = SuffixState()
        state.currency = currency
        parseAttachedSuffix(&state, at: &end, number: first)
        skipAtLeastMark(&end)
        if state.label {
            return (make(start, end, first.value, category: .label), max(end, tokenEnd(from: end)))
        }
        if !state.percent && !state.factor {
            parseSpacedSuffix(&state, at: &end, start: start, number: first, hashPrefix: hashPrefix, hasUpper: upper != nil)
            if let decided = state.decided {
                return (make(start, end, first.value, upper: upper, category: decided), end)
            }
            if state.unit?.per == nil { parseRate(&state, at: &end) }
        }
        return (resolve(state, start: start, end: end, number: first, upper: upper), end)
    }

    /// `1M+ requests`, `100+ users`: the `+` (at least) belongs to the
    /// quantity; `2+2` is arithmetic and stays.
    func skipAtLeastMark(_ end: inout Int) {
        guard end < n, bytes[end] == UInt8(ascii: "+") else { return }
        if end + 1 < n, text.scalar(at: end + 1).scalar.isWordCharacter { return }
        end += 1
    }

    struct SuffixState {
        var currency: String?
        var multiplier = 1.0
        var unit: UnitInfo?
        var noun: String?
        var percent = false
        var factor = false
        var label = false
        var per: (name: String, seconds: Double)?
        /// Set when the number turned out not to be a measure (year, label…).
        var decided: QuantityCategory?

        var hasSuffix: Bool { multiplier != 1 || unit != nil || noun != nil || percent || factor || label }
    }

    /// `%`, `x`, `×`, `ms`, `k`, `M`, `1st`, `15-second`…
    func parseAttachedSuffix(_ state: inout SuffixState, at end: inout Int, number: Number) {
        guard end < n else { return }
        let (s, length) = text.scalar(at: end)
        if s == "%" {
            state.percent = true
            end += 1
            return
        }
        if s == "\u{00D7}" {
            if !(text.scalarIfAny(at: end + length)?.isWordCharacter ?? false) {
                state.factor = true
                end += length
            }
            return
        }
        let runEnd = letterRunEnd(from: end)
        if runEnd > end {
            let suffix = text.string(end..<runEnd)
            if runEnd < n, text.scalar(at: runEnd).scalar.isWordCharacter {
                // `0x1F`, `2FA3`, `10x10`: an identifier or a dimension.
                state.label = true
                end = tokenEnd(from: runEnd)
                return
            }
            if suffix == "x" || suffix == "X" {
                state.factor = true
            } else if QuantityUnits.ordinalSuffixes.contains(suffix.lowercased()) {
                state.label = true
            } else if suffix == "s", number.digits == 4, !number.hasComma, number.value.truncatingRemainder(dividingBy: 10) == 0,
                      number.value >= 1900, number.value <= 2100 {
                state.label = true  // the 1990s
            } else if suffix == "s", let word = nextWord(after: runEnd), word.lower == "of" {
                state.noun = ""  // "1000s of users": a rough count
            } else if state.currency != nil, let m = QuantityUnits.moneyMultipliers[suffix] ?? QuantityUnits.attachedMultipliers[suffix] {
                state.multiplier = m
            } else if suffix == "B", let word = nextWord(after: runEnd),
                      (isNoun(word) && word.lower.hasSuffix("s")) || QuantityUnits.attached[word.written]?.category == .rate {
                // Billion before a plural noun (`1.2B users`); `64B cache line` is bytes.
                state.multiplier = 1e9
            } else if let unit = QuantityUnits.attached[suffix] {
                state.unit = unit
            } else if let m = QuantityUnits.attachedMultipliers[suffix] {
                state.multiplier = m
            } else if let unit = QuantityUnits.words[suffix.lowercased()] {
                state.unit = unit
            } else {
                state.label = true  // 3D, 1080p, 4K UHD-like names
            }
            end = runEnd
            return
        }
        // Hyphenated unit: 15-second, 2-week, 10-node.
        if s == "-" || s == "\u{2010}" || s == "\u{2011}", let word = nextWord(after: end + length, requireSpace: false) {
            if continuesAsName(word.end) {
                // `10-architecture/concepts`, `2-phase-commit.md`: a name, not an amount.
                state.label = true
                end = tokenEnd(from: word.end)
                return
            }
            if let unit = QuantityUnits.attached[word.written] ?? QuantityUnits.words[word.lower], unit.category != .rate {
                state.unit = unit
                end = word.end
            } else if isNoun(word), word.written.first?.isLowercase ?? false {
                state.noun = QuantityUnits.nounAliases[word.lower] ?? word.lower
                end = word.end
            }
        }
    }

    /// Whether a word ending at `i` goes on as a path or identifier (`/x`, `.md`, `-y`, `_z`).
    func continuesAsName(_ i: Int) -> Bool {
        guard i + 1 < n else { return false }
        let b = bytes[i]
        guard b == UInt8(ascii: "/") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") else { return false }
        return text.scalar(at: i + 1).scalar.isWordCharacter
    }

    /// Magnitude words, spaced units, currencies, `times`, then the checks that
    /// make a bare number a label, version or year, then a counted noun.
    func parseSpacedSuffix(_ state: inout SuffixState, at end: inout Int, start: Int, number: Number,
                           hashPrefix: Bool, hasUpper: Bool) {
        if state.multiplier == 1, state.unit == nil, state.noun == nil,
           let word = nextWord(after: end), let m = QuantityUnits.multiplierWords[word.lower] {
            state.multiplier = m
            end = word.end
        }
        if state.unit == nil && state.noun == nil {
            let afterSpace = text.skipSpaces(from: end)
            if afterSpace > end, afterSpace - end <= 2, afterSpace < n, bytes[afterSpace] == UInt8(ascii: "%") {
                state.percent = true
                end = afterSpace + 1
                return
            }
            if let word = nextWord(after: end) {
                if state.currency == nil, let code = QuantityUnits.currencyWords[word.lower] {
                    state.currency = code
                    end = word.end
                    return
                }
                if word.written.count > 1, let unit = QuantityUnits.attached[word.written] {
                    state.unit = unit
                    end = word.end
                    return
                }
                if let unit = QuantityUnits.words[word.lower] {
                    state.unit = unit
                    end = word.end
                    return
                }
                if word.lower == "percent" || word.lower == "pct" {
                    state.percent = true
                    end = word.end
                    return
                }
                if word.lower == "times" {
                    if let after = nextWord(after: word.end), QuantityUnits.comparatives.contains(after.lower) {
                        state.factor = true
                    } else {
                        state.noun = "times"
                    }
                    end = word.end
                    return
                }
                if QuantityUnits.dateWords.contains(word.lower), state.currency == nil, state.multiplier == 1 {
                    state.decided = .label
                    end = word.end
                    return
                }
            }
        }
        if !state.hasSuffix && state.currency == nil {
            if hashPrefix {
                state.decided = .label
                return
            }
            let previous = previousWord(before: start)
            if let previous, QuantityUnits.labelWords.contains(previous) {
                state.decided = .label
                return
            }
            if let previous, QuantityUnits.versionWords.contains(previous),
               number.hasDecimal || ["version", "release", "v", "ver", "rev", "revision", "build"].contains(previous) {
                state.decided = .version
                return
            }
            if number.digits == 4, !number.hasComma, !number.hasDecimal, number.value >= 1900, number.value <= 2100 {
                let following = nextWord(after: end)
                let followedByNoun = following.map { isNoun($0) && !($0.written.first?.isUppercase ?? false) } ?? false
                if (previous.map { QuantityUnits.yearWords.contains($0) } ?? false) || !followedByNoun {
                    state.decided = .year
                    return
                }
            }
            if atLineStart(start), end < n, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")"),
               end + 1 >= n || bytes[end + 1] == 0x20 || bytes[end + 1] == 0x09 {
                state.decided = .listMarker
                end += 1
                return
            }
        }
        // Money names its own unit: in `$10M last year`, "last" is not counted.
        if state.unit == nil && state.noun == nil && !state.percent && !state.factor && state.currency == nil,
           var word = nextWord(after: end), isNoun(word), word.lower != "s" {
            // One modifier is stepped over: `100k daily users` counts users.
            if QuantityUnits.nounModifiers.contains(word.lower), let head = nextWord(after: word.end), isNoun(head) {
                word = head
            } else if word.written.first?.isUppercase ?? false, let head = nextWord(after: word.end), isNoun(head),
                      head.written.first?.isLowercase ?? false {
                // A name used as a modifier: `4 LLM calls`, `8 Redis calls` count calls.
                word = head
            }
            state.noun = QuantityUnits.nounAliases[word.lower] ?? word.lower
            end = word.end
        }
    }

    /// `/day`, `/sec`, ` per second`, ` a month`, ` each hour`.
    func parseRate(_ state: inout SuffixState, at end: inout Int) {
        if end + 1 < n, bytes[end] == UInt8(ascii: "/") {
            let wordEnd = letterRunEnd(from: end + 1)
            if wordEnd > end + 1, !(wordEnd < n && text.scalar(at: wordEnd).scalar.isWordCharacter),
               let per = QuantityUnits.perUnits[text.string(end + 1..<wordEnd).lowercased()] {
                state.per = per
                end = wordEnd
            }
            return
        }
        guard let word = nextWord(after: end) else { return }
        let singular = ["a", "an", "each", "every"].contains(word.lower)
        guard word.lower == "per" || singular, let unitWord = nextWord(after: word.end),
              let per = QuantityUnits.perUnits[unitWord.lower], unitWord.lower.count > 1 else { return }
        if singular && unitWord.lower.hasSuffix("s") { return }
        state.per = per
        end = unitWord.end
    }

    func resolve(_ state: SuffixState, start: Int, end: Int, number: Number, upper: Double?) -> Quantity {
        let m = state.multiplier
        let upperValue = upper.map { $0 * m }
        let per = state.per?.name
        let perScale = state.per?.seconds ?? 1
        func q(_ category: QuantityCategory, _ unit: String, scale: Double = 1, per: String? = per, perScale: Double = perScale) -> Quantity {
            Quantity(range: start..<end, number: number.value, multiplier: m, upperValue: upperValue,
                     category: category, unit: unit, per: per, unitScale: scale, perScale: perScale)
        }
        if let currency = state.currency { return q(.money, currency) }
        if state.percent { return q(.percent, "%", per: nil, perScale: 1) }
        if state.factor { return q(.factor, "x", per: nil, perScale: 1) }
        if let unit = state.unit {
            if let unitPer = unit.per { return q(unit.category, unit.name, scale: unit.scale, per: unitPer, perScale: 1) }
            let category: QuantityCategory = unit.category == .count && per != nil ? .rate : unit.category
            return q(category, unit.name, scale: unit.scale)
        }
        if let noun = state.noun { return q(per != nil ? .rate : .count, noun) }
        if m != 1 || per != nil { return q(per != nil ? .rate : .count, "") }
        return q(.number, "", per: nil, perScale: 1)
    }

    func make(_ start: Int, _ end: Int, _ value: Double, upper: Double? = nil, category: QuantityCategory) -> Quantity {
        Quantity(range: start..<end, number: value, upperValue: upper, category: category, unit: "")
    }
}
