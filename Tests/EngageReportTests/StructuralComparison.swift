import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Compares reports by structure, not bytes: JSON as parsed values, XML as
/// element trees, line formats as sets of lines. Key order, attribute order
/// and indentation may change without breaking a golden.
enum Structural {
    static func json(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> NSObject {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        return try XCTUnwrap(value as? NSObject, file: file, line: line)
    }

    /// An element with sorted attributes, trimmed text and its children, or nil when not well-formed.
    struct Element: Equatable, CustomStringConvertible {
        var name: String
        var attributes: [String: String]
        var text = ""
        var children: [Element] = []

        var description: String {
            let attributeText = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.debugDescription)" }.joined(separator: " ")
            return "<\(name) \(attributeText)>\(text.debugDescription)\(children.map(\.description).joined())</\(name)>"
        }
    }

    static func xml(_ text: String) -> Element? {
        let builder = TreeBuilder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else { return nil }
        return root
    }

    static func lines(_ text: String) -> Set<String> {
        Set(text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            stack.append(Element(name: name, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            var element = stack.removeLast()
            element.text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
        }
    }
}
