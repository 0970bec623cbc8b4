import Foundation
import ParleyBuild
import Testing

/// A site made the think tank's own in site.yml and Content/pages/, built end to end.
@Suite("Brand and stand-alone pages")
struct BrandTests {
    static let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"><rect width="40" height="10"/></svg>"#

    static let settings = """
        title: Test Institute
        base_url: https://example.org/test/
        logo: images/logo.svg
        accent: "#0b6e4f"
        nav:
          - label: About us
            url: page:about
          - label: Main site
            url: https://institute.example.org/
        footer: "© Test Institute · [About](page:about) · [Contact](pages/contact.md)"
        stylesheet: css/site.css
        favicon: images/icon.svg
        """

    static let branded: [String: String?] = [
        "Content/site.yml": settings,
        "Content/images/logo.svg": svg,
        "Content/images/icon.svg": svg,
        "Content/css/site.css": ".site-footer { font-weight: 600; }\n",
        "Content/pages/about.md": "---\ntitle: About us\ndescription: Who we are.\n---\n\n# Who we are\n\nSee [contact](contact.md) and [trade](topic:trade).\n",
        "Content/pages/contact.md": "---\ntitle: Contact\n---\n\nWrite to us. Back to [about](page:about#main).\n",
        "Content/interviews/alpha-2024/q2.md": """
            ---
            number: 2
            title: Security
            question: What about security?
            topics: [security]
            ---

            # A heading in the answer

            As I said in [the first answer](q1.md#p2), it matters; read [about us](page:about) and [contact](../../pages/contact.md).

            ### Deeper

                a code block
            """,
    ]

    /// Every page of the output: the HTML files but the not-found page, which has its own frame.
    static func pages(_ site: SiteFixture) -> [String: String] {
        SiteFixture.snapshot(site.output).filter { $0.key.hasSuffix(".html") && $0.key != "404.html" }
            .mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test("every page has the logo, the nav, the footer, the stylesheet and the icon, linked from its own depth")
    func everyPage() throws {
        let site = try SiteFixture(BrandTests.branded)
        defer { site.remove() }
        let report = site.build()
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics)")
        let pages = BrandTests.pages(site)
        #expect(pages.count > 10)
        for (path, html) in pages {
            let up = String(repeating: "../", count: path.split(separator: "/").count - 1)
            #expect(html.contains("<a class=\"site-title\" href=\"\(up)index.html\"><img src=\"\(up)images/logo.svg\" alt=\"Test Institute\"></a>"), "\(path)")
            #expect(html.contains("<li><a href=\"\(up)about/index.html\"\(path == "about/index.html" ? " aria-current=\"page\"" : "")>About us</a></li><li><a href=\"https://institute.example.org/\">Main site</a></li></ul></nav>"), "\(path)")
            #expect(html.contains("<p class=\"site-footer-text\">© Test Institute · <a href=\"\(up)about/index.html\">About</a> · <a href=\"\(up)contact/index.html\">Contact</a></p>"), "\(path)")
            #expect(html.contains("<link rel=\"stylesheet\" href=\"\(up)assets/parley.css\">\n<link rel=\"stylesheet\" href=\"\(up)css/site.css\">\n<link rel=\"icon\" href=\"\(up)images/icon.svg\">"), "\(path)")
        }
        #expect(try site.read("images/logo.svg") == BrandTests.svg)
        #expect(try site.read("css/site.css").contains("font-weight: 600"))
    }

    @Test("the accent colours links, buttons and figure numbers, with a dark shade that reaches 4.5:1")
    func accent() throws {
        let site = try SiteFixture(BrandTests.branded)
        defer { site.remove() }
        _ = site.build()
        let css = try site.read("assets/parley.css")
        #expect(css.contains(":root { --link: #0b6e4f; --accent: #0b6e4f; --focus: #0b6e4f; }"))
        let dark = try #require(css.range(of: "@media (prefers-color-scheme: dark) {\n  :root { --link: #")
            .map { String(css[$0.upperBound...].prefix(6)) })
        #expect(dark != "0b6e4f")
        #expect(try site.read("404.html").contains("--accent: #0b6e4f;"))
        #expect(try site.read("404.html").contains("<img src=\"https://example.org/test/images/logo.svg\" alt=\"Test Institute\">"))
    }

    @Test("a stand-alone page is built with the site's frame, breadcrumbs, in the sitemap and the search index")
    func standalonePage() throws {
        let site = try SiteFixture(BrandTests.branded)
        defer { site.remove() }
        _ = site.build()
        let about = try site.read("about/index.html")
        #expect(about.contains("<title>About us · Test Institute</title>"))
        #expect(about.contains("<meta name=\"description\" content=\"Who we are.\">"))
        #expect(about.contains("<li><a href=\"../index.html\">Interviews</a></li><li aria-current=\"page\">About us</li>"))
        #expect(about.contains("<h1>About us</h1>\n<p class=\"lede\">Who we are.</p>\n</header>\n<h2>Who we are</h2>"))
        #expect(about.contains("<a href=\"../contact/index.html\">contact</a> and <a href=\"../topics/trade/index.html\">trade</a>"))
        #expect(try site.read("contact/index.html").contains("<a href=\"../about/index.html#main\">about</a>"))
        #expect(try site.read("sitemap.xml").contains("<loc>https://example.org/test/about/</loc>"))
        let records = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("search/docs").path)
            .map { try site.read("search/docs/\($0)") }.joined()
        #expect(records.contains(#"{"u":"about/index.html","k":"page","t":"About us","c":"Page","q":"Who we are. · Who we are\n\nSee contact and trade."}"#))
    }

    @Test("headings of an answer are nested under the page's own, on its page and in the transcript")
    func nestedHeadings() throws {
        let site = try SiteFixture(BrandTests.branded)
        defer { site.remove() }
        _ = site.build()
        let question = try site.read("interviews/alpha-2024/q2/index.html")
        #expect(question.contains("<h3>A heading in the answer</h3>"))
        #expect(question.contains("<h4>Deeper</h4>"))
        #expect(question.contains("<a href=\"../../../about/index.html\">about us</a> and <a href=\"../../../contact/index.html\">contact</a>"))
        let interview = try site.read("interviews/alpha-2024/index.html")
        #expect(interview.contains("<h4>A heading in the answer</h4>"))
        #expect(interview.contains("<h5>Deeper</h5>"))
        #expect(!question.contains("<h1>A heading") && !interview.contains("<h3>Deeper"))
    }

    @Test("the BibTeX block can be reached by keyboard and code blocks wrap")
    func scrollableBlocks() throws {
        let site = try SiteFixture(BrandTests.branded)
        defer { site.remove() }
        _ = site.build()
        #expect(try site.read("interviews/alpha-2024/q1/index.html")
            .contains("<pre class=\"bibtex\" tabindex=\"0\" role=\"region\" aria-label=\"BibTeX entry\">"))
        #expect(try site.read("assets/parley.css").contains("main pre { white-space: pre-wrap; overflow-wrap: anywhere;"))
    }

    @Test("a site without brand keys has Parley's own header, footer and colours")
    func unbranded() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        _ = site.build()
        let home = try site.read("index.html")
        #expect(home.contains("<a class=\"site-title\" href=\"index.html\">Test Institute</a>"))
        #expect(!home.contains("site-footer-text") && !home.contains("rel=\"icon\""))
        #expect(!(try site.read("assets/parley.css")).contains("site.yml"))
    }
}
