/// XML 1.0 escaping for the JUnit and Checkstyle reports. Messages quote the
/// post, so they can hold anything: markup characters, newlines, even control
/// characters that XML 1.0 cannot carry at all.
enum XMLText {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"

    /// Escaped for an attribute value in double quotes. Newlines and tabs
    /// become character references, so attribute normalisation keeps them.
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// Escaped for element content.
    static func content(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `name="value"` pairs, escaped, in the order given.
    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(attribute($0.1))\"" }.joined()
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "\n" where inAttribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where inAttribute: out += "&#9;"
            case _ where !allowed(scalar): out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// XML 1.0's Char production: no C0 controls but tab, LF, CR; no U+FFFE/U+FFFF.
    /// (Swift strings never hold surrogates.) Not even `&#1;` is allowed, so
    /// such characters become U+FFFD.
    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
