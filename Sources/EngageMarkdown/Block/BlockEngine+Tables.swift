/// GFM tables, as cmark-gfm's table extension builds them: a paragraph whose
/// last line has as many cells as the delimiter row under it becomes a table;
/// every following line that is not blank and starts no other block is a row.
extension BlockEngine {
    /// cmark-gfm reports a table that interrupts a paragraph as starting on
    /// the paragraph's first line (it reuses the paragraph node and gives the
    /// lines before the header row to a new paragraph without a position).
    /// engage starts the table at its header row, where a reader sees it
    /// begin (scripts/differential.py corrects cmark's start the same way).
    /// Set to true to reproduce cmark-gfm's position instead.
    static let tableStartsAtInterruptedParagraph = false

    /// cmark-gfm stops adding rows once this many cells had to be made up
    /// for short rows (a guard against quadratic output).
    static let maxAutocompletedCells = 0x80000

    /// The current line under the open paragraph at `index`: returns true
    /// when it was the delimiter row and the paragraph became a table.
    mutating func tryOpeningTable(_ index: Int) -> Bool {
        if stack[index].tableVisited { return false }
        guard line.isTableDelimiterRow(at: firstNonspace),
              line.splitTableRow(from: firstNonspace, into: &cells),
              let header = leaf.last else { return false }
        let alignments = cells.map { line.alignment(of: $0) }
        var headerCells: [Range<Int>] = []
        guard LineView(buf: buf, end: header.end).splitTableRow(from: header.start, into: &headerCells),
              headerCells.count == alignments.count else {
            stack[index].tableVisited = true
            return false
        }
        let table = stack[index].node
        if leaf.count > 1 { splitOffLinesBeforeHeader(table: table) }
        let headerStart = strippedStart(header)
        if !Self.tableStartsAtInterruptedParagraph { stack[index].start = headerStart }
        stack[index].type = .table
        stack[index].tableColumns = alignments.count
        stack[index].tableRows = 1
        stack[index].tableFilledCells = alignments.count
        document.setKind(table, .table(alignments: alignments))
        leaf.removeAll(keepingCapacity: true)

        let row = document.append(.tableRow(header: true), range: headerStart..<header.end, to: table)
        var entry = OpenBlock(node: row, type: .tableRow, startLine: header.line, start: headerStart)
        entry.endLine = header.line
        push(entry)
        for cell in headerCells { appendCell(cell, to: row) }
        advanceToLineEnd()
        return true
    }

    /// The paragraph lines above the header row stay a paragraph, placed
    /// before the table (its definitions resolved, as any closing paragraph's).
    private mutating func splitOffLinesBeforeHeader(table: NodeID) {
        var lines = Array(leaf.dropLast())
        let paragraph = document.makeDetached(.paragraph, range: 0..<0)
        document.insert(paragraph, before: table)
        guard resolveDefinitions(of: paragraph, lines: &lines, keepNode: false) else { return }
        let start = strippedStart(lines[0])
        document.setRange(paragraph, start..<lines[lines.count - 1].end)
        markTaskItem(paragraph: paragraph, firstLine: start..<lines[0].end)
        addInlineWork(paragraph, lines: lines)
    }

    /// A body row of the table at `index`, or nil when the line is blank or
    /// no row. Short rows get empty cells; extra cells are dropped.
    mutating func tryOpeningTableRow(_ index: Int) -> Int? {
        if blank { return nil }
        let columns = stack[index].tableColumns
        if columns * stack[index].tableRows - stack[index].tableFilledCells > Self.maxAutocompletedCells { return nil }
        guard line.splitTableRow(from: firstNonspace, into: &cells) else { return nil }
        let rowCells = cells
        let rowIndex = addChild(index, .tableRow, start: firstNonspace)
        stack[rowIndex].endLine = lineIndex
        let row = stack[rowIndex].node
        let filled = min(rowCells.count, columns)
        for k in 0..<filled { appendCell(rowCells[k], to: row) }
        for _ in filled..<columns { appendCell(line.end..<line.end, to: row) }
        stack[index].tableRows += 1
        stack[index].tableFilledCells += filled
        advanceToLineEnd()
        return rowIndex
    }

    private mutating func appendCell(_ range: Range<Int>, to row: NodeID) {
        let cell = document.append(.tableCell, range: range, to: row)
        if !range.isEmpty {
            inlineNodes.append(cell)
            inlineLines.append(range)
            inlineBounds.append(inlineLines.count)
        }
    }
}
