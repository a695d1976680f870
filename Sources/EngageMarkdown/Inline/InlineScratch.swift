/// The working storage of the inline pass, reused for every leaf block of one
/// parse.
///
/// Why: a post is thousands of small blocks (a table of 75,000 rows is
/// 225,000 cells), and building the buffer, the scratch tree, the stacks and
/// the emitter's arrays afresh for each one made allocation the largest cost
/// of a cell. Each block empties them, keeping their capacity, so a parse
/// allocates them once per size it meets. Every part starts each block empty,
/// so no block sees another's state.
struct InlineScratch {
    var buffer = InlineBuffer()
    var tree = InlineTree()
    var delimiters = DelimiterStack()
    var brackets: [Bracket] = []
    var codeSpans = BacktickRunIndex()
    var emitter = InlineEmitter.Storage()
}
