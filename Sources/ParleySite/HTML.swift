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
        // Every byte to escape is ASCII, so the work is done on UTF-8 bytes:
        // a scan first (most text needs nothing), then the runs between the
        // bytes to escape are copied whole.
        guard text.utf8.contains(where: needsEscape) else { return text }
        let bytes = Array(text.utf8)
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + 32)
        var start = 0
        for index in bytes.indices where needsEscape(bytes[index]) {
            escaped += bytes[start..<index]
            escaped += entity(for: bytes[index])
            start = index + 1
        }
        escaped += bytes[start...]
        return String(decoding: escaped, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    private static let ampersand = Array("&amp;".utf8), lessThan = Array("&lt;".utf8), greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8), apostrophe = Array("&#39;".utf8)

    private static func entity(for byte: UInt8) -> [UInt8] {
        switch byte {
        case UInt8(ascii: "&"): return ampersand
        case UInt8(ascii: "<"): return lessThan
        case UInt8(ascii: ">"): return greaterThan
        case UInt8(ascii: "\""): return quote
        default: return apostrophe
        }
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
