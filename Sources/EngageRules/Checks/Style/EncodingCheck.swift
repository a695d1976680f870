/// Kind `encoding`: the text is clean Unicode. Fails on U+FFFD (a character
/// lost in some conversion) and on mojibake: UTF-8 bytes that were decoded
/// as Windows-1252/Latin-1 (`â€™` for `’`, `Ã©` for `é`, `ðŸš€` for 🚀) or
/// as Mac Roman (`‚Äô` for `’`, `‚úÖ` for ✅, `üöÄ` for 🚀).
///
/// A run is mojibake only when re-encoding it gives a valid UTF-8 sequence
/// for a non-ASCII character, starting from a lead character such damage
/// produces (`Â Ã â ï ð` and a few more; `¬ √ ‚ Ô ` for Mac Roman), so
/// ordinary accented words never match. The whole file is read, code
/// included (a damaged arrow in a diagram is damage too). Adjacent damaged
/// characters are one finding; each run is its own finding.
///
/// params: `area` (only `post`).
/// Message values: {count}, {found}.
struct EncodingCheck: RuleCheck {
    static let kind = "encoding"

    init(params: RuleParams) throws(RuleLoadError) {
        try params.allowOnly(["area"])
        let area = try RuleScope.Area.parse(params, default: .post)
        guard area == .post else { throw params.error("encoding reads the whole file: area must be post") }
    }

    func evaluate(_ scope: RuleScope) -> CheckOutcome {
        let source = scope.document.source
        let runs = Mojibake.find(in: source.bytes, from: source.contentStart)
        guard !runs.isEmpty else { return .pass(evidence: ["no mojibake or U+FFFD"]) }
        var findings: [Finding] = []
        var found: [String] = []
        for run in runs {
            let text = source.string(run.range)
            let detail: String
            if let intended = run.intended {
                detail = "'\(text)' should read '\(intended)' (UTF-8 read as \(run.encoding))"
            } else {
                detail = "U+FFFD replacement character: the original character was lost"
            }
            findings.append(Finding(offset: run.range.lowerBound, detail: detail, excerpt: text))
            if found.count < 5, !found.contains(text) { found.append(text) }
        }
        let values = ["count": String(runs.count), "found": found.map { "'\($0)'" }.joined(separator: ", ")]
        return .fail(CheckFailure(values: values, findings: findings, evidence: ["\(runs.count) damaged run(s): " + values["found"]!]))
    }
}

/// Finds mojibake and U+FFFD in UTF-8 bytes, in one pass.
enum Mojibake {
    struct Run {
        var range: Range<Int>
        /// What the run should have been (nil for U+FFFD).
        var intended: String?
        var encoding: String
    }

    /// Bytes 0x80-0x9F of Windows-1252 (0 where undefined: Latin-1 C1 controls then).
    static let cp1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Mac Roman bytes 0x80-0xFF.
    static let macRoman: [UInt32] = [
        0xC4, 0xC5, 0xC7, 0xC9, 0xD1, 0xD6, 0xDC, 0xE1, 0xE0, 0xE2, 0xE4, 0xE3, 0xE5, 0xE7, 0xE9, 0xE8,
        0xEA, 0xEB, 0xED, 0xEC, 0xEE, 0xEF, 0xF1, 0xF3, 0xF2, 0xF4, 0xF6, 0xF5, 0xFA, 0xF9, 0xFB, 0xFC,
        0x2020, 0xB0, 0xA2, 0xA3, 0xA7, 0x2022, 0xB6, 0xDF, 0xAE, 0xA9, 0x2122, 0xB4, 0xA8, 0x2260, 0xC6, 0xD8,
        0x221E, 0xB1, 0x2264, 0x2265, 0xA5, 0xB5, 0x2202, 0x2211, 0x220F, 0x3C0, 0x222B, 0xAA, 0xBA, 0x3A9, 0xE6, 0xF8,
        0xBF, 0xA1, 0xAC, 0x221A, 0x192, 0x2248, 0x2206, 0xAB, 0xBB, 0x2026, 0xA0, 0xC0, 0xC3, 0xD5, 0x152, 0x153,
        0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0xF7, 0x25CA, 0xFF, 0x178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
        0x2021, 0xB7, 0x201A, 0x201E, 0x2030, 0xC2, 0xCA, 0xC1, 0xCB, 0xC8, 0xCD, 0xCE, 0xCF, 0xCC, 0xD3, 0xD4,
        0xF8FF, 0xD2, 0xDA, 0xDB, 0xD9, 0x131, 0x2C6, 0x2DC, 0xAF, 0x2D8, 0x2D9, 0x2DA, 0xB8, 0x2DD, 0x2DB, 0x2C7,
    ]

    struct Codepage {
        let name: String
        let byte: [UInt32: UInt8]
        /// Lead bytes this damage starts with (the common scripts and symbols).
        let leads: Set<UInt8>
    }

    static let windows1252: Codepage = {
        var map: [UInt32: UInt8] = [:]
        for b in 0x80...0xFF { map[UInt32(b)] = UInt8(b) }  // Latin-1 (C1 controls for the undefined five)
        for (k, value) in cp1252High.enumerated() where value != 0 { map[value] = UInt8(0x80 + k) }
        return Codepage(name: "Windows-1252", byte: map, leads: [0xC2, 0xC3, 0xC5, 0xCE, 0xCF, 0xD0, 0xD1, 0xE2, 0xEF, 0xF0])
    }()

    static let macOSRoman: Codepage = {
        var map: [UInt32: UInt8] = [:]
        for (k, value) in macRoman.enumerated() { map[value] = UInt8(0x80 + k) }
        return Codepage(name: "Mac Roman", byte: map, leads: [0xC2, 0xC3, 0xE2, 0xEF, 0xF0])
    }()

    /// Decodes `bytes` from `start` scalar by scalar and hands each island
    /// (a maximal run of scalars with values >= 0x80) to `matchIsland`, with
    /// the offset where the island ends. An ASCII scalar never starts damage
    /// and no code page maps it, so no run crosses one; keeping only the
    /// island in memory (not 16 bytes per source byte) keeps a long ASCII
    /// post cheap.
    static func find(in bytes: [UInt8], from start: Int) -> [Run] {
        var runs: [Run] = []
        var island: [(value: UInt32, offset: Int)] = []
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            var value: UInt32
            var length: Int
            switch b {
            case 0..<0x80: value = UInt32(b); length = 1
            case 0xC0..<0xE0: value = UInt32(b & 0x1F); length = 2
            case 0xE0..<0xF0: value = UInt32(b & 0x0F); length = 3
            default: value = UInt32(b & 0x07); length = 4
            }
            if i + length > bytes.count { length = bytes.count - i }
            var k = 1
            while k < length { value = value << 6 | UInt32(bytes[i + k] & 0x3F); k += 1 }
            if value < 0x80 {
                if !island.isEmpty { matchIsland(island, endingAt: i, into: &runs); island.removeAll(keepingCapacity: true) }
            } else {
                island.append((value, i))
            }
            i += max(1, length)
        }
        if !island.isEmpty { matchIsland(island, endingAt: bytes.count, into: &runs) }
        return runs
    }

    /// U+FFFD and UTF-8 read as a code page within one island of decoded
    /// scalars; `next` is the offset just past the island.
    static func matchIsland(_ decoded: [(value: UInt32, offset: Int)], endingAt next: Int, into runs: inout [Run]) {
        var i = 0
        func add(_ run: Run) {
            if var last = runs.last, last.range.upperBound == run.range.lowerBound, last.intended != nil, run.intended != nil {
                last.range = last.range.lowerBound..<run.range.upperBound
                last.intended! += run.intended!
                runs[runs.count - 1] = last
            } else {
                runs.append(run)
            }
        }
        while i < decoded.count {
            let value = decoded[i].value
            if value == 0xFFFD {
                let end = i + 1 < decoded.count ? decoded[i + 1].offset : next
                add(Run(range: decoded[i].offset..<end, intended: nil, encoding: ""))
                i += 1
                continue
            }
            var matched = false
            for page in [windows1252, macOSRoman] {
                guard let lead = page.byte[value], page.leads.contains(lead) else { continue }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                guard i + length <= decoded.count else { continue }
                var sequence = [lead]
                for k in 1..<length {
                    guard let b = page.byte[decoded[i + k].value], b & 0xC0 == 0x80 else { break }
                    sequence.append(b)
                }
                guard sequence.count == length, let intended = validScalar(sequence) else { continue }
                let end = i + length < decoded.count ? decoded[i + length].offset : next
                add(Run(range: decoded[i].offset..<end, intended: String(Character(intended)), encoding: page.name))
                i += length
                matched = true
                break
            }
            if !matched { i += 1 }
        }
    }

    /// The scalar a UTF-8 sequence encodes, when it is valid (no overlongs,
    /// surrogates or values past U+10FFFF) and not ASCII.
    static func validScalar(_ s: [UInt8]) -> Unicode.Scalar? {
        switch s.count {
        case 2:
            guard s[0] >= 0xC2 else { return nil }
            return Unicode.Scalar(UInt32(s[0] & 0x1F) << 6 | UInt32(s[1] & 0x3F))
        case 3:
            if s[0] == 0xE0 && s[1] < 0xA0 { return nil }
            if s[0] == 0xED && s[1] > 0x9F { return nil }
            return Unicode.Scalar(UInt32(s[0] & 0x0F) << 12 | UInt32(s[1] & 0x3F) << 6 | UInt32(s[2] & 0x3F))
        case 4:
            if s[0] == 0xF0 && s[1] < 0x90 { return nil }
            if s[0] > 0xF4 || (s[0] == 0xF4 && s[1] > 0x8F) { return nil }
            return Unicode.Scalar(UInt32(s[0] & 0x07) << 18 | UInt32(s[1] & 0x3F) << 12 | UInt32(s[2] & 0x3F) << 6 | UInt32(s[3] & 0x3F))
        default:
            return nil
        }
    }
}
