import ParleyMarkdown
import Testing

@Suite("cmark wrapper")
struct MarkdownDocumentTests {
    @Test("Links come out in document order, with their block and position")
    func links() {
        let document = MarkdownDocument(parsing: "Hello [a *b*](figure:x) and\nsecond [line](topic:y)\n\n- item ![z](photo.jpg)\n")
        #expect(document.blockCount == 2)
        #expect(document.links == [
            .init(destination: "figure:x", line: 1, byteColumn: 7, block: 0, isImage: false),
            .init(destination: "topic:y", line: 2, byteColumn: 8, block: 0, isImage: false),
            .init(destination: "photo.jpg", line: 4, byteColumn: 8, block: 1, isImage: true),
        ])
    }

    @Test("Rewriting links changes their targets and nothing in code")
    func rewriting() {
        let document = MarkdownDocument(parsing: "See [it](figure:x) and `[it](figure:x)`.\n\n    [code](figure:x)\n")
        #expect(document.links.count == 1)
        let html = document.html(linkURLs: ["../figures/x/index.html"])
        #expect(html == """
            <p>See <a href="../figures/x/index.html">it</a> and <code>[it](figure:x)</code>.</p>
            <pre><code>[code](figure:x)
            </code></pre>

            """)
    }

    @Test("Each top-level block gets the markup its anchor asks for")
    func anchors() {
        let document = MarkdownDocument(parsing: "One.\n\n> Two.\n\n- three\n")
        let blocks = document.blocksHTML(linkURLs: []).map { $0! }
        let html = MarkdownDocument.anchored(blocks) { ("<div id=\"p\($0 + 1)\">", "</div>") }
        #expect(html == """
            <div id="p1">
            <p>One.</p>
            </div>
            <div id="p2">
            <blockquote>
            <p>Two.</p>
            </blockquote>
            </div>
            <div id="p3">
            <ul>
            <li>three</li>
            </ul>
            </div>

            """)
        // Another rendering may anchor the same blocks differently.
        #expect(MarkdownDocument.anchored(blocks) { ("<section id=\"q1-p\($0 + 1)\">", "</section>") }
            .hasPrefix("<section id=\"q1-p1\">\n<p>One.</p>\n</section>"))
    }

    @Test("Blocks rendered one by one join into the whole document, whatever they are",
          arguments: [MarkdownDocument.RawHTML.omitted, .passedThrough])
    func blocksJoin(_ rawHTML: MarkdownDocument.RawHTML) {
        let text = """
            # A heading

            A paragraph with a [link](a) and *emphasis*,
            over two lines.

            - a tight
            - list

            1. a loose

            2. list with [another](b)

            > A quote
            >
            > - with a list

            ```swift
            let code = "block"
            ```

                indented code

            <div class="raw">
            html
            </div>

            ***

            Setext heading
            --------------

            [ref]: https://example.org
            Last [ref] and <span>inline html</span>.
            """
        let document = MarkdownDocument(parsing: text)
        let blocks = document.blocksHTML(linkURLs: ["1", "2", "3"], rawHTML: rawHTML)
        #expect(blocks.count == document.blockCount)
        #expect(MarkdownDocument.anchored(blocks.map { $0! }) { _ in ("", "") }
            == document.html(linkURLs: ["1", "2", "3"], rawHTML: rawHTML))
        // Only the blocks asked for.
        let some = document.blocksHTML(linkURLs: ["1", "2", "3"], rawHTML: rawHTML, only: [1, 3])
        #expect(some.indices.filter { some[$0] != nil } == [1, 3])
        #expect(some[1] == blocks[1])
    }

    @Test("Punctuation is smart")
    func smart() {
        let html = MarkdownDocument(parsing: "\"Rules of the game\" -- it's 2019---2020...").html(linkURLs: [])
        #expect(html == "<p>“Rules of the game” – it’s 2019—2020…</p>\n")
    }

    @Test("Raw HTML is omitted unless passed through")
    func rawHTML() {
        let document = MarkdownDocument(parsing: "<script>alert(1)</script>\n\nText <b>bold</b>.\n")
        #expect(document.html(linkURLs: []) == "<!-- raw HTML omitted -->\n<p>Text <!-- raw HTML omitted -->bold<!-- raw HTML omitted -->.</p>\n")
        #expect(document.html(linkURLs: [], rawHTML: .passedThrough) == "<script>alert(1)</script>\n<p>Text <b>bold</b>.</p>\n")
    }

    @Test("A block renders alone, and a paragraph renders inline")
    func parts() {
        let document = MarkdownDocument(parsing: "First [a](x).\n\nSecond **b** [c](y).\n")
        #expect(document.blocksHTML(linkURLs: ["1", "2"])[1] == "<p>Second <strong>b</strong> <a href=\"2\">c</a>.</p>\n")
        #expect(!document.isInline)
        let inline = MarkdownDocument(parsing: "How did [exports](figure:e) *grow*?")
        #expect(inline.isInline)
        #expect(inline.inlineHTML(linkURLs: ["e.html"]) == "How did <a href=\"e.html\">exports</a> <em>grow</em>?")
    }

    @Test("Plain text drops the markup")
    func plainText() {
        let document = MarkdownDocument(parsing: "A **bold** [link](x)\nover two lines.\n\n- one\n- two\n")
        #expect(document.plainText == "A bold link over two lines.\n\none two")
    }

    @Test("Link destinations are escaped by cmark when rendered")
    func escapedDestinations() {
        let document = MarkdownDocument(parsing: "[x](a)")
        #expect(document.html(linkURLs: ["a b\"<c>.html"]) == "<p><a href=\"a%20b%22%3Cc%3E.html\">x</a></p>\n")
    }
}
