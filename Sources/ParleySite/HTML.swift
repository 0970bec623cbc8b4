/// A piece of HTML (or XML) whose interpolations are escaped unless they are HTML already.
///
/// `"<h1>\(title)</h1>" as HTML` escapes `title` when it is a `String` and
/// passes it through when it is `HTML`. The one way to turn arbitrary text into
/// markup without escaping is `HTML(unescaped:)`, kept for output that cmark or
/// the serializers below have already rendered.
public struct HTML: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The markup, ready to write.
    public private(set) var markup: String

    /// Markup that is already safe: cmark's output, or text escaped elsewhere.
    public init(unescaped markup: String) {
        self.markup = markup
    }

    /// The template's own markup, written in the source: a `StaticString`, so
    /// that no text computed at run time can become markup by this way in.
    public init(stringLiteral value: StaticString) {
        markup = value.description
    }

    public init(stringInterpolation: StringInterpolation) {
        markup = stringInterpolation.markup
    }

    public static let empty = HTML(unescaped: "")

    public var description: String { markup }
    public var isEmpty: Bool { markup.isEmpty }

    /// Text escaped for HTML and XML text and double- or single-quoted attributes.
    public static func escape(_ text: String) -> String {
        // Every byte to escape is ASCII, so the work is done on UTF-8 bytes.
        func special(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        // A scan first: most text needs nothing.
        guard text.utf8.contains(where: special) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): escaped += "&amp;".utf8
            case UInt8(ascii: "<"): escaped += "&lt;".utf8
            case UInt8(ascii: ">"): escaped += "&gt;".utf8
            case UInt8(ascii: "\""): escaped += "&quot;".utf8
            case UInt8(ascii: "'"): escaped += "&#39;".utf8
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        /// The template's own markup, written in the source.
        public mutating func appendLiteral(_ literal: StaticString) {
            markup += literal.description
        }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) {
            markup += HTML.escape(text)
        }

        /// Markup: passed through.
        public mutating func appendInterpolation(_ html: HTML) {
            markup += html.markup
        }

        /// A list of markup, one after the other.
        public mutating func appendInterpolation(_ list: [HTML]) {
            for html in list { markup += html.markup }
        }

        public mutating func appendInterpolation(_ number: Int) {
            markup += String(number)
        }
    }
}

extension HTML {
    /// `html` joined with `separator` between each.
    public static func joined(_ list: [HTML], separator: HTML = .empty) -> HTML {
        HTML(unescaped: list.map(\.markup).joined(separator: separator.markup))
    }
}
