import EngageMarkdown
import EngageSections
import EngageText

/// Words a reader reads in each top-level block: prose words and code words
/// (code is read more slowly). Computed in one pass over the post.
struct BlockReadingLoad {
    var prose = 0
    var code = 0

    func seconds(proseWPM: Double, codeWPM: Double) -> Double {
        Double(prose) * 60 / proseWPM + Double(code) * 60 / codeWPM
    }
}

extension RuleScope {
    /// Prose and code words per top-level block of the whole post (computed
    /// once per post: reading time and section balance both need it).
    func structureReadingLoads() -> [NodeID: BlockReadingLoad] {
        analysis.memo("structure.readingLoads") { BlockReadingLoad.perTopLevelBlock(of: analysis) }
    }
}

extension BlockReadingLoad {
    static func perTopLevelBlock(of analysis: PostAnalysis) -> [NodeID: BlockReadingLoad] {
        let document = analysis.document
        var loads: [NodeID: BlockReadingLoad] = [:]
        for block in analysis.prose { loads[block.topLevel, default: BlockReadingLoad()].prose += block.wordCount }
        for top in analysis.topLevelBlocks {
            document.walk(from: top) { node in
                if case .codeBlock = document.kind(node) {
                    loads[top, default: BlockReadingLoad()].code += StructureText.codeWords(document.literal(node) ?? "")
                    return false
                }
                return true
            }
        }
        return loads
    }
}

enum StructureText {
    /// Whitespace-separated tokens holding a letter or digit (box drawing and
    /// punctuation-only tokens are not read as words).
    /// On bytes: ASCII is classified directly, and a non-ASCII scalar is
    /// decoded only while its token has no letter yet (the scalar walk of
    /// every code block was most of the reading-time rule).
    static func codeWords(_ literal: String) -> Int {
        var literal = literal
        return literal.withUTF8 { bytes in
            var count = 0
            var inToken = false
            var tokenHasWord = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                    if inToken, tokenHasWord { count += 1 }
                    inToken = false
                    tokenHasWord = false
                    i += 1
                    continue
                }
                inToken = true
                if b < 0x80 {
                    if !tokenHasWord, (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) { tokenHasWord = true }
                    i += 1
                    continue
                }
                let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i)
                if !tokenHasWord, scalar.properties.isAlphabetic { tokenHasWord = true }
                i += length
            }
            if inToken, tokenHasWord { count += 1 }
            return count
        }
    }

    static func minutes(_ seconds: Double) -> String {
        let tenths = Int((seconds / 6).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : String(Double(tenths) / 10)
    }
}
