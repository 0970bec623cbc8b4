import Foundation
import ParleyBuild
import ParleySite
import Testing

/// Builds the repository's own Content/ into a temporary folder, as `parley build` would.
@Suite("The seed site, end to end")
struct EndToEndTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let output: URL
    let report: Build.Report

    init() {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("parley e2e \(UUID().uuidString)")
        report = Build.run(.init(root: Self.repository, output: output))
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("builds without errors or warnings")
    func builds() {
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.description) == [])
        try? FileManager.default.removeItem(at: output)
    }

    @Test("writes every page of the content contract")
    func everyPage() throws {
        defer { try? FileManager.default.removeItem(at: output) }
        var expected = ["index.html", "interviews/norov-2020/index.html", "topics/index.html", "figures/index.html",
                        "feed.xml", "sitemap.xml", "404.html", "assets/parley.css"]
        expected += (1...7).map { "interviews/norov-2020/q\($0)/index.html" }
        let content = Self.repository.appendingPathComponent("Content")
        for kind in ["topics", "figures"] {
            let ids = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(kind).path)
                .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
            #expect(ids.count >= (kind == "topics" ? 8 : 12))
            expected += ids.map { "\(kind)/\($0)/index.html" }
        }
        for path in expected {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(path)")
        }
    }

    @Test("every internal link and fragment resolves")
    func linksResolve() throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let files = SiteFixture.snapshot(output).map { OutputFile(path: SitePath($0.key), bytes: $0.value) }
        #expect(files.count > 30)
        #expect(RenderedLinks.check(files).map(\.description) == [])
    }

    @Test("questions and figures link to each other both ways")
    func figuresBothWays() throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let question = try page("interviews/norov-2020/q2/index.html")
        #expect(question.contains("<a href=\"../../../figures/terrorist-crimes/index.html\">288 terrorist crimes</a>"))
        #expect(question.contains("<div class=\"block\" id=\"p19\">"))
        let figure = try page("figures/terrorist-crimes/index.html")
        #expect(figure.contains("<span class=\"figure-value\">288</span>"))
        #expect(figure.contains("href=\"../../interviews/norov-2020/q2/index.html#p19\""))
        #expect(figure.contains("uncovered <strong><a href=\"../../figures/terrorist-crimes/index.html\">288 terrorist crimes</a></strong>"))
    }

    @Test("questions and topics link to each other both ways, with previous and next")
    func topicsBothWays() throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let question = try page("interviews/norov-2020/q2/index.html")
        #expect(question.contains("href=\"../../../topics/afghanistan/index.html\""))
        #expect(question.contains("rel=\"prev\" href=\"../../../interviews/norov-2020/q1/index.html\""))
        #expect(question.contains("rel=\"next\" href=\"../../../interviews/norov-2020/q3/index.html\""))
        let topic = try page("topics/afghanistan/index.html")
        #expect(topic.contains("href=\"../../interviews/norov-2020/q2/index.html\""))
    }

    @Test("the interview page holds the whole transcript, word for word, with its emphasis")
    func transcript() throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let interview = try page("interviews/norov-2020/index.html")
        for question in 1...7 { #expect(interview.contains("id=\"q\(question)\"")) }
        #expect(interview.contains("I often say to myself: there is cooperation - there are problems, no cooperation - no problems."))
        #expect(interview.contains("<strong>to further expand</strong>"))
        #expect(interview.contains("id=\"q2-p19\""))
        #expect(interview.contains("Lt Col Khalid Taimur Akram (Retd)"))
    }

    @Test("canonical links, sitemap and feed use base_url; page links are relative")
    func absoluteOnlyWhereMeant() throws {
        defer { try? FileManager.default.removeItem(at: output) }
        let question = try page("interviews/norov-2020/q3/index.html")
        #expect(question.contains("<link rel=\"canonical\" href=\"https://example.org/cgss/interviews/norov-2020/q3/\">"))
        #expect(!question.contains("href=\"/"))
        let sitemap = try page("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/cgss/figures/gdp-share/</loc>"))
        #expect(!sitemap.contains("404"))
        let feed = try page("feed.xml")
        #expect(feed.contains("<id>https://example.org/cgss/interviews/norov-2020/</id>"))
        #expect(feed.contains("<updated>2020-07-20T00:00:00Z</updated>"))
    }
}
