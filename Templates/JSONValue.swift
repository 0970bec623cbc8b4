import ParleySite

/// A JSON value written in a fixed order, for JSON-LD, `figures.json` and the
/// search index: the same value always gives the same bytes.
public enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
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

    /// Appends the compact JSON to `out`.
    func write(to out: inout [UInt8]) {
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

    /// A JSON string, on UTF-8 bytes: all that needs escaping is ASCII but
    /// U+2028 and U+2029. Runs of bytes that need none are copied at once.
    /// Replaced by plain Swift together with the file reads and the NUL search
    /// of `SourceText`, a full build at N=1000 took 9% longer (median wall time
    /// 8.07 s against 7.42 s, four runs each on tmpfs); not measured alone.
    private static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        let plain = JSONValue.plainBytes
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let run = index
                while index < utf8.count, plain[Int(utf8[index])] { index += 1 }
                if run < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index])) }
                guard index < utf8.count else { break }
                let byte = utf8[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""): out += #"\""#.utf8
                case UInt8(ascii: "\\"): out += #"\\"#.utf8
                case UInt8(ascii: "\n"): out += #"\n"#.utf8
                case UInt8(ascii: "\r"): out += #"\r"#.utf8
                case UInt8(ascii: "\t"): out += #"\t"#.utf8
                case UInt8(ascii: "<"): out += #"\u003c"#.utf8
                case UInt8(ascii: ">"): out += #"\u003e"#.utf8
                case UInt8(ascii: "&"): out += #"\u0026"#.utf8
                case 0xE2 where index + 1 < utf8.count && utf8[index] == 0x80 && (utf8[index + 1] == 0xA8 || utf8[index + 1] == 0xA9):
                    out += (utf8[index + 1] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                    index += 2
                case 0xE2:
                    out.append(byte)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// For each byte, whether it goes into a JSON string as it is (0xE2 may start U+2028 or U+2029).
    private static let plainBytes: [Bool] = (0...255).map { byte in
        byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "<")
            && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "&") && byte != 0xE2
    }
}
