import ParleySite

/// A JSON value written in a fixed order, for JSON-LD, `figures.json` and the
/// search index: the same value always gives the same bytes.
public indirect enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// Keys in the order given.
    case object([(String, JSONValue)])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// An object of the pairs whose value is not nil.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    public static func string(_ value: String?) -> JSONValue? { value.map(JSONValue.string) }

    /// Compact JSON. `<`, `>` and `&` are written as `\u003c`, `\u003e`,
    /// `\u0026`, so the text is safe inside a `<script>` element too.
    public var serialized: String {
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized == rhs.serialized }

    private func write(to out: inout [UInt8]) {
        switch self {
        case let .string(text): JSONValue.quote(text, into: &out)
        case let .number(number): out += String(number).utf8
        case let .bool(flag): out += (flag ? "true" : "false").utf8
        case .null: out += "null".utf8
        case let .array(items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .object(pairs):
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.quote(key, into: &out)
                out.append(UInt8(ascii: ":"))
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string, on UTF-8 bytes: all that needs escaping is ASCII but U+2028 and U+2029.
    private static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            var run = 0
            func flush() {
                if run < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index])) }
            }
            while index < utf8.count {
                let byte = utf8[index]
                let escape: String?
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<"): escape = "\\u003c"
                case UInt8(ascii: ">"): escape = "\\u003e"
                case UInt8(ascii: "&"): escape = "\\u0026"
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: escape = nil
                }
                if let escape {
                    flush()
                    out += escape.utf8
                    index += (byte == 0xE2 ? 3 : 1)
                    run = index
                } else {
                    index += 1
                }
            }
            flush()
        }
        out.append(UInt8(ascii: "\""))
    }
}
