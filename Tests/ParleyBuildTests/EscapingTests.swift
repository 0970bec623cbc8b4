import Foundation
import ParleyBuild
import ParleySite
import Testing

/// XSS payloads through every front-matter field and every Markdown body,
/// checked in every output: HTML text and attributes, JSON-LD, the feed, the
/// sitemap, the search index. None may survive as markup.
@Suite("Escaping in every output", .timeLimit(.minutes(1)))
struct EscapingTests {
    static let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "javascript:alert(1)",
        "</title><script>alert(1)</script>",
        "</script><script>alert(1)</script>",
        "]]><script>alert(1)</script>",
        "<![CDATA[<script>alert(1)</script>]]>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "&#x3C;img src=x onerror=alert(1)&#x3E;",
        "<!--<script>alert(1)</script>-->",
        "\u{2028}</script>\u{2029}<script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">x</a>",
    ]

    /// `text` as a YAML double-quoted value.
    static func yaml(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\u{2028}": quoted += "\\u2028"
            case "\u{2029}": quoted += "\\u2029"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// The small site with `payload` in every text field and every Markdown body.
    static func files(_ payload: String) -> [String: String?] {
        let p = yaml(payload)
        let body = """
            \(payload)

            A link [\(payload)](figure:exports "\(payload.replacingOccurrences(of: "\"", with: "&quot;"))") and `\(payload)`.
            """
        return [
            "Content/site.yml": "title: \(p)\nbase_url: https://example.org/test/\ndescription: \(p)\npublisher: \(p)\n",
            "Content/interviews/alpha-2024/index.md": """
                ---
                title: \(p)
                date: 2024-03-05
                interviewee: \(p)
                interviewee_role: \(p)
                interviewer: \(p)
                interviewer_role: \(p)
                publisher: \(p)
                summary: \(p)
                ---

                \(body)
                """,
            "Content/interviews/alpha-2024/q1.md": """
                ---
                number: 1
                title: \(p)
                question: \(yaml("Why " + payload + " and [exports](figure:exports)?"))
                topics: [trade]
                ---

                \(body)

                Exports grew to [12 billion](figure:exports), see [security](topic:security) and [3 ports](figure:ports).
                """,
            "Content/interviews/alpha-2024/q2.md": """
                ---
                number: 2
                title: \(p)
                question: \(yaml("Why " + payload))
                topics: [security]
                ---

                \(body)
                """,
            "Content/topics/trade.md": "---\ntitle: \(p)\nsummary: \(p)\n---\n\n\(body)\n",
            "Content/topics/security.md": "---\ntitle: \(p)\nsummary: \(p)\n---\n",
            "Content/figures/exports.md": "---\nvalue: \(p)\nlabel: \(p)\nsource: \(p)\nperiod: \(p)\ntopics: [trade]\n---\n\n\(body)\n",
            "Content/figures/ports.md": "---\nvalue: \(p)\nlabel: \(p)\n---\n",
        ]
    }

    @Test("No payload survives as markup in any output", arguments: payloads)
    func payload(_ payload: String) throws {
        let site = try SiteFixture(Self.files(payload))
        defer { site.remove() }
        let report = try site.build(within: 30)
        if payload.contains("href=\"javascript:") {
            // Raw HTML with a javascript: URL is refused in every body, even where cmark would drop it.
            #expect(!report.errors.isEmpty && report.errors.allSatisfy { $0.message.hasPrefix("this HTML holds a javascript: URL") })
            #expect(!FileManager.default.fileExists(atPath: site.output.path))
            return
        }
        #expect(report.succeeded, "\(report.errors.map(\.description))")
        let outputs = SiteFixture.snapshot(site.output)
        #expect(outputs.count > 10)
        // Markup is what a browser or feed reader parses: not the CSS, the CSV or the BibTeX.
        for (path, data) in outputs where [".html", ".xml", ".js", ".json"].contains(where: path.hasSuffix) {
            let text = String(decoding: data, as: UTF8.self)
            Self.expectNoMarkup(in: text, path: path)
        }
    }

    /// The payload with unsafe_html on: raw HTML in Markdown passes, as asked,
    /// but text fields stay text, and javascript: URLs are still refused.
    @Test("With unsafe_html, text fields stay text and javascript: URLs are still refused")
    func unsafeHTML() throws {
        var files = Self.files("\"><img src=x onerror=alert(1)>")
        files["Content/site.yml"] = "title: \"</title><script>alert(1)</script>\"\nbase_url: https://example.org/test/\nunsafe_html: true\n"
        let site = try SiteFixture(files)
        defer { site.remove() }
        let report = try site.build(within: 30)
        #expect(report.succeeded, "\(report.errors.map(\.description))")
        let home = try site.read("index.html")
        #expect(home.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        // The answer's raw HTML passes through, as unsafe_html asks.
        #expect(try site.read("interviews/alpha-2024/q2/index.html").contains("<img src=x onerror=alert(1)>"))

        try site.write("Content/interviews/alpha-2024/q2.md", "---\nnumber: 2\ntitle: T\nquestion: Q?\n---\n\n<a href=\"JaVa&#x09;Script:alert(1)\">x</a>\n")
        let refused = try site.build(within: 30)
        #expect(refused.errors.map(\.description) == [
            "Content/interviews/alpha-2024/q2.md:7:1: error: this HTML holds a javascript: URL, which runs code in the reader's browser; "
                + "Parley never publishes one, so remove it, or link to a page or an https:// address",
        ])
    }

    /// Markup that only Parley's templates may write: a `<` that starts a tag,
    /// comment or CDATA section from the payload, or a scheme that runs code.
    static func expectNoMarkup(in text: String, path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lowered = text.lowercased()
        // Parley's own scripts: JSON-LD, whose text never holds '<', and script files of the site.
        var scripts = 0
        var rest = lowered[...]
        while let start = rest.range(of: "<script") {
            let tail = rest[start.lowerBound...]
            scripts += 1
            if tail.hasPrefix("<script type=\"application/ld+json\">"), let end = tail.range(of: "</script>") {
                let json = tail[tail.index(tail.startIndex, offsetBy: 35)..<end.lowerBound]
                #expect(!json.contains("<"), "\(path): JSON-LD holds '<'", sourceLocation: sourceLocation)
                rest = tail[end.upperBound...]
            } else if tail.hasPrefix("<script src=\""), let end = tail.range(of: "\"></script>"),
                      tail[tail.startIndex..<end.lowerBound].hasSuffix(".js"), !tail[tail.startIndex..<end.lowerBound].contains(":") {
                rest = tail[end.upperBound...]
            } else {
                Issue.record("\(path) holds a script Parley did not write: \(tail.prefix(60))", sourceLocation: sourceLocation)
                return
            }
        }
        #expect(lowered.components(separatedBy: "</script>").count - 1 == scripts, "\(path): a stray </script>", sourceLocation: sourceLocation)
        for markup in ["<img", "<svg", "<a href=\"javascript", "<![cdata[", "<!--<script"] {
            #expect(!lowered.contains(markup), "\(path) holds \(markup)", sourceLocation: sourceLocation)
        }
        if path.hasSuffix(".html") {
            #expect(lowered.components(separatedBy: "</title>").count - 1 <= 1, "\(path): a second </title>", sourceLocation: sourceLocation)
        }
        if path.hasSuffix(".xml") {
            #expect(!text.contains("]]>"), "\(path) holds ]]>", sourceLocation: sourceLocation)
        }
        for attribute in ["href=\"", "src=\"", "action=\""] {
            for piece in lowered.components(separatedBy: attribute).dropFirst() {
                let value = piece.prefix { $0 != "\"" }.filter { !$0.isWhitespace }
                #expect(!value.hasPrefix("javascript:") && !value.hasPrefix("vbscript:"),
                        "\(path): \(attribute)\(value.prefix(40))", sourceLocation: sourceLocation)
            }
        }
    }
}
