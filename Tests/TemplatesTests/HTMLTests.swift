import ParleySite
import Templates
import Testing

@Suite("Escaping")
struct HTMLTests {
    @Test("Interpolated text is escaped, interpolated HTML is not")
    func interpolation() {
        let title = "<script>alert('x')</script> & \"more\""
        let bold: HTML = "<b>\(title)</b>"
        let page: HTML = "<h1 title=\"\(title)\">\(bold)</h1>"
        #expect(page.markup == "<h1 title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;\"><b>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;</b></h1>")
    }

    @Test("Escaping leaves every other byte as it was, wherever the bytes to escape are")
    func escapeAround() {
        #expect(HTML.escape("") == "")
        #expect(HTML.escape("Tashkent, Taşkent") == "Tashkent, Taşkent")
        #expect(HTML.escape("<") == "&lt;")
        #expect(HTML.escape("'\"") == "&#39;&quot;")
        #expect(HTML.escape("é&&ü>") == "é&amp;&amp;ü&gt;")
        // A combining mark after a byte to escape stays, after the entity.
        #expect(HTML.escape("a<\u{301}b").unicodeScalars.map(\.value) == Array("a&lt;".unicodeScalars.map(\.value)) + [0x301, 0x62])
        #expect(HTML.escape("“Trade” & “growth”, 5 > 4") == "“Trade” &amp; “growth”, 5 &gt; 4")
    }

    @Test("Only HTML(unescaped:) passes markup through")
    func unescaped() {
        let rendered = HTML(unescaped: "<p>cmark's output</p>")
        #expect(("<div>\(rendered)</div>" as HTML).markup == "<div><p>cmark's output</p></div>")
        #expect(("<div>\(rendered.markup)</div>" as HTML).markup == "<div>&lt;p&gt;cmark&#39;s output&lt;/p&gt;</div>")
    }

    @Test("A literal is the template's own markup; text from run time is escaped")
    func literalAndText() {
        // The literal initialiser takes only a StaticString: this line would not
        // compile if it took a String, so text computed at run time cannot use it.
        let fromSource: (StaticString) -> HTML = HTML.init(stringLiteral:)
        #expect(fromSource("<hr class=\"rule\">").markup == "<hr class=\"rule\">")
        let literal: HTML = "<p>A & B</p>"
        #expect(literal.markup == "<p>A & B</p>")
        let text = ["<p>", "A & B", "</p>"].joined()
        #expect(("\(text)" as HTML).markup == "&lt;p&gt;A &amp; B&lt;/p&gt;")
        #expect(HTML(unescaped: text).markup == "<p>A & B</p>")
    }

    @Test("A script in a front-matter title shows as text on every page")
    func titleInPages() {
        let settings = SiteSettings(title: "<script>x()</script>", baseURL: "https://example.org")
        let day = Day(iso: "2024-01-02")!
        let question = Question(interviewID: "i", id: "q1", number: 1, title: "<img src=x onerror=alert(1)>")
        let interview = Interview(id: "i", title: "\"><script>y()</script>", date: day, interviewee: "A</title>",
                                  interviewer: "B", questions: [question])
        let site = Site(settings: settings, interviews: [interview])
        let pages = [HomePage.render(HomePage.Input(site)), InterviewPage.render(InterviewPage.Input(interview, in: site)),
                     QuestionPage.render(QuestionPage.Input(question, of: interview, in: site)),
                     Feed.render(Feed.Input(site)), NotFoundPage.render(site)]
        for page in pages {
            #expect(!page.markup.contains("<script>"))
            #expect(!page.markup.contains("<img"))
            #expect(!page.markup.contains("A</title>"))
            #expect(page.markup.contains("&lt;script&gt;"))
        }
    }
}

@Suite("Site paths")
struct SitePathTests {
    @Test("Links between pages are relative and end in index.html",
          arguments: [
            (SitePath.home, SitePath.page("topics", "trade"), nil, "topics/trade/index.html"),
            (SitePath.page("interviews", "a", "q1"), SitePath.page("figures", "x"), "p2", "../../../figures/x/index.html#p2"),
            (SitePath.page("figures", "x"), SitePath.home, nil, "../../index.html"),
            (SitePath.page("interviews", "a", "q1"), SitePath.page("interviews", "a", "q1"), "p3", "#p3"),
          ] as [(SitePath, SitePath, String?, String)])
    func relative(_ from: SitePath, _ to: SitePath, _ fragment: String?, _ expected: String) {
        #expect(from.link(to: to, fragment: fragment) == expected)
    }

    @Test("Absolute URLs drop index.html")
    func absolute() {
        let settings = SiteSettings(title: "T", baseURL: "https://example.org/interviews")
        #expect(settings.absoluteURL(.page("topics", "trade")) == "https://example.org/interviews/topics/trade/")
        #expect(settings.absoluteURL(.home) == "https://example.org/interviews/")
        #expect(settings.absoluteURL(SitePath("feed.xml")) == "https://example.org/interviews/feed.xml")
    }
}

@Suite("JSON")
struct JSONValueTests {
    @Test("Strings are escaped for JSON and for a script element")
    func escaping() {
        let value: JSONValue = .object([("a", .string("</script><b>&\"\\\n\t\u{1}\u{2028}é")), ("n", .number(3)), ("t", .bool(true)), ("z", .null)])
        #expect(value.serialized == #"{"a":"\u003c/script\u003e\u003cb\u003e\u0026\"\\\n\t\u0001\u2028é","n":3,"t":true,"z":null}"#)
    }

    @Test("Keys keep their order and lists their items")
    func order() {
        let value: JSONValue = .object([("z", ["x", "y"]), ("a", .array([]))])
        #expect(value.serialized == #"{"z":["x","y"],"a":[]}"#)
    }
}
