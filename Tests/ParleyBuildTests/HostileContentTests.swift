import Foundation
import ParleyBuild
import Testing

/// Content written to break a build: each input gives a diagnostic with a
/// position (or, where the input is fine, a correct page), never a trap and
/// never a hang. Every build runs on a thread of its own with a deadline.
@Suite("Hostile content", .timeLimit(.minutes(1)))
struct HostileContentTests {
    enum Expected: Sendable, CustomStringConvertible {
        /// An error in `file` at `line`:`column` whose message holds `text`.
        case error(String, Int, Int, String)
        /// The build succeeds and `page` holds each of `texts`.
        case page(String, [String])

        var description: String {
            switch self {
            case let .error(file, line, column, text): return "\(file):\(line):\(column): error: …\(text)…"
            case let .page(page, texts): return "\(page) holding \(texts)"
            }
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var changes: [String: [UInt8]?]
        var expected: Expected
        var testDescription: String { name }
    }

    static let q2 = "Content/interviews/alpha-2024/q2.md"
    static let index = "Content/interviews/alpha-2024/index.md"
    static let site = "Content/site.yml"
    static let q2Page = "interviews/alpha-2024/q2/index.html"

    /// A question file for q2, as bytes.
    static func question(_ front: String = "number: 2\ntitle: Security\nquestion: What?", body: String = "An answer.") -> [UInt8] {
        Array("---\n\(front)\n---\n\n\(body)\n".utf8)
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func crlf(_ bytes: [UInt8]) -> [UInt8] {
        bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
    }

    /// Anchors of anchors: a billion "lol"s once expanded, as mapping keys so that
    /// comparing the keys would expand them.
    static var billionLaughs: String {
        var yaml = "number: 2\ntitle: Security\nquestion: What?\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "lol\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return yaml + "? [*a9, *a9]\n: 1\n? [*a9, *a8]\n: 2"
    }

    static let cases: [Case] = [
        // Front matter with wrong types.
        Case(name: "a list where a number belongs",
             changes: [q2: question("number: [2]\ntitle: Security\nquestion: What?")],
             expected: .error(q2, 2, 9, "'number' must be a whole number written in digits, such as 3, not a list")),
        Case(name: "a mapping where text belongs",
             changes: [q2: question("number: 2\ntitle: {a: b}\nquestion: What?")],
             expected: .error(q2, 3, 8, "'title' must be text, not a mapping of keys")),
        Case(name: "a mapping where a list of ids belongs",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics: {security: 1}")],
             expected: .error(q2, 5, 9, "'topics' must be a list of ids, not a mapping of keys")),
        Case(name: "a list of lists where a list of ids belongs",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics:\n  - [security]")],
             expected: .error(q2, 6, 5, "each item of 'topics' must be an id")),
        Case(name: "a word where true or false belongs",
             changes: [index: bytes("---\ntitle: T\ndate: 2024-03-05\ninterviewee: A\ninterviewer: B\ndraft: maybe\n---\n")],
             expected: .error(index, 6, 8, "'draft' must be true or false, not 'maybe'")),
        Case(name: "a quoted word where true or false belongs, in site.yml",
             changes: [site: bytes("title: T\nbase_url: https://example.org/\nunsafe_html: \"yes\"\n")],
             expected: .error(site, 3, 15, "'unsafe_html' must be true or false")),
        Case(name: "a number where a day belongs",
             changes: [index: bytes("---\ntitle: T\ndate: 20240305\ninterviewee: A\ninterviewer: B\n---\n")],
             expected: .error(index, 3, 7, "'date' must be written YYYY-MM-DD (year, month, day): write 'date: 2024-03-05'")),
        Case(name: "a number too large for a question number",
             changes: [q2: question("number: 99999999999999999999999\ntitle: Security\nquestion: What?")],
             expected: .error(q2, 2, 9, "'number' must be a whole number")),
        Case(name: "front matter that is a list",
             changes: [q2: question("- number\n- title")],
             expected: .error(q2, 2, 1, "the front matter must be 'key: value' lines, not a list")),

        // Unterminated front matter.
        Case(name: "an unterminated ---",
             changes: [q2: bytes("---\nnumber: 2\ntitle: Security\nquestion: What?\n\nAn answer.\n")],
             expected: .error(q2, 1, 1, "the front matter is not closed")),
        Case(name: "a file that is only ---",
             changes: [q2: bytes("---")],
             expected: .error(q2, 1, 1, "the front matter is not closed")),
        Case(name: "an empty file",
             changes: [q2: []],
             expected: .error(q2, 1, 1, "the file must start with front matter")),

        // Tabs.
        Case(name: "a tab indenting a list item",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics:\n\t- security")],
             expected: .error(q2, 6, 1, "line 6 is indented with a tab, which YAML does not allow: indent it with spaces instead")),
        Case(name: "a tab before a key",
             changes: [q2: question("number: 2\n\ttitle: Security\nquestion: What?")],
             expected: .error(q2, 3, 1, "line 3 is indented with a tab, which YAML does not allow: indent it with spaces instead")),
        Case(name: "a tab after a colon, and tabs in the answer",
             changes: [q2: question("number: 2\ntitle:\tSecurity\nquestion: What?", body: "An\tanswer.\n\n\tcode after a tab")],
             expected: .page(q2Page, ["<h1", "Security", "An\tanswer.", "<pre><code>code after a tab"])),
        Case(name: "a tab after the closing ---",
             changes: [q2: bytes("---\nnumber: 2\ntitle: Security\nquestion: What?\n---\t\n\nAn answer.\n")],
             expected: .page(q2Page, ["An answer."])),

        // Byte-order marks and line endings.
        Case(name: "a byte-order mark",
             changes: [q2: [0xEF, 0xBB, 0xBF] + question()],
             expected: .page(q2Page, ["Security", "An answer."])),
        Case(name: "a byte-order mark on site.yml",
             changes: [site: [0xEF, 0xBB, 0xBF] + bytes("title: Marked Institute\nbase_url: https://example.org/test/\n")],
             expected: .page("index.html", ["Marked Institute"])),
        Case(name: "a byte-order mark does not shift an error's column",
             changes: [q2: [0xEF, 0xBB, 0xBF] + question(body: "See [it](figure:nowhere).")],
             expected: .error(q2, 7, 5, "unknown figure 'nowhere'")),
        Case(name: "CRLF line endings",
             changes: [q2: crlf(question(body: "Line one.\nLine two.\n\nA second block."))],
             expected: .page(q2Page, ["Security", "Line one.\nLine two.", "id=\"p2\""])),
        Case(name: "CRLF line endings keep an error's line and column",
             changes: [q2: crlf(question(body: "First.\n\nSee [it](q9.md)."))],
             expected: .error(q2, 9, 5, "the link 'q9.md' leads nowhere")),
        Case(name: "CR line endings",
             changes: [q2: question().map { $0 == 0x0A ? 0x0D : $0 }],
             expected: .page(q2Page, ["Security", "An answer."])),
        Case(name: "a UTF-16 file",
             changes: [q2: [0xFF, 0xFE] + question().flatMap { [$0, 0] }],
             expected: .error(q2, 1, 1, "the file is UTF-16 text; save it as UTF-8")),

        // NUL bytes and invalid UTF-8.
        Case(name: "a NUL byte in the answer",
             changes: [q2: question(body: "An\u{0}swer.")],
             expected: .error(q2, 7, 3, "the file holds a NUL byte")),
        Case(name: "a NUL byte in the front matter",
             changes: [q2: question("number: 2\ntitle: Sec\u{0}urity\nquestion: What?")],
             expected: .error(q2, 3, 11, "the file holds a NUL byte")),
        Case(name: "a byte that is never UTF-8",
             changes: [q2: bytes("---\nnumber: 2\ntitle: Security\nquestion: What?\n---\n\nAn é") + [0xFF] + bytes("\n")],
             expected: .error(q2, 7, 5, "the file is not valid UTF-8 text")),
        Case(name: "an overlong UTF-8 sequence",
             changes: [q2: bytes("---\nnumber: 2\ntitle: Sec") + [0xC0, 0x80] + bytes("\nquestion: What?\n---\n")],
             expected: .error(q2, 3, 11, "the file is not valid UTF-8 text")),
        Case(name: "a UTF-8 surrogate",
             changes: [q2: question(body: "ab") + [0xED, 0xA0, 0x80]],
             expected: .error(q2, 8, 1, "the file is not valid UTF-8 text")),
        Case(name: "a UTF-8 sequence cut short at the end",
             changes: [q2: question(body: "ab") + bytes("c") + [0xE2, 0x82]],
             expected: .error(q2, 8, 2, "the file is not valid UTF-8 text")),
        Case(name: "a control character in the front matter",
             changes: [q2: question("number: 2\ntitle: Sec\u{1}urity\nquestion: What?")],
             expected: .error(q2, 3, 11, "the front matter cannot be read: control characters are not allowed")),
        Case(name: "a line separator (U+2028) in the front matter keeps later positions",
             changes: [q2: question("number: 2\ntitle: \"Sec\u{2028}urity\"\nquestion: What?\ntopics: [nowhere]")],
             expected: .error(q2, 5, 10, "unknown topic 'nowhere'")),

        // YAML anchors and aliases.
        Case(name: "an anchor",
             changes: [q2: question("number: 2\ntitle: &t Security\nquestion: What?")],
             expected: .error(q2, 3, 8, "YAML anchors and aliases are not allowed")),
        Case(name: "an alias",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: *t")],
             expected: .error(q2, 4, 11, "YAML anchors and aliases are not allowed")),
        Case(name: "an anchor in a flow list",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics: [security, &x trade]")],
             expected: .error(q2, 5, 20, "YAML anchors and aliases are not allowed")),
        Case(name: "a billion laughs, expanded through mapping keys",
             changes: [q2: question(billionLaughs)],
             expected: .error(q2, 5, 7, "YAML anchors and aliases are not allowed")),
        Case(name: "an anchor in site.yml",
             changes: [site: bytes("title: &t Test\nbase_url: https://example.org/\n")],
             expected: .error(site, 1, 8, "YAML anchors and aliases are not allowed")),
        Case(name: "'&' and '*' inside values are text",
             changes: [q2: question("number: 2\ntitle: Q&A *live* & more\nquestion: \"How *many*? &amp; why\"\ntopics:\n  - security # *not* an alias",
                                    body: "An answer.")],
             expected: .page(q2Page, ["Q&amp;A *live* &amp; more", "How <em>many</em>?"])),
        Case(name: "'*' starting a line of a block value is text",
             changes: [index: bytes("---\ntitle: T\ndate: 2024-03-05\ninterviewee: A\ninterviewer: B\nsummary: |\n  *Starred* summary\n  &more\n---\n")],
             expected: .page("interviews/alpha-2024/index.html", ["*Starred* summary"])),
        Case(name: "YAML lists nested 10,000 deep",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics: "
                                    + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))],
             expected: .error(q2, 5, 10, "the front matter nests lists or mappings too deeply")),
        Case(name: "YAML block lists nested 10,000 deep",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics:\n" + String(repeating: "- ", count: 10_000) + "x")],
             expected: .error(q2, 6, 1999, "the front matter nests lists or mappings too deeply")),

        // Ids.
        Case(name: "an id with '..'",
             changes: ["Content/topics/a..b.md": bytes("---\ntitle: Dots\n---\n")],
             expected: .error("Content/topics/a..b.md", 1, 1, "'a..b' is not a valid topic id: ids are lower-case letters, digits and '-'; rename it, e.g. 'a-b'")),
        Case(name: "an id with a space",
             changes: ["Content/topics/trade policy.md": bytes("---\ntitle: Trade policy\n---\n")],
             expected: .error("Content/topics/trade policy.md", 1, 1, "e.g. 'trade-policy'")),
        Case(name: "an id in upper case",
             changes: ["Content/interviews/alpha-2024/Q3.md": question("number: 3\ntitle: T\nquestion: Q?")],
             expected: .error("Content/interviews/alpha-2024/Q3.md", 1, 1, "'Q3' is not a valid question id")),
        Case(name: "an interview folder with upper case and a space",
             changes: ["Content/interviews/Alpha 2025/index.md": bytes("---\ntitle: T\ndate: 2025-01-01\ninterviewee: A\ninterviewer: B\n---\n")],
             expected: .error("Content/interviews/Alpha 2025/index.md", 1, 1, "'Alpha 2025' is not a valid interview folder id")),
        Case(name: "an id in Cyrillic letters",
             changes: ["Content/topics/экономика.md": bytes("---\ntitle: Economy\n---\n")],
             expected: .error("Content/topics/экономика.md", 1, 1, "e.g. 'ekonomika'")),
        Case(name: "an id in Chinese characters",
             changes: ["Content/figures/经济.md": bytes("---\nvalue: \"1\"\nlabel: economy\n---\n")],
             expected: .error("Content/figures/经济.md", 1, 1, "'经济' is not a valid figure id")),
        Case(name: "a topic reference with '..'",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics: [../security]")],
             expected: .error(q2, 5, 10, "unknown topic '../security'")),
        Case(name: "a topic link with '/'",
             changes: [q2: question(body: "See [it](topic:security/../trade).")],
             expected: .error(q2, 7, 5, "unknown topic 'security/../trade'")),
        Case(name: "a question link with '..'",
             changes: [q2: question(body: "See [it](question:alpha-2024/../q1).")],
             expected: .error(q2, 7, 5, "a question link names the interview and the question")),
        Case(name: "a link that climbs out of Content/",
             changes: [q2: question(body: "See [it](../../../../../etc/passwd).")],
             expected: .error(q2, 7, 5, "leads outside the Content folder")),

        // Misplaced files.
        Case(name: "a question file outside any interview",
             changes: ["Content/interviews/q3.md": question("number: 3\ntitle: Lost\nquestion: Where?")],
             expected: .error("Content/interviews/q3.md", 1, 1, "a question must be inside an interview's folder")),
        Case(name: "a question file too deep in an interview",
             changes: ["Content/interviews/alpha-2024/more/q3.md": question("number: 3\ntitle: Lost\nquestion: Where?")],
             expected: .error("Content/interviews/alpha-2024/more/q3.md", 1, 1, "Parley does not know what page to make of this file")),
        Case(name: "a question file in an interview without index.md",
             changes: ["Content/interviews/beta-2025/q1.md": question("number: 1\ntitle: Lost\nquestion: Where?")],
             expected: .error("Content/interviews/beta-2025/q1.md", 1, 1, "the interview 'beta-2025' has no index.md")),
        Case(name: "a Markdown file at the top of Content/",
             changes: ["Content/about.md": question()],
             expected: .error("Content/about.md", 1, 1, "Parley does not know what page to make of this file")),
    ]

    @Test("gives a diagnostic with a position, or a correct page", arguments: cases)
    func hostile(_ example: Case) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        for (path, bytes) in example.changes {
            if let bytes { try site.write(path, bytes: bytes) } else { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)) }
        }
        let report = try site.build(within: 20)
        Self.expectPositions(report, in: site)
        switch example.expected {
        case let .error(file, line, column, text):
            let found = report.errors.contains { $0.file == file && $0.line == line && $0.column == column && $0.message.contains(text) }
            #expect(found, "expected \(example.expected); got \(report.errors.map(\.description))")
            #expect(!FileManager.default.fileExists(atPath: site.output.path), "a failed build wrote the output")
        case let .page(page, texts):
            #expect(report.succeeded, "\(report.errors.map(\.description))")
            let html = try site.read(page)
            for text in texts {
                #expect(html.contains(text), "\(page) does not hold \(text.debugDescription)")
            }
        }
    }

    /// Every diagnostic names a file that exists, at a line and column from 1.
    static func expectPositions(_ report: Build.Report, in site: SiteFixture, sourceLocation: SourceLocation = #_sourceLocation) {
        for diagnostic in report.diagnostics {
            #expect(diagnostic.line >= 1 && diagnostic.column >= 1, "\(diagnostic)", sourceLocation: sourceLocation)
            #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(diagnostic.file).path),
                    "\(diagnostic)", sourceLocation: sourceLocation)
        }
    }

    // MARK: - Size and depth

    @Test("A 20 MB answer builds, and an error at its end is placed exactly")
    func hugeAnswer() throws {
        // 20 MB of paragraphs, the first citing a figure, and a broken link on the last line.
        let paragraph = String(repeating: "Trade grew in the region, and the ports grew with it. ", count: 18) + "\n\n"
        let count = 20_000_000 / paragraph.utf8.count + 2
        let answer = "It grew to [12 billion](figure:exports).\n\n" + String(repeating: paragraph, count: count - 1)
        let site = try SiteFixture([Self.q2: "---\nnumber: 2\ntitle: Security\nquestion: What?\n---\n\n" + answer + "The end, [broken](q9.md)."])
        defer { site.remove() }
        #expect(answer.utf8.count >= 20_000_000)
        let failed = try site.build(within: 40)
        Self.expectPositions(failed, in: site)
        #expect(failed.errors.map(\.description) == [
            "\(Self.q2):\(7 + 2 * count):10: error: the link 'q9.md' leads nowhere: there is no Content/interviews/alpha-2024/q9.md. Did you mean 'q1.md'?",
        ])

        try site.write(Self.q2, "---\nnumber: 2\ntitle: Security\nquestion: What?\n---\n\n" + answer + "The end.")
        let report = try site.build(within: 40)
        #expect(report.succeeded, "\(report.errors.map(\.description))")
        let page = try Data(contentsOf: site.output.appendingPathComponent(Self.q2Page))
        #expect(page.count > 20_000_000)
        let tail = String(decoding: page.suffix(4000), as: UTF8.self)
        #expect(tail.contains("id=\"p\(count + 1)\""), "the last block has its anchor")
        #expect(tail.contains("The end."))
    }

    static let deepNesting: [(name: String, marker: String, element: String)] = [
        ("blockquotes", "> ", "<blockquote>"),
        ("bullet lists", "- ", "<ul>"),
        ("ordered lists", "1. ", "<ol>"),
    ]

    @Test("Markdown nested 10,000 deep builds", arguments: 0..<deepNesting.count)
    func deepMarkdown(_ index: Int) throws {
        let (name, marker, element) = Self.deepNesting[index]
        let deep = String(repeating: marker, count: 10_000) + "the bottom, citing [12 billion](figure:exports)"
        let site = try SiteFixture([Self.q2: "---\nnumber: 2\ntitle: Security\nquestion: What?\n---\n\n\(deep)\n"])
        defer { site.remove() }
        let report = try site.build(within: 30)
        #expect(report.succeeded, "\(name): \(report.errors.map(\.description))")
        let page = try site.read(Self.q2Page)
        // The answer's 10,000, and at most a few of the page's own.
        #expect((10_000...10_005).contains(page.components(separatedBy: element).count - 1), "\(name)")
        #expect(page.contains("the bottom, citing"))
        #expect(try site.read("figures/exports/index.html").contains("the bottom, citing"), "the figure quotes the block")
    }

    @Test("An answer of 30,000 links builds, and an error among them is placed exactly")
    func manyLinks() throws {
        let links = ["[a](figure:exports)", "[b](topic:trade)", "[c](q1.md#p2)", "[d](#p1)", "[e](https://example.org/)"]
        var lines: [String] = []
        for line in 0..<6_000 { lines.append(links.joined(separator: " ") + (line % 100 == 99 ? "\n" : "")) }
        let answer = lines.joined(separator: "\n")
        let site = try SiteFixture([Self.q2: "---\nnumber: 2\ntitle: Security\nquestion: What?\n---\n\n\(answer)\n[f](figure:nowhere)\n"])
        defer { site.remove() }
        let failed = try site.build(within: 30)
        #expect(failed.errors.map(\.description) == [
            "\(Self.q2):\(7 + 6_000 + 60):1: error: unknown figure 'nowhere'. Each figure is a file Content/figures/<id>.md: correct the id, or create the file",
        ])
        try site.write(Self.q2, "---\nnumber: 2\ntitle: Security\nquestion: What?\n---\n\n\(answer)\n")
        let report = try site.build(within: 30)
        #expect(report.succeeded, "\(report.errors.map(\.description))")
        #expect(try site.read(Self.q2Page).contains("id=\"p60\""))
    }

    @Test("Inline Markdown nested thousands deep builds")
    func deepInlines() throws {
        let brackets = String(repeating: "[", count: 10_000) + "x" + String(repeating: "]", count: 10_000)
        let emphasis = String(repeating: "*", count: 10_000) + "x" + String(repeating: "*", count: 10_000)
        let links = String(repeating: "[a ", count: 3_000) + "b" + String(repeating: "](q1.md)", count: 3_000)
        let site = try SiteFixture([Self.q2: "---\nnumber: 2\ntitle: Security\nquestion: What?\n---\n\n\(brackets)\n\n\(emphasis)\n\n\(links)\n"])
        defer { site.remove() }
        let report = try site.build(within: 30)
        #expect(report.succeeded, "\(report.errors.map(\.description))")
        #expect(try site.read(Self.q2Page).contains("id=\"p3\""))
    }

    // MARK: - Links with every scheme

    struct SchemeCase: CustomTestStringConvertible, Sendable {
        var markdown: String
        /// nil: the link is kept as written; otherwise an error holding this text.
        var error: String?
        var testDescription: String { markdown }
    }

    static let schemes: [SchemeCase] = [
        .init(markdown: "[x](https://example.org/a?b=c#d)"), .init(markdown: "[x](http://example.org/)"),
        .init(markdown: "[x](mailto:someone@example.org)"), .init(markdown: "[x](tel:+92-51-000000)"),
        .init(markdown: "[x](ftp://example.org/file)"), .init(markdown: "[x](irc://irc.example.org/chan)"),
        .init(markdown: "[x](xmpp:someone@example.org)"), .init(markdown: "[x](sms:+1555)"),
        .init(markdown: "[x](geo:33.7,73.1)"), .init(markdown: "[x](urn:isbn:0451450523)"),
        .init(markdown: "[x](news:comp.lang)"), .init(markdown: "[x](ssh://host)"),
        .init(markdown: "[x](//example.org/path)"), .init(markdown: "<https://example.org/auto>"),
        .init(markdown: "<mailto:someone@example.org>"),
        .init(markdown: "![x](data:image/png;base64,iVBORw0KGgo=)"),
        .init(markdown: "[x](javascript:alert(1))", error: "javascript: links are not allowed"),
        .init(markdown: "[x](JaVaScRiPt:alert(1))", error: "javascript: links are not allowed"),
        .init(markdown: "[x](<javascript:alert(1)>)", error: "javascript: links are not allowed"),
        .init(markdown: "<javascript:alert(1)>", error: "javascript: links are not allowed"),
        .init(markdown: "[x](java&#115;cript:alert(1))", error: "javascript: links are not allowed"),
        .init(markdown: "[x](javascript&colon;alert(1))", error: "javascript: links are not allowed"),
        .init(markdown: "[x](<java\tscript:alert(1)>)", error: "leads nowhere"),
        .init(markdown: "[x](%6Aavascript:alert(1))", error: "leads nowhere"),
        .init(markdown: "[x](vbscript:msgbox(1))", error: "vbscript: links are not allowed"),
        .init(markdown: "[x](data:text/html,<script>alert(1)</script>)", error: "data: links are not allowed"),
        .init(markdown: "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", error: "data: links are not allowed"),
        .init(markdown: "[x](file:///etc/passwd)", error: "file: links are not allowed"),
        .init(markdown: "[x](figures:exports)", error: "unknown link scheme 'figures:'. Did you mean 'figure:'?"),
        .init(markdown: "[x](topik:trade)", error: "Did you mean 'topic:'?"),
        .init(markdown: "[x](/interviews/alpha-2024/q1/)", error: "links starting with '/' break"),
        .init(markdown: "[x](figure:exports)"), .init(markdown: "[x](topic:trade#questions)"),
        .init(markdown: "[x](interview:alpha-2024#q1-p2)"), .init(markdown: "[x](question:alpha-2024/q1#p3)"),
        .init(markdown: "<a href=\"javascript:alert(1)\">x</a>", error: "this HTML holds a javascript: URL"),
        .init(markdown: "<a href=\"jav&#x61;script&#x3A;alert(1)\">x</a>", error: "this HTML holds a javascript: URL"),
        .init(markdown: "<A HREF=' vbscript:x'>x</A>", error: "this HTML holds a vbscript: URL"),
        .init(markdown: "<iframe src=\"java\nscript:alert(1)\"></iframe>", error: "this HTML holds a javascript: URL"),
    ]

    @Test("A link of any scheme is kept as written or reported, never emitted when it runs code", arguments: schemes, [false, true])
    func scheme(_ example: SchemeCase, unsafeHTML: Bool) throws {
        let site = try SiteFixture([
            Self.q2: "---\nnumber: 2\ntitle: Security\nquestion: What?\n---\n\nSee \(example.markdown) here.\n",
            Self.site: "title: Test Institute\nbase_url: https://example.org/test/\nunsafe_html: \(unsafeHTML)\n",
        ])
        defer { site.remove() }
        let report = try site.build(within: 20)
        Self.expectPositions(report, in: site)
        if let error = example.error {
            #expect(report.errors.contains { $0.file == Self.q2 && $0.line == 7 && $0.column == 5 && $0.message.contains(error) },
                    "\(report.errors.map(\.description))")
        } else {
            #expect(report.succeeded, "\(report.errors.map(\.description))")
        }
        for (path, data) in SiteFixture.snapshot(site.output) where path.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self).lowercased()
            #expect(!page.contains("href=\"javascript:") && !page.contains("src=\"javascript:") && !page.contains("vbscript:"), "\(path)")
        }
    }

    // MARK: - Empty content

    @Test("An empty Content/ says site.yml is missing")
    func emptyContent() throws {
        let site = try SiteFixture(exactly: [:])
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("Content"), withIntermediateDirectories: true)
        let report = try site.build(within: 20)
        #expect(report.errors.map(\.description) == [
            "Content/site.yml:1:1: error: site.yml is missing; create Content/site.yml with at least the lines 'title: …' and 'base_url: …'",
        ])
    }

    @Test("A Content/ with only site.yml builds a home page whose links resolve")
    func onlySettings() throws {
        let site = try SiteFixture(exactly: ["Content/site.yml": "title: Empty Institute\nbase_url: https://example.org/\n"])
        defer { site.remove() }
        let report = try site.build(within: 20)
        #expect(report.succeeded, "\(report.errors.map(\.description))")
        #expect(try site.read("index.html").contains("Empty Institute"))
        let files = SiteFixture.snapshot(site.output).map { OutputFile(path: .init($0.key), bytes: $0.value) }
        #expect(RenderedLinks.check(files).map(\.description) == [])
    }

    @Test("No Content/ at all says where to run")
    func noContent() throws {
        let site = try SiteFixture(exactly: [:])
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root, withIntermediateDirectories: true)
        let report = try site.build(within: 20)
        #expect(report.errors.map(\.message) == [
            "there is no Content folder here; run parley in the site's folder, the one that holds Content/",
        ])
    }
}
