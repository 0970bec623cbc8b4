@testable import ParleyBuild
import ParleyMarkdown
import ParleySite
import Testing

/// The pieces of link checking that a build does without listing every anchor.
@Suite("Link checking")
struct LinkCheckTests {
    @Test("A page's described anchors hold exactly the fragments they list")
    func anchors() {
        let page = PageAnchors(sections: Interview.sectionAnchors, blocks: 3,
                               transcript: ["q1": 2, "q-p1": 1, "intro": 12])
        let listed = page.all
        #expect(listed.contains("q-p1-p1") && listed.contains("intro-p12") && listed.contains("p3"))
        let tried = listed.union(["p0", "p4", "p01", "p+1", "p", "q1-p3", "q1-p0", "q1-p02", "q-p2", "q-p1-p2",
                                  "intro-p", "intro-p13", "nowhere", "nowhere-p1", "-p1", "Q1", "main-p1"])
        for fragment in tried {
            #expect(page.contains(fragment) == listed.contains(fragment), "\(fragment)")
        }
    }

    @Test("Every link form leads where the loader renders it, from its own page or a content file")
    func expectedTargets() {
        func target(_ destination: String, file: String = "Content/interviews/alpha-2024/q1.md") -> LinkTarget {
            let link = MarkdownDocument.Link(destination: destination, line: 1, byteColumn: 1, block: 0, isImage: false)
            return Linker.expected(link, file: file, page: Question.path("alpha-2024", "q1")).target
        }
        #expect(target("figure:exports#main") == .page(Figure.path("exports"), fragment: "main"))
        #expect(target("question:beta-2023/q4") == .page(Question.path("beta-2023", "q4"), fragment: nil))
        #expect(target("q2.md#p3") == .page(Question.path("alpha-2024", "q2"), fragment: "p3"))
        #expect(target("index.md") == .page(Interview.path("alpha-2024"), fragment: nil))
        #expect(target("../../topics/trade.md") == .page(Topic.path("trade"), fragment: nil))
        #expect(target("../../figures/a%20b.md") == .page(Figure.path("a b"), fragment: nil))
        #expect(target("#p2") == .page(Question.path("alpha-2024", "q1"), fragment: "p2"))
        #expect(target("../../images/map.png") == .asset(SitePath("images/map.png"), fragment: nil))
        #expect(target("https://example.org/x?y#z") == .external("https://example.org/x?y#z"))
        #expect(target("//example.org/x") == .external("//example.org/x"))
        #expect(target("../../notes.md") == .broken)
        #expect(target("/topics/trade.md") == .broken)
        #expect(target("../../../outside.md") == .broken)
    }
}
