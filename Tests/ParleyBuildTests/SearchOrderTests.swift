import Foundation
import ParleyBuild
import Testing

/// A search document's number is its place in the site's order: the search
/// script finds an interview's questions, and each kind's first document, by it.
@Suite("Search documents in the site's order")
struct SearchOrderTests {
    /// A newer interview whose question files are named against their
    /// numbers, a draft, a topic whose id and title sort apart, and two pages.
    static let changes: [String: String?] = [
        "Content/interviews/beta-2025/index.md": "---\ntitle: Beta\ndate: 2025-01-02\ninterviewee: A\ninterviewer: B\n---\n",
        "Content/interviews/beta-2025/q1.md": "---\nnumber: 2\ntitle: Second\nquestion: Later?\n---\n\nYes.\n",
        "Content/interviews/beta-2025/q2.md": "---\nnumber: 1\ntitle: First\nquestion: Sooner?\n---\n\nNo.\n",
        "Content/interviews/gamma-2026/index.md": "---\ntitle: Gamma\ndate: 2026-01-02\ninterviewee: A\ninterviewer: B\ndraft: true\n---\n",
        "Content/interviews/gamma-2026/q1.md": "---\nnumber: 1\ntitle: Unpublished\nquestion: Draft?\n---\n\nNot yet.\n",
        "Content/topics/aaa.md": "---\ntitle: Zoning\n---\n",
        "Content/pages/contact.md": "---\ntitle: Contact\n---\n\nWrite to us.\n",
        "Content/pages/about.md": "---\ntitle: About us\n---\n\nWho we are.\n",
    ]

    static let order = [
        "interviews/beta-2025/index.html", "interviews/beta-2025/q2/index.html", "interviews/beta-2025/q1/index.html",
        "interviews/alpha-2024/index.html", "interviews/alpha-2024/q1/index.html", "interviews/alpha-2024/q2/index.html",
        "topics/security/index.html", "topics/trade/index.html", "topics/aaa/index.html",
        "figures/exports/index.html", "figures/ports/index.html",
        "about/index.html", "contact/index.html",
    ]

    @Test("Newest interview first, questions by number, topics by title, figures and pages by id; drafts left out",
          arguments: [1, 4])
    func order(threads: Int) throws {
        let site = try SiteFixture(Self.changes)
        defer { site.remove() }
        let report = site.build(threads: threads)
        #expect(report.succeeded, "\(report.diagnostics)")
        let index = SearchIndexReader(site: site)
        let count = try #require(try index.meta()["documents"] as? Int)
        let paths = try (0..<count).map { try index.record($0)["u"] as? String }
        #expect(paths == Self.order)
    }

    @Test("The site lists its interviews, questions, topics, figures and pages in that same order")
    func sameAsTheSite() throws {
        let site = try SiteFixture(Self.changes)
        defer { site.remove() }
        let loaded = SiteLoader.load(root: site.root, threads: 2)
        let linked = try #require(loaded.site)
        var listed = linked.interviews.flatMap { [$0.path.value] + $0.questions.map(\.path.value) }
        listed += linked.topics.map(\.path.value) + linked.figures.map(\.path.value) + linked.pages.map(\.path.value)
        #expect(listed == Self.order)
    }
}
