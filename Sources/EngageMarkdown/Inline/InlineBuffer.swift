/// The text of one leaf block as the inline parser sees it: the block's line
/// contents joined with "\n" into one contiguous byte buffer, which is what
/// cmark's paragraph content looks like. Container prefixes (`> `, list
/// indentation) sit between the lines in the source but not in the buffer,
/// so every buffer offset goes back to the source through this map.
struct InlineBuffer {
    private(set) var bytes: [UInt8] = []
    /// Buffer offset at which each line starts.
    private var bufferStarts: [Int] = []
    /// Source offset of each line's first byte.
    private var sourceStarts: [Int] = []
    /// Length in bytes of each line as copied (the last one after trimming).
    private var lengths: [Int] = []

    /// `trimEnd`: drop trailing whitespace of the whole buffer (cmark rtrims a
    /// paragraph before its inline pass). `terminate`: end the last line with
    /// "\n" too (the reference-definition parser wants every line terminated).
    /// `unescapePipes`: a GFM table cell's `\|` is `|` before inline parsing
    /// (even inside code spans), as cmark-gfm's table extension rewrites it;
    /// each dropped backslash starts a new mapped segment.
    init(lines: [Range<Int>], source: [UInt8], trimEnd: Bool, terminate: Bool = false, unescapePipes: Bool = false) {
        load(lines: lines[...], source: source, trimEnd: trimEnd, terminate: terminate, unescapePipes: unescapePipes)
    }

    /// An empty buffer, to be filled by `load` (and refilled, keeping its capacity).
    init() {}

    /// Refills the buffer with `lines`, reusing the arrays' storage: one parse
    /// loads every leaf block through the same buffer, so a table of 75,000
    /// rows does not allocate four arrays per cell.
    mutating func load(lines: ArraySlice<Range<Int>>, source: [UInt8], trimEnd: Bool, terminate: Bool = false,
                       unescapePipes: Bool = false) {
        bytes.removeAll(keepingCapacity: true)
        bufferStarts.removeAll(keepingCapacity: true)
        sourceStarts.removeAll(keepingCapacity: true)
        lengths.removeAll(keepingCapacity: true)
        var total = 0
        for line in lines { total += line.count + 1 }
        bytes.reserveCapacity(total)
        bufferStarts.reserveCapacity(lines.count)
        sourceStarts.reserveCapacity(lines.count)
        lengths.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            if index > 0 { bytes.append(0x0A) }
            bufferStarts.append(bytes.count)
            sourceStarts.append(line.lowerBound)
            if unescapePipes {
                var i = line.lowerBound
                while i < line.upperBound {
                    if source[i] == 0x5C && i + 1 < line.upperBound && source[i + 1] == 0x7C {
                        lengths.append(bytes.count - bufferStarts[bufferStarts.count - 1])
                        bufferStarts.append(bytes.count)
                        sourceStarts.append(i + 1)
                        i += 1
                    }
                    bytes.append(source[i])
                    i += 1
                }
                lengths.append(bytes.count - bufferStarts[bufferStarts.count - 1])
            } else {
                lengths.append(line.count)
                bytes.append(contentsOf: source[line])
            }
        }
        if trimEnd {
            while let last = bytes.last, ASCII.isSpace(last) { bytes.removeLast() }
            // Lines emptied by the trim keep their start; clamp their length.
            for index in lengths.indices {
                lengths[index] = max(0, min(lengths[index], bytes.count - bufferStarts[index]))
            }
        }
        if terminate && !lines.isEmpty { bytes.append(0x0A) }
    }

    var lineCount: Int { bufferStarts.count }

    /// Index of the line holding buffer offset `offset` (a line's "\n" belongs to it).
    func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = bufferStarts.count - 1
        while low < high {
            let mid = (low + high + 1) >> 1
            if bufferStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Buffer offset where line `index` starts.
    func bufferStart(ofLine index: Int) -> Int { bufferStarts[index] }

    /// Source offset of the byte at buffer offset `offset`; the "\n" joining two
    /// lines maps to the end of the first line's content.
    func sourceOffset(_ offset: Int) -> Int {
        if bufferStarts.isEmpty { return 0 }
        let line = lineIndex(of: offset)
        return sourceStarts[line] + min(max(0, offset - bufferStarts[line]), lengths[line])
    }

    /// Source offset one past the byte before buffer offset `end`: an end never
    /// moves onto the next line's start.
    func sourceEnd(_ end: Int) -> Int {
        if bufferStarts.isEmpty { return 0 }
        if end <= 0 { return sourceStarts[0] }
        let last = end - 1
        let line = lineIndex(of: last)
        let within = last - bufferStarts[line]
        return sourceStarts[line] + min(within + 1, lengths[line])
    }

    /// The source range of a buffer range.
    func sourceRange(_ range: Range<Int>) -> Range<Int> {
        let start = sourceOffset(range.lowerBound)
        if range.isEmpty { return start..<start }
        return start..<max(start, sourceEnd(range.upperBound))
    }
}
