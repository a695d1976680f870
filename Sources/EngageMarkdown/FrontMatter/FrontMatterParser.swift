// STUB: front matter parser (being written).
enum FrontMatterParser {
    /// Recognises front matter at the top of the file; returns the 0-based index of the first body line.
    static func parse(into document: inout Document) -> Int { 0 }
}
public struct FrontMatter: Sendable {}
