/// GFM bare email autolinks (`someone@example.com`, `mailto:a@b.c`,
/// `xmpp:a@b.c/res`), found in merged text outside links, as cmark-gfm's
/// autolink postprocess_text does after it consolidates text nodes.
///
/// Linear time: each pass resumes after the `@` or address it examined; the
/// scan back from an `@` never goes before the previous resume point.
enum EmailAutolinks {
    struct Match {
        var range: Range<Int>
        var destination: String
    }

    static func find(in data: UnsafeBufferPointer<UInt8>) -> [Match] {
        var matches: [Match] = []
        var start = 0
        var offset = 0
        var remaining = data.count
        while offset < remaining {
            var at = -1
            var k = start + offset
            while k < start + remaining {
                if data[k] == 0x40 { at = k; break }
                k += 1
            }
            if at < 0 { break }
            var maxRewind = at - (start + offset)
            // As in cmark-gfm these survive a jump to a later `@` (its goto).
            var autoMailto = true
            var isXMPP = false
            var dots = 0
            var rewind = 0
            var linkEnd = 0
            var retry = true
            while retry {
                retry = false
                let atIndex = start + offset + maxRewind
                rewind = 0
                while rewind < maxRewind {
                    let c = data[atIndex - rewind - 1]
                    if ASCII.isAlphanumeric(c) || c == 0x2E || c == 0x2B || c == 0x2D || c == 0x5F {
                        rewind += 1
                        continue
                    }
                    if c == 0x3A {
                        if validateProtocol("mailto:", data, at: atIndex, rewind: rewind, maxRewind: maxRewind) {
                            autoMailto = false
                            rewind += 1
                            continue
                        }
                        if validateProtocol("xmpp:", data, at: atIndex, rewind: rewind, maxRewind: maxRewind) {
                            autoMailto = false
                            isXMPP = true
                            rewind += 1
                            continue
                        }
                    }
                    break
                }
                if rewind == 0 { break }
                linkEnd = 1
                let limit = remaining - offset - maxRewind
                while linkEnd < limit {
                    let c = data[atIndex + linkEnd]
                    if ASCII.isAlphanumeric(c) {
                        linkEnd += 1
                        continue
                    }
                    if c == 0x40 {
                        // Another `@`: start over from it.
                        offset += maxRewind + 1
                        maxRewind = linkEnd - 1
                        retry = true
                        break
                    } else if c == 0x2E && linkEnd < limit - 1 && ASCII.isAlphanumeric(data[atIndex + linkEnd + 1]) {
                        dots += 1
                    } else if c == 0x2F && isXMPP {
                        // allowed in an XMPP resource
                    } else if c != 0x2D && c != 0x5F {
                        break
                    }
                    linkEnd += 1
                }
            }
            if rewind == 0 {
                offset += maxRewind + 1
                continue
            }
            let atIndex = start + offset + maxRewind
            let lastByte = data[atIndex + linkEnd - 1]
            if linkEnd < 2 || dots == 0 || (!ASCII.isAlpha(lastByte) && lastByte != 0x2E) {
                offset += maxRewind + linkEnd
                continue
            }
            linkEnd = GFMAutolink.trimEnd(data, from: atIndex, length: linkEnd)
            if linkEnd == 0 {
                offset += maxRewind + 1
                continue
            }
            let range = (atIndex - rewind)..<(atIndex + linkEnd)
            let text = String(decoding: UnsafeBufferPointer(rebasing: data[range]), as: UTF8.self)
            matches.append(Match(range: range, destination: autoMailto ? "mailto:" + text : text))
            start += offset + maxRewind + linkEnd
            remaining -= offset + maxRewind + linkEnd
            offset = 0
        }
        return matches
    }

    /// `protocol` (ending in `:`) ends just before the scanned part, at the
    /// start of the text or after a non-alphanumeric byte.
    private static func validateProtocol(_ proto: String, _ data: UnsafeBufferPointer<UInt8>, at atIndex: Int, rewind: Int, maxRewind: Int) -> Bool {
        let bytes = Array(proto.utf8)
        let length = bytes.count
        if length > maxRewind - rewind { return false }
        let begin = atIndex - rewind - length
        for k in 0..<length where data[begin + k] != bytes[k] { return false }
        if length == maxRewind - rewind { return true }
        return !ASCII.isAlphanumeric(data[begin - 1])
    }
}
