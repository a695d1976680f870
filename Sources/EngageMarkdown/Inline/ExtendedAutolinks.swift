/// GFM extended autolinks found while parsing: `http://`, `https://`,
/// `ftp://` URLs (triggered by the `:`) and `www.` links (triggered by the
/// `w`), exactly as cmark-gfm's autolink extension matches them, including its
/// domain check (no `_` in the last two labels) and its trimming of trailing
/// punctuation, unbalanced `)` and entity-like `&name;` tails. Bare email
/// addresses are found later, on merged text (EmailAutolinks).
///
/// Neither fires inside an open `[` (cmark-gfm leaves link text alone).
extension InlineParser {
    /// `:` at `pos`: the alphabetic scheme before it is taken back from the
    /// text already emitted.
    mutating func matchURLAutolink() -> Bool {
        let size = end - pos
        guard size >= 4, input[pos + 1] == 0x2F, input[pos + 2] == 0x2F else { return false }
        var rewind = 0
        while rewind < pos && ASCII.isAlpha(input[pos - rewind - 1]) { rewind += 1 }
        guard GFMAutolink.isSafeScheme(input, from: pos - rewind, end: end) else { return false }
        let domain = GFMAutolink.checkDomain(input, from: pos + 3, size: size - 3, allowShort: true)
        guard domain > 0 else { return false }
        var linkEnd = 3 + domain
        while linkEnd < size && !ASCII.isSpace(input[pos + linkEnd]) && input[pos + linkEnd] != 0x3C { linkEnd += 1 }
        linkEnd = GFMAutolink.trimEnd(input, from: pos, length: linkEnd)
        guard linkEnd > 0 else { return false }
        unput(rewind)
        let start = pos - rewind
        let stop = pos + linkEnd
        appendBareLink(start..<stop, destination: String(decoding: UnsafeBufferPointer(rebasing: input[start..<stop]), as: UTF8.self))
        pos = stop
        return true
    }

    /// `w` at `pos`: `www.` after whitespace, `*`, `_`, `~`, `(` or the block's start.
    mutating func matchWWWAutolink() -> Bool {
        if pos > 0 {
            let before = input[pos - 1]
            guard ASCII.isSpace(before) || before == 0x2A || before == 0x5F || before == 0x7E || before == 0x28 else { return false }
        }
        let size = end - pos
        guard size >= 4, input[pos + 1] == 0x77, input[pos + 2] == 0x77, input[pos + 3] == 0x2E, input[pos] == 0x77 else { return false }
        var linkEnd = GFMAutolink.checkDomain(input, from: pos, size: size, allowShort: false)
        guard linkEnd > 0 else { return false }
        while linkEnd < size && !ASCII.isSpace(input[pos + linkEnd]) && input[pos + linkEnd] != 0x3C { linkEnd += 1 }
        linkEnd = GFMAutolink.trimEnd(input, from: pos, length: linkEnd)
        guard linkEnd > 0 else { return false }
        let stop = pos + linkEnd
        appendBareLink(pos..<stop, destination: "http://" + String(decoding: UnsafeBufferPointer(rebasing: input[pos..<stop]), as: UTF8.self))
        pos = stop
        return true
    }

    private mutating func appendBareLink(_ range: Range<Int>, destination: String) {
        let index = Int32(tree.links.count)
        tree.links.append(InlineTree.LinkTarget(destination: destination, title: nil, style: .autolink))
        let link = tree.append(InlineTree.Node(kind: .link, start: range.lowerBound, end: range.upperBound, aux0: index))
        tree.append(InlineTree.Node(kind: .text, start: range.lowerBound, end: range.upperBound), to: link)
    }

    /// Takes `count` bytes back from the end of the root's trailing text nodes
    /// (cmark_node_unput): the scheme letters were emitted as text before the
    /// `:` was seen.
    private mutating func unput(_ count: Int) {
        var remaining = count
        var node = tree[InlineTree.root].last
        while remaining > 0 && node >= 0 {
            let kind = tree[node].kind
            if kind == .removed {
                node = tree[node].previous
                continue
            }
            guard kind == .text else { break }
            let length = tree[node].end - tree[node].start
            let take = min(length, remaining)
            tree[node].end -= take
            remaining -= take
            node = tree[node].previous
        }
    }
}

/// The byte-level checks of cmark-gfm's autolink extension, shared by the
/// URL, `www.` and email matchers.
enum GFMAutolink {
    /// `http://`, `https://` or `ftp://` (any case) followed by a host character.
    static func isSafeScheme(_ input: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Bool {
        for scheme in ["http://", "https://", "ftp://"] {
            let bytes = Array(scheme.utf8)
            guard end - start > bytes.count else { continue }
            var matches = true
            for k in 0..<bytes.count where ASCII.lower(input[start + k]) != bytes[k] {
                matches = false
                break
            }
            if matches && isValidHostChar(input, at: start + bytes.count, end: end) { return true }
        }
        return false
    }

    /// Not whitespace and not punctuation; a continuation byte is not valid
    /// (cmark-gfm steps through the domain byte by byte).
    static func isValidHostChar(_ input: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        guard let scalar = UTF8Scalar.decode(input, at: i, end: end) else { return false }
        return !UnicodeClass.isSpace(scalar.value) && !UnicodeClass.isPunctuation(scalar.value)
    }

    /// cmark-gfm's check_domain: the length of the domain-like prefix, or 0
    /// when an underscore sits in one of its last two labels (unless it has
    /// more than 10 dots) or, without `allowShort`, when it has no dot. (Unlike
    /// later cmark-gfm releases, 0.29.0.gfm.6 does not skip `\\` escapes here.)
    static func checkDomain(_ input: UnsafeBufferPointer<UInt8>, from start: Int, size: Int, allowShort: Bool) -> Int {
        var i = 1
        var dots = 0
        var underscoresBefore = 0
        var underscores = 0
        while i < size - 1 {
            let c = input[start + i]
            if c == 0x5F {
                underscores += 1
            } else if c == 0x2E {
                underscoresBefore = underscores
                underscores = 0
                dots += 1
            } else if c != 0x2D && !isValidHostChar(input, at: start + i, end: start + size) {
                break
            }
            i += 1
        }
        if (underscoresBefore > 0 || underscores > 0) && dots <= 10 { return 0 }
        if allowShort { return i }
        return dots > 0 ? i : 0
    }

    /// cmark-gfm's autolink_delim: cut at `<`, then drop trailing `?!.,:*_~'"`,
    /// a `)` with no partner, or a trailing `&name;`.
    static func trimEnd(_ data: UnsafeBufferPointer<UInt8>, from base: Int, length: Int) -> Int {
        var linkEnd = length
        var opening = 0
        var closing = 0
        for i in 0..<linkEnd {
            let c = data[base + i]
            if c == 0x3C {
                linkEnd = i
                break
            } else if c == 0x28 {
                opening += 1
            } else if c == 0x29 {
                closing += 1
            }
        }
        while linkEnd > 0 {
            switch data[base + linkEnd - 1] {
            case 0x29:
                if closing <= opening { return linkEnd }
                closing -= 1
                linkEnd -= 1
            case 0x3F, 0x21, 0x2E, 0x2C, 0x3A, 0x2A, 0x5F, 0x7E, 0x27, 0x22:
                linkEnd -= 1
            case 0x3B:
                var newEnd = linkEnd - 2
                while newEnd > 0 && ASCII.isAlpha(data[base + newEnd]) { newEnd -= 1 }
                if newEnd < linkEnd - 2 && newEnd >= 0 && data[base + newEnd] == 0x26 {
                    linkEnd = newEnd
                } else {
                    linkEnd -= 1
                }
            default:
                return linkEnd
            }
        }
        return linkEnd
    }
}
