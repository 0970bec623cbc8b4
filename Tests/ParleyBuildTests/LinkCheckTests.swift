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

    /// A link written in the first question of `alpha-2024`.
    private func link(_ destination: String, isImage: Bool = false) -> ContentLink {
        ContentLink(destination, isImage: isImage, file: "Content/interviews/alpha-2024/q1.md",
                    page: .question(QuestionReference(interviewID: "alpha-2024", questionID: "q1")))
    }

    @Test("Every link form is read into what it names, from its own page or a content file")
    func linkForms() {
        func target(_ destination: String) -> ContentLink.Target { link(destination).target }
        #expect(target("figure:exports#main") == .page(.figure("exports")))
        #expect(target("Topic:trade") == .page(.topic("trade")))
        #expect(target("question:beta-2023/q4") == .page(.question(QuestionReference(interviewID: "beta-2023", questionID: "q4"))))
        #expect(target("q2.md#p3") == .page(.question(QuestionReference(interviewID: "alpha-2024", questionID: "q2"))))
        #expect(target("index.md") == .page(.interview("alpha-2024")))
        #expect(target("../../topics/trade.md") == .page(.topic("trade")))
        #expect(target("../../figures/a%20b.md") == .page(.figure("a b")))
        #expect(target("#p2") == .page(.question(QuestionReference(interviewID: "alpha-2024", questionID: "q1"))))
        #expect(target("../../images/map.png") == .asset("images/map.png"))
        #expect(target("https://example.org/x?y#z") == .external)
        #expect(target("//example.org/x") == .external)
        #expect(target("../../notes.md") == .otherFile("Content/notes.md"))
        #expect(link("data:image/png;base64,AAAA", isImage: true).target == .external)
        for invalid in ["", "/topics/trade.md", "../../../outside.md", "q2.md?x=1", "question:alpha-2024",
                        "javascript:alert(1)", "data:text/html,x", "figures:exports"] {
            guard case .invalid = target(invalid) else {
                Issue.record("'\(invalid)' should be invalid, is \(target(invalid))")
                continue
            }
        }
    }

    @Test("The URL written into a page comes from the same reading as the target checked")
    func urlsFollowTargets() {
        #expect(link("q2.md#p3").url(fromDepth: 3, written: "q2.md#p3") == "../../../interviews/alpha-2024/q2/index.html#p3")
        #expect(link("#p2").url(fromDepth: 2, written: "#p2") == "../../interviews/alpha-2024/q1/index.html#p2")
        #expect(link("figure:exports").url(fromDepth: 3, written: "figure:exports") == "../../../figures/exports/index.html")
        #expect(link("../../images/map.png").url(fromDepth: 2, written: "../../images/map.png") == "../../images/map.png")
        #expect(link("https://example.org/").url(fromDepth: 3, written: "https://example.org/") == "https://example.org/")
        #expect(link("/topics/trade.md").url(fromDepth: 3, written: "/topics/trade.md") == "/topics/trade.md")
    }

    @Test("A page and the content file it is made from map to each other")
    func pagesAndFiles() {
        let pages: [PageReference] = [.interview("alpha-2024"), .question(QuestionReference(interviewID: "alpha-2024", questionID: "q7")),
                                      .topic("trade"), .figure("exports")]
        for page in pages {
            #expect(PageReference(contentFile: page.contentFile) == page)
        }
        #expect(PageReference(contentFile: "Content/notes.md") == nil)
        #expect(PageReference(contentFile: "Content/interviews/alpha-2024/extra/q1.md") == nil)
    }
}
