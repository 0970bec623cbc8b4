import Foundation
import ParleyBuild
import Testing

/// Drafts are left out of a build, and a build says so.
@Suite("Drafts")
struct DraftReportTests {
    /// The small site, with a draft interview whose only question cites a new figure and is on a new topic.
    static let withDraft: [String: String?] = [
        "Content/interviews/beta-2025/index.md": "---\ntitle: T\ndate: 2025-01-02\ninterviewee: A\ninterviewer: B\ndraft: true\n---\n",
        "Content/interviews/beta-2025/q1.md":
            "---\nnumber: 1\ntitle: Tariffs\nquestion: What?\ntopics: [customs]\n---\n\nThey rose by [5%](figure:tariffs).\n",
        "Content/figures/tariffs.md": "---\nvalue: 5%\nlabel: rise in tariffs\n---\n",
        "Content/topics/customs.md": "---\ntitle: Customs\n---\n",
    ]

    @Test("The build reports the drafts it left out, and how to include them")
    func counted() throws {
        let site = try SiteFixture(Self.withDraft)
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.drafts == ["beta-2025"])
        #expect(DraftNotice.line(report.drafts, command: "parley build")
            == "Left out 1 draft interview ('beta-2025'): run 'parley build --drafts' to include it, "
            + "or set 'draft: false' in Content/interviews/beta-2025/index.md to publish it.")
        #expect(site.build(drafts: true).drafts.isEmpty)
        #expect(DraftNotice.line([], command: "parley build") == nil)
    }

    @Test("A figure or topic used only by a draft is said to be, not unused")
    func usedByDraftsOnly() throws {
        let site = try SiteFixture(Self.withDraft)
        defer { site.remove() }
        #expect(site.build().warnings.map(\.description) == [
            "Content/figures/tariffs.md:1:1: warning: the figure 'tariffs' is cited only by the draft interview 'beta-2025', "
                + "left out of this build as a draft; it is published with it (build with --drafts to see it now)",
            "Content/topics/customs.md:1:1: warning: only the draft interview 'beta-2025' is on the topic 'customs', "
                + "left out of this build as a draft; the topic is published with it (build with --drafts to see it now)",
        ])
        #expect(site.build(drafts: true).warnings.isEmpty)
    }
}
