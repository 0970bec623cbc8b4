import ParleyMarkdown
import Testing

/// Headings of a text set below the heading of the page that shows it.
@Suite("Heading levels")
struct HeadingTests {
    static func headings(_ html: String) -> [String] {
        html.split(separator: "\n").filter { $0.hasPrefix("<h") }.map(String.init)
    }

    @Test("the highest level written goes one below the page's heading, the others in rank")
    func nested() {
        let document = MarkdownDocument(parsing: "# One\n\ntext\n\n### Three\n\n## Two\n\nSetext\n------\n")
        #expect(HeadingTests.headings(document.html(linkURLs: [], headingsBelow: 2))
            == ["<h3>One</h3>", "<h4>Three</h4>", "<h4>Two</h4>", "<h4>Setext</h4>"])
    }

    @Test("no heading goes more than one below the one before it")
    func noSkips() {
        let document = MarkdownDocument(parsing: "### Deep first\n\n# Top\n\n#### Deeper\n")
        #expect(HeadingTests.headings(document.html(linkURLs: [], headingsBelow: 1))
            == ["<h2>Deep first</h2>", "<h2>Top</h2>", "<h3>Deeper</h3>"])
    }

    @Test("levels stop at six")
    func capped() {
        let document = MarkdownDocument(parsing: "# a\n\n## b\n\n### c\n")
        #expect(HeadingTests.headings(document.html(linkURLs: [], headingsBelow: 4)) == ["<h5>a</h5>", "<h6>b</h6>", "<h6>c</h6>"])
    }

    @Test("an empty heading becomes an empty paragraph, keeping the blocks' count")
    func empty() {
        let document = MarkdownDocument(parsing: "#\n\ntext\n\n- #\n")
        #expect(document.blockCount == 3)
        #expect(!document.html(linkURLs: []).contains("<h"))
    }

    @Test("the blocks that hold a heading are known, also inside a quote")
    func headingBlocks() {
        let document = MarkdownDocument(parsing: "text\n\n# h\n\n> # in a quote\n\nmore\n")
        #expect(document.headingBlocks == [1, 2])
        #expect(document.blocksHTML(linkURLs: [], headingsBelow: 3, only: [2])[2] == "<blockquote>\n<h4>in a quote</h4>\n</blockquote>\n")
    }
}
