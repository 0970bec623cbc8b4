import Foundation
import ParleyBuild
@testable import Templates
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Search, permalinks, citations, sharing metadata, figure data and the feed.
@Suite("Readers' features")
struct ReadersFeaturesTests {
    let site: SiteFixture

    init() throws {
        site = try SiteFixture()
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
    }

    /// The JSON of a `<script type="application/ld+json">`.
    func jsonLD(_ path: String) throws -> [String: Any] {
        let page = try site.read(path)
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8))
        return try #require(json as? [String: Any])
    }

    @Test("The search index holds every page, answers split into anchored blocks")
    func searchIndex() throws {
        defer { site.remove() }
        let index = SearchIndexReader(site: site)
        let meta = try index.meta()
        #expect(meta["documents"] as? Int == 7)
        #expect(meta["stem"] as? Bool == true)
        let records = try (0..<7).map { try index.record($0) }
        #expect(records.map { $0["u"] as? String } == [
            "interviews/alpha-2024/index.html", "interviews/alpha-2024/q1/index.html", "interviews/alpha-2024/q2/index.html",
            "topics/security/index.html", "topics/trade/index.html",
            "figures/exports/index.html", "figures/ports/index.html",
        ])
        #expect(records.map { $0["k"] as? String } == ["interview", "question", "question", "topic", "topic", "figure", "figure"])
        #expect(records[1]["b"] as? [String] == [
            "Exports grew to 12 billion last year.",
            "Security matters too, see security and [code](figure:nowhere).",
            "a list item citing 3 ports",
        ])
    }

    @Test("The inverted index holds stemmed terms, each with its documents and scores, title above answer")
    func invertedIndex() throws {
        defer { site.remove() }
        let index = SearchIndexReader(site: site)
        // "Exports" (q1's answer, the question, the figure's label) and "export": one term.
        let exports = try #require(try index.postings("export"))
        let numbers = SearchPostings.numbers(exports)
        var document = -1
        var scores: [Int: Int] = [:]
        for pair in stride(from: 0, to: numbers.count, by: 2) {
            document += numbers[pair]
            scores[document] = numbers[pair + 1]
        }
        #expect(scores.keys.sorted() == [1, 5])
        // The figure has the word in its title, the question only in its question and answer.
        #expect(scores[5]! > scores[1]!)
        // Stop words and words that are not there are not indexed.
        #expect(try index.postings("the") == nil)
        #expect(try index.postings("exports") == nil)
        #expect(try index.postings("secur") != nil)
    }

    @Test("The search page loads its script, with a live region for the count and a sentence without JavaScript")
    func searchPage() throws {
        defer { site.remove() }
        let page = try site.read("search/index.html")
        #expect(page.contains("<script src=\"../assets/search.js\"></script>"))
        #expect(page.contains("role=\"status\" aria-live=\"polite\""))
        #expect(page.contains("<label for=\"search-input\">"))
        #expect(page.contains("<noscript><p class=\"none\">Search needs JavaScript."))
        let script = try site.read("assets/search.js")
        #expect(script.utf8.count < 30_000)
        #expect(!script.contains("fetch("))
        #expect(!script.contains("innerHTML"))
        #expect(!script.contains("insertAdjacentHTML"))
    }

    @Test("Every answer block links to its own anchor")
    func permalinks() throws {
        defer { site.remove() }
        let page = try site.read("interviews/alpha-2024/q1/index.html")
        for block in 1...3 {
            #expect(page.contains("<div class=\"block\" id=\"p\(block)\">"))
            #expect(page.contains("<a class=\"permalink\" href=\"#p\(block)\" aria-label=\"Link to paragraph \(block)\">¶</a></div>"))
        }
        let interview = try site.read("interviews/alpha-2024/index.html")
        #expect(interview.contains("<a class=\"permalink\" href=\"#q1-p2\""))
    }

    @Test("Interview and question pages carry Chicago, APA and BibTeX citations")
    func citations() throws {
        defer { site.remove() }
        let question = try site.read("interviews/alpha-2024/q1/index.html")
        #expect(question.contains("Alpha, Ada. “Trade.” In “Interview of Ada Alpha,” interview by Bo Beta. Test Institute for Studies, March 5, 2024. https://example.org/test/interviews/alpha-2024/q1/."))
        #expect(question.contains("Alpha, A. (2024, March 5). Trade. In <i>Interview of Ada Alpha</i> [Interview by Bo Beta]. Test Institute for Studies. https://example.org/test/interviews/alpha-2024/q1/"))
        // The BibTeX entry downloads from the page itself, as a data: URL.
        let prefix = "<a href=\"data:application/x-bibtex;charset=utf-8,"
        let link = try #require(question.range(of: prefix))
        let encoded = question[link.upperBound...].prefix { $0 != "\"" }
        #expect(question[link.upperBound...].dropFirst(encoded.count).hasPrefix("\" download=\"alpha2024q1.bib\">Download alpha2024q1.bib</a>"))
        #expect(String(encoded).removingPercentEncoding == """
            @misc{alpha2024q1,
              author = {Alpha, Ada},
              title = {Trade},
              booktitle = {Interview of Ada Alpha},
              howpublished = {Interview by Bo Beta},
              organization = {Test Institute for Studies},
              year = {2024},
              month = mar,
              day = {5},
              url = {https://example.org/test/interviews/alpha-2024/q1/},
            }

            """)
        let interview = try site.read("interviews/alpha-2024/index.html")
        #expect(interview.contains("Alpha, Ada. “Interview of Ada Alpha.” Interview by Bo Beta. Test Institute for Studies, March 5, 2024. https://example.org/test/interviews/alpha-2024/."))
    }

    @Test("Every page has a description, Open Graph and Twitter tags, and JSON-LD of its kind",
          arguments: [
            ("index.html", "WebSite"), ("interviews/alpha-2024/index.html", "Article"),
            ("interviews/alpha-2024/q1/index.html", "Question"), ("topics/index.html", "CollectionPage"),
            ("topics/trade/index.html", "CollectionPage"), ("figures/index.html", "CollectionPage"),
            ("figures/exports/index.html", "WebPage"), ("search/index.html", "SearchResultsPage"),
          ])
    func sharing(_ path: String, _ type: String) throws {
        defer { site.remove() }
        let page = try site.read(path)
        for tag in ["<meta name=\"description\" content=\"", "<link rel=\"canonical\" href=\"https://example.org/test/",
                    "<meta property=\"og:title\"", "<meta property=\"og:url\" content=\"https://example.org/test/",
                    "<meta name=\"twitter:card\" content=\"summary\">"] {
            #expect(page.contains(tag), "\(path): \(tag)")
        }
        let json = try jsonLD(path)
        #expect(json["@context"] as? String == "https://schema.org")
        #expect(json["@type"] as? String == type)
    }

    @Test("A question's JSON-LD has the interviewee's answer, by its place on the page")
    func questionJSONLD() throws {
        defer { site.remove() }
        let json = try jsonLD("interviews/alpha-2024/q2/index.html")
        #expect(json["text"] as? String == "What about security?")
        let answer = try #require(json["acceptedAnswer"] as? [String: Any])
        #expect((answer["author"] as? [String: Any])?["name"] as? String == "Ada Alpha")
        #expect(answer["url"] as? String == "https://example.org/test/interviews/alpha-2024/q2/#answer")
        // The text is the page's, not repeated in the JSON-LD.
        #expect(answer["text"] == nil)
    }

    @Test("figures.csv and figures.json list every figure with the paragraphs citing it")
    func figureData() throws {
        defer { site.remove() }
        #expect(try site.read("figures.csv") == """
            id,value,label,source,period,topics,url,cited_in\r
            exports,12 billion US dollars,exports in a year,Ministry of Trade,2023,trade,https://example.org/test/figures/exports/,https://example.org/test/interviews/alpha-2024/q1/ https://example.org/test/interviews/alpha-2024/q1/#p1\r
            ports,3,new ports,,,,https://example.org/test/figures/ports/,https://example.org/test/interviews/alpha-2024/q1/#p3\r

            """)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try site.read("figures.json").utf8)) as? [String: Any])
        let figures = try #require(json["figures"] as? [[String: Any]])
        #expect(figures.map { $0["id"] as? String } == ["exports", "ports"])
        #expect(figures[1]["cited_in"] as? [String] == ["https://example.org/test/interviews/alpha-2024/q1/#p3"])
        let index = try site.read("figures/index.html")
        #expect(index.contains("href=\"../figures.csv\" download") && index.contains("href=\"../figures.json\" download"))
    }

    @Test("The feed is well-formed Atom with an entry per interview and question, dated from the content")
    func feed() throws {
        defer { site.remove() }
        let feed = try site.read("feed.xml")
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 3)
        #expect(feed.contains("<id>https://example.org/test/interviews/alpha-2024/q2/</id>"))
        #expect(feed.contains("<updated>2024-03-05T00:00:00Z</updated>"))
        #expect(feed.contains("<content type=\"html\" xml:base=\"https://example.org/test/interviews/alpha-2024/q1/\">"))
        #expect(feed.contains("Exports grew to &lt;a href=&quot;../../../figures/exports/index.html&quot;&gt;12 billion&lt;/a&gt;"))
    }
}
