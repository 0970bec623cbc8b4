import Foundation
import ParleyBuild
@testable import ParleyServe
import Testing

@Suite("parley check makes every check a build makes, and writes nothing")
struct SiteCheckTests {
    @Test("the seed site checks clean, and no folder is written")
    func seedChecksClean() throws {
        let site = try TemporarySite()
        defer { site.delete() }
        let before = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        let report = SiteCheck.run(.init(root: site.root))
        #expect(report.succeeded)
        #expect(report.errors.isEmpty)
        #expect(report.pages > 30)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path) == before)
    }

    @Test("content errors are reported at their file, line and column, as a build reports them")
    func contentErrors() throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try site.replace("Content/topics/afghanistan.md", "title:", with: "titel:")
        let report = SiteCheck.run(.init(root: site.root))
        let build = Build.run(.init(root: site.root, output: site.url("out")))
        #expect(!report.succeeded)
        #expect(report.diagnostics == build.diagnostics)
        #expect(report.errors.map(\.description).contains {
            $0.hasPrefix("Content/topics/afghanistan.md:2:1: error: unknown key 'titel' in a topic.")
        })
    }

    @Test("a link of the rendered pages that leads nowhere is an error at its line in the page")
    func renderedLinks() throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try site.save("Content/site.yml", try site.read("Content/site.yml") + "\nunsafe_html: true\n")
        try site.save("Content/topics/raw-html.md", """
            ---
            title: Raw HTML
            ---

            <p>See <a href="../missing/index.html">this</a>.</p>
            """)
        let report = SiteCheck.run(.init(root: site.root))
        #expect(!report.succeeded)
        let broken = try #require(report.errors.first { $0.file == "topics/raw-html/index.html" })
        #expect(broken.message.contains("'../missing/index.html'"))
        #expect(broken.line > 1)
    }

    @Test("the JSON report holds every diagnostic, with its parts and its terminal line")
    func json() throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try site.replace("Content/topics/afghanistan.md", "title:", with: "titel:")
        let report = SiteCheck.run(.init(root: site.root))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
        #expect(object["errors"] as? Int == report.errors.count)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        // The missing title at the front matter's start, the misspelt key at its own line.
        #expect(diagnostics.map { "\($0["file"] ?? ""):\($0["line"] ?? ""):\($0["column"] ?? "")" }
            == ["Content/topics/afghanistan.md:1:1", "Content/topics/afghanistan.md:2:1"])
        #expect(diagnostics.map { $0["severity"] as? String } == ["error", "error"])
        #expect((diagnostics[1]["text"] as? String)?.hasPrefix("Content/topics/afghanistan.md:2:1: error: unknown key 'titel'") == true)
    }

    @Test("the check names the interviews it left out as drafts")
    func drafts() throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try site.save("Content/interviews/draft-2026/index.md",
                      "---\ntitle: T\ndate: 2026-01-02\ninterviewee: A\ninterviewer: B\ndraft: true\n---\n")
        let report = SiteCheck.run(.init(root: site.root))
        #expect(report.drafts == ["draft-2026"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        #expect(object["drafts"] as? [String] == ["draft-2026"])
        #expect(SiteCheck.run(.init(root: site.root, includeDrafts: true)).drafts.isEmpty)
    }
}
