/// A small, fast, seeded generator (SplitMix64): the same seed gives the same cases.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Mutates the files of a site: byte flips, inserts of YAML and Markdown
/// syntax, deletions, repeats, and splices between files.
struct Mutator {
    var random: SeededGenerator
    /// Fragments of the seed site worth inserting: its ids and links.
    let siteFragments: [String]
    /// Paths a case may add, beside the seed's own: misplaced, badly named, and asset files.
    let newPaths: [String]

    init(seed: UInt64, site: [String: [UInt8]]) {
        random = SeededGenerator(seed: seed)
        var fragments: [String] = []
        var interviews: [String] = []
        for path in site.keys.sorted() {
            let parts = path.split(separator: "/").map(String.init)
            guard let name = parts.last, name.hasSuffix(".md") else { continue }
            let id = String(name.dropLast(3))
            switch (parts.count, parts.count > 1 ? parts[1] : "") {
            case (3, "topics"): fragments += ["topic:\(id)", "[t](topic:\(id))", "  - \(id)\n"]
            case (3, "figures"): fragments += ["figure:\(id)", "[f](figure:\(id))", "[f](../../figures/\(id).md#citations)"]
            case (4, "interviews") where id != "index":
                fragments += ["question:\(parts[2])/\(id)", "[q](\(id).md#p2)", "[q](question:\(parts[2])/\(id)#answer)"]
            case (4, "interviews"):
                fragments += ["interview:\(parts[2])", "[i](interview:\(parts[2])#q2-p1)"]
                interviews.append(parts[2])
            default: break
            }
        }
        siteFragments = fragments
        newPaths = Mutator.newPaths(interview: interviews.first ?? "an-interview")
    }

    static let yamlFragments = [
        "---", "---\n", "...\n", ": ", "- ", "? ", "&a ", "*a", "&a [x, y]", "[*a, *a]", "!!str ", "!!binary ", "!tag ",
        "|\n  ", ">-\n  ", "\"", "'", "[", "]", "{", "}", ",", "# ", "%YAML 1.2\n", "~", "null", "true", "false",
        "2020-13-45", "2020-02-29", "99999999999999999999", "-1", "0", "number: 3\n", "number: 1\n", "topics:\n  - ",
        "draft: true\n", "unsafe_html: true\n", "title: ", "question: ", "summary: ", "value: ", "label: ",
        "date: 2021-01-01\n", "base_url: https://example.org/x/\n", "language: en-GB\n", "titel: x\n",
        "\"\\x00\"", "\"\\u0000\"", "\"\\uD800\"", "<<: {a: 1}\n", "? [a, b]\n: c\n", "key: value\n",
    ]

    static let markdownFragments = [
        "[x](figure:", "[x](topic:", "[x](interview:", "[x](question:", "](", "[", "]", "(", ")", "**", "*", "_",
        "`", "```\n", "~~~", ">", "> ", "- ", "1. ", "#", "# ", "&", "&amp;", "&#0;", "&#x110000;", "&#xD800;",
        "&lt;script&gt;", "<", "<script>alert(1)</script>", "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"jav&#x61;script:alert(1)\">x</a>", "<A HREF='vbscript:x'>", "<!--", "-->", "<![CDATA[", "]]>",
        "<img src=x onerror=alert(1)>", "\\", "|", "***\n", "    ", "[x]: figure:nowhere\n", "[x]", "![x](",
        "(javascript:alert(1))", "(JaVaScRiPt:alert(1))", "(vbscript:msgbox(1))", "(data:text/html,<script>)",
        "(data:image/png;base64,AAAA)", "(data:image/svg+xml,<svg>)", "(file:///etc/passwd)", "(//evil.example)",
        "(/abs)", "(../../../etc/passwd)", "(q1.md#p", "(#p", "(index.md#q", "(https://example.org/?a=<b>)",
        "<https://example.org>", "<javascript:alert(1)>", "<mailto:a@b.c>", "(mailto:a@b.c)", "(tel:+1)",
        "(figures:x)", "(tpoic:x)", "(x.md)", "(q2.md)", "(%6Aavascript:alert(1))", "(<javascript:alert(1)>)",
        "\"><img src=x onerror=alert(1)>", "</title>", "</script>", "javascript:", "[^1]", "[^1]: note\n",
        "\n\n", "\n", "é", "e\u{301}", "𝔘", "\u{202E}", "\u{2028}", "\u{FEFF}", "\u{1}", "\u{7F}", "\u{FFFD}",
    ]

    /// Markdown that keeps a body valid, so that cases get past the checks to
    /// rendering: emphasis, code, quotes, lists, raw HTML (left out unless
    /// unsafe_html), entities, and links to the seed's own pages.
    static let benignFragments = [
        "**", "*", "_", "`", "``", "> ", "- ", "1. ", "# ", "## ", "\n\n", "\n", "    ", "\t", "***\n", "---\n",
        "&amp;", "&lt;", "&#x27;", "&#0;", "&copy;", "&nbsp;", "\\", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "<div>\n", "</div>", "<!-- c -->", "<![CDATA[x]]>", "\"", "'", "<", ">", "&", "[", "]", "(", ")", "|", "~~~\n", "```\n",
        "[x](https://example.org/\"onmouseover=\"x)", "[x](mailto:a@b.c)", "<https://example.org/a>", "![x](data:image/png;base64,AA==)",
        "[x](#p1)", "[x]: https://example.org/\n", "[x]", "e\u{301}", "\u{202E}", "\u{2028}", "\u{FEFF}", "😀", "𝔘",
        "[x](https://example.org \"</title><script>\")", "\"><img src=x>", "</script>", "]]>",
    ]

    /// Inserts benign Markdown into the body of a Markdown file (after its front matter).
    mutating func mutateBody(_ bytes: [UInt8]) -> [UInt8] {
        let marker = Array("\n---\n".utf8)
        var start = 0
        var index = 4
        while index + marker.count <= bytes.count {
            if bytes[index..<(index + marker.count)].elementsEqual(marker) { start = index + marker.count; break }
            index += 1
        }
        guard start > 0 else { return bytes }
        var bytes = bytes
        for _ in 0..<int(1..<6) {
            let position = int(start..<(bytes.count + 1))
            let piece: [UInt8] = chance(25) && !siteFragments.isEmpty
                ? Array(pick(siteFragments.filter { $0.hasPrefix("[") }).utf8) : Array(pick(Mutator.benignFragments).utf8)
            let repeated = chance(10) ? Array([[UInt8]](repeating: piece, count: pick([8, 100, 1000])).joined()) : piece
            bytes.insert(contentsOf: repeated, at: position)
        }
        return bytes
    }

    static let rawBytes: [[UInt8]] = [
        [0], [0x09], [0x0D], [0x0D, 0x0A], [0xEF, 0xBB, 0xBF], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80],
        [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xFE, 0xFF],
    ]

    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

    /// A fragment to insert.
    mutating func fragment() -> [UInt8] {
        switch int(0..<10) {
        case 0..<3: return Array(pick(Mutator.yamlFragments).utf8)
        case 3..<7: return Array(pick(Mutator.markdownFragments).utf8)
        case 7..<9 where !siteFragments.isEmpty: return Array(pick(siteFragments).utf8)
        default: return pick(Mutator.rawBytes)
        }
    }

    /// One mutation of `bytes`; `other` is another file, for splices.
    mutating func mutate(_ bytes: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = bytes
        let position = bytes.isEmpty ? 0 : int(0..<(bytes.count + 1))
        switch int(0..<15) {
        case 0:
            if !bytes.isEmpty { bytes[int(0..<bytes.count)] ^= UInt8(1 << int(0..<8)) }
        case 1:
            if !bytes.isEmpty { bytes[int(0..<bytes.count)] = UInt8(int(0..<256)) }
        case 2, 3, 4:
            bytes.insert(contentsOf: fragment(), at: position)
        case 5:
            // At the start of a line, where block syntax counts.
            let lineStart = bytes[..<position].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            bytes.insert(contentsOf: fragment(), at: lineStart)
        case 6:
            let length = min(int(1..<64), bytes.count - position)
            if length > 0 { bytes.removeSubrange(position..<(position + length)) }
        case 7:
            removeLines(&bytes)
        case 8:
            let length = min(int(1..<128), bytes.count - position)
            if length > 0 { bytes.insert(contentsOf: bytes[position..<(position + length)], at: int(0..<(bytes.count + 1))) }
        case 9:
            // Splice a piece of another file in.
            if !other.isEmpty {
                let start = int(0..<other.count), length = min(int(1..<512), other.count - start)
                bytes.insert(contentsOf: other[start..<(start + length)], at: position)
            }
        case 10:
            // Deep nesting and long runs, kept small enough for one case to be quick.
            let piece = fragment()
            let count = pick([2, 8, 64, 300, 1000])
            bytes.insert(contentsOf: Array([[UInt8]](repeating: piece, count: count).joined()), at: position)
        case 11:
            bytes.insert(contentsOf: pick(Mutator.rawBytes), at: position)
        case 12:
            swapLines(&bytes)
        case 13:
            changeLineEndings(&bytes)
        default:
            if chance(20) { bytes = Array(bytes.prefix(position)) }  // truncate
            else { bytes.insert(contentsOf: Array(" \t".utf8).shuffled(using: &random), at: position) }
        }
        return bytes
    }

    /// Removes one to three whole lines.
    private mutating func removeLines(_ bytes: inout [UInt8]) {
        let lines = splitLines(bytes)
        if lines.count > 1 {
            let first = int(0..<lines.count), count = int(1..<min(4, lines.count - first + 1))
            bytes = Array((Array(lines[..<first]) + Array(lines[(first + count)...])).joined(separator: [10]))
        }
    }

    private mutating func swapLines(_ bytes: inout [UInt8]) {
        var lines = splitLines(bytes)
        if lines.count > 2 {
            lines.swapAt(int(0..<lines.count), int(0..<lines.count))
            bytes = Array(lines.joined(separator: [10]))
        }
    }

    /// Whole-file changes an editor makes: CRLF or CR line endings, a byte-order mark.
    private mutating func changeLineEndings(_ bytes: inout [UInt8]) {
        switch int(0..<3) {
        case 0: bytes = bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
        case 1: bytes = bytes.map { $0 == 0x0A ? 0x0D : $0 }
        default: bytes = [0xEF, 0xBB, 0xBF] + bytes
        }
    }

    private func splitLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    }

    /// Paths a case may add, beside the seed's own, `interview` being one of its
    /// interview folders: misplaced, badly named, and asset files.
    static func newPaths(interview: String) -> [String] {
        [
            "Content/interviews/q9.md", "Content/interviews/\(interview)/q99.md", "Content/interviews/\(interview)/Q8.md",
            "Content/interviews/new-2021/index.md", "Content/interviews/new-2021/q1.md", "Content/topics/New Topic.md",
            "Content/topics/экономика.md", "Content/figures/a..b.md", "Content/notes.md", "Content/images/map one.png",
            "Content/images/carte-é.png", "Content/index.html", "Content/feed.xml", "Content/topics/index.md",
            "Content/interviews/\(interview)/extra/q1.md", "Content/assets/parley.css",
        ]
    }
}
