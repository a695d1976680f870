import EngageMarkdown

/// Maps a code block's literal (its content lines, container prefixes and
/// fence indentation removed) back to source bytes, line by line: a literal
/// line is the end of its source line, so its start is the source line's end
/// minus its length. Linear in the block's size.
enum CodeSource {
    struct Line {
        /// UTF-8 offset of the line in the literal.
        let literalStart: Int
        let length: Int
        /// Source byte offset of the line's first literal byte.
        let sourceStart: Int
    }

    static func lines(of block: NodeID, literal: [UInt8], _ document: Document) -> [Line] {
        guard case .codeBlock(let fenced, _) = document.kind(block) else { return [] }
        let source = document.source
        let range = document.range(block)
        let firstLine = source.line(containing: range.lowerBound) + (fenced ? 1 : 0)
        var lines: [Line] = []
        var start = 0
        var index = 0
        while start < literal.count {
            var end = start
            while end < literal.count, literal[end] != 0x0A { end += 1 }
            let lineNumber = firstLine + index
            let sourceStart: Int
            if lineNumber - 1 < source.lineCount {
                let lineStart = source.lineStarts[lineNumber - 1]
                let lineEnd = source.lineEnds[lineNumber - 1]
                sourceStart = max(lineStart, lineEnd - (end - start))
            } else {
                sourceStart = range.lowerBound
            }
            lines.append(Line(literalStart: start, length: end - start, sourceStart: min(sourceStart, max(range.upperBound - 1, range.lowerBound))))
            start = end + 1
            index += 1
        }
        return lines
    }

    /// Source offset of a UTF-8 offset in the block's literal.
    static func offset(ofLiteralOffset offset: Int, literal: String, block: NodeID, _ document: Document) -> Int {
        let bytes = Array(literal.utf8)
        let lines = lines(of: block, literal: bytes, document)
        // Lines are in order: binary search would do, but one lookup per finding is cheap enough linearly.
        var low = 0
        var high = lines.count - 1
        guard high >= 0 else { return document.range(block).lowerBound }
        while low < high {
            let mid = (low + high + 1) >> 1
            if lines[mid].literalStart <= offset { low = mid } else { high = mid - 1 }
        }
        let line = lines[low]
        return line.sourceStart + min(max(0, offset - line.literalStart), line.length)
    }
}
