/// Entry point: bytes in, document tree out.
///
/// Three passes, each linear: front matter at the top of the file, then the
/// block pass line by line (containers, leaf blocks, link reference
/// definitions), then the inline pass over each leaf's text.
public enum MarkdownParser {
    /// Validates and parses raw file bytes.
    public static func parse(bytes: [UInt8]) throws(SourceError) -> Document {
        parse(try SourceDecoder.decode(bytes))
    }

    /// Parses a string (always valid UTF-8). Handy in tests.
    public static func parse(_ text: String) -> Document {
        parse(SourceText(validatedBytes: Array(text.utf8)))
    }

    public static func parse(_ source: SourceText) -> Document {
        var document = Document(source: source)
        let bodyStartLine = FrontMatterParser.parse(into: &document)
        var blocks = BlockParser(document: document, firstLine: bodyStartLine)
        blocks.run()
        return blocks.document
    }
}
