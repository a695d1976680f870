/// Reads the inside of one HTML comment as a suppression, markdownlint's
/// grammar with an `engage-` prefix: a keyword, then targets separated by
/// spaces or commas.
enum SuppressionCommentParser {
    enum Parsed: Equatable {
        /// Not an engage comment at all (ordinary HTML comments are left alone).
        case none
        case directive(SuppressionDirective.Kind, targets: [String])
        /// `engage-` followed by a keyword engage does not know (a typo).
        case unknownKeyword(String)
    }

    static func parse(_ body: String) -> Parsed {
        let words = body.split { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "," }.map(String.init)
        guard let keyword = words.first, keyword.lowercased().hasPrefix("engage-") else { return .none }
        guard let kind = SuppressionDirective.Kind(rawValue: keyword.lowercased()), kind != .frontMatter else {
            return .unknownKeyword(keyword)
        }
        return .directive(kind, targets: Array(words.dropFirst()))
    }
}
