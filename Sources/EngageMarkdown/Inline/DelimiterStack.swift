/// The runs of `*`, `_` and `~` that may open or close emphasis or
/// strikethrough, as a doubly linked list in an array (cmark's delimiter
/// stack). Each delimiter is also on a list of its own character, so the
/// search for an opener never walks over delimiters of another character.
struct DelimiterStack {
    struct Delimiter {
        var character: UInt8
        var canOpen: Bool
        var canClose: Bool
        /// Length of the whole run as scanned (the rule of 3 uses it).
        @Narrow<Int32> var length: Int
        /// Buffer offset of the run's first character; orders the stack.
        @Narrow<Int32> var position: Int
        /// The run's text node; its range shrinks as characters are used.
        var node: Int32
        var previous: Int32 = -1
        var next: Int32 = -1
        var previousSame: Int32 = -1
        var nextSame: Int32 = -1
    }

    var items: [Delimiter] = []
    var last: Int32 = -1
    /// Last delimiter of each character: `*`, `_`, `~` (a SIMD vector rather
    /// than an array, so an empty stack allocates nothing).
    private var lastOfCharacter = SIMD4<Int32>(repeating: -1)

    /// Empties the stack, keeping its storage for the next block.
    mutating func reset() {
        items.removeAll(keepingCapacity: true)
        last = -1
        lastOfCharacter = SIMD4(repeating: -1)
    }

    static func characterIndex(_ c: UInt8) -> Int { c == 0x2A ? 0 : (c == 0x5F ? 1 : 2) }

    subscript(_ id: Int32) -> Delimiter {
        get { items[Int(id)] }
        set { items[Int(id)] = newValue }
    }

    mutating func push(_ delimiter: Delimiter) {
        var d = delimiter
        let id = Int32(items.count)
        let k = DelimiterStack.characterIndex(d.character)
        d.previous = last
        d.previousSame = lastOfCharacter[k]
        items.append(d)
        if last >= 0 { items[Int(last)].next = id }
        if d.previousSame >= 0 { items[Int(d.previousSame)].nextSame = id }
        last = id
        lastOfCharacter[k] = id
    }

    mutating func remove(_ id: Int32) {
        let d = items[Int(id)]
        if d.next >= 0 { items[Int(d.next)].previous = d.previous } else if last == id { last = d.previous }
        if d.previous >= 0 { items[Int(d.previous)].next = d.next }
        let k = DelimiterStack.characterIndex(d.character)
        if d.nextSame >= 0 {
            items[Int(d.nextSame)].previousSame = d.previousSame
        } else if lastOfCharacter[k] == id {
            lastOfCharacter[k] = d.previousSame
        }
        if d.previousSame >= 0 { items[Int(d.previousSame)].nextSame = d.nextSame }
        items[Int(id)].previous = -1
        items[Int(id)].next = -1
        items[Int(id)].previousSame = -1
        items[Int(id)].nextSame = -1
    }
}

extension InlineParser {
    /// A run of `*` or `_`: a text node, and a delimiter if it can open or close.
    mutating func handleDelimiterRun(_ c: UInt8) {
        let start = pos
        while pos < end && input[pos] == c { pos += 1 }
        let flanking = flanking(runStart: start, runEnd: pos, skipTildes: true)
        let canOpen: Bool
        let canClose: Bool
        if c == 0x5F {
            // `_` inside a word neither opens nor closes (spec rules 2 and 4).
            canOpen = flanking.left && (!flanking.right || flanking.punctuationBefore)
            canClose = flanking.right && (!flanking.left || flanking.punctuationAfter)
        } else {
            canOpen = flanking.left
            canClose = flanking.right
        }
        let node = tree.appendText(start, pos, mergeable: false)
        if canOpen || canClose {
            delimiters.push(.init(character: c, canOpen: canOpen, canClose: canClose,
                                  length: pos - start, position: start, node: node))
        }
    }

    /// A run of `~` (cmark-gfm's strikethrough extension): at most 100 are
    /// scanned at once, and only runs of one or two tildes become delimiters.
    mutating func handleTildeRun() {
        let start = pos
        while pos < end && input[pos] == 0x7E && pos - start < 100 { pos += 1 }
        let flanking = flanking(runStart: start, runEnd: pos, skipTildes: false)
        let node = tree.appendText(start, pos, mergeable: false)
        let length = pos - start
        if (flanking.left || flanking.right) && length <= 2 {
            delimiters.push(.init(character: 0x7E, canOpen: flanking.left, canClose: flanking.right,
                                  length: length, position: start, node: node))
        }
    }

    struct Flanking {
        var left: Bool
        var right: Bool
        var punctuationBefore: Bool
        var punctuationAfter: Bool
    }

    /// Left/right-flanking of the run `runStart..<runEnd`. The start and end of
    /// the block count as a line end (whitespace). With `skipTildes`, `~`
    /// characters next to the run are looked through, as cmark-gfm does for
    /// `*`/`_` once strikethrough registers `~` as an emphasis-like character.
    func flanking(runStart: Int, runEnd: Int, skipTildes: Bool) -> Flanking {
        var before: UInt32 = 10
        if runStart > 0 {
            var p = runStart - 1
            while p > 0 && (input[p] & 0xC0 == 0x80 || (skipTildes && input[p] == 0x7E)) { p -= 1 }
            if let scalar = UTF8Scalar.decode(input, at: p, end: runStart), !(skipTildes && scalar.value == 0x7E) {
                before = scalar.value
            }
        }
        var after: UInt32 = 10
        var q = runEnd
        if skipTildes { while q < end && input[q] == 0x7E { q += 1 } }
        if q < end, let scalar = UTF8Scalar.decode(input, at: q, end: end) { after = scalar.value }
        let spaceBefore = UnicodeClass.isSpace(before)
        let spaceAfter = UnicodeClass.isSpace(after)
        let punctuationBefore = UnicodeClass.isPunctuation(before)
        let punctuationAfter = UnicodeClass.isPunctuation(after)
        let left = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore)
        let right = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter)
        return Flanking(left: left, right: right, punctuationBefore: punctuationBefore, punctuationAfter: punctuationAfter)
    }
}
