// STUB: replaced by the block parser.
struct BlockParser {
    var document: Document
    let firstLine: Int
    init(document: Document, firstLine: Int) {
        self.document = document
        self.firstLine = firstLine
    }
    mutating func run() {}
}
