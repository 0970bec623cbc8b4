import Foundation
import ParleyImport
import Testing
import ZIPFoundation

/// Word transcripts: paragraphs, emphasis, links, lists and headings read as Markdown.
@Suite("Importing a Word document")
struct WordImportTests {
    @Test("reads Q/A paragraphs with bold and italic runs, a hyperlink and a list, and builds")
    func reads() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try WordFixture.write([
            WordFixture.paragraph(WordFixture.run("Interview with Ada Alpha"), style: "Title"),
            WordFixture.paragraph(WordFixture.run("Interviewed by Bo Beta, Editor")),
            WordFixture.paragraph(WordFixture.run("5 March 2024")),
            WordFixture.paragraph(WordFixture.run("Q: ", bold: true), WordFixture.run("What is "), WordFixture.run("the plan", italic: true), WordFixture.run("?")),
            WordFixture.paragraph(WordFixture.run("A: We will build "), WordFixture.run("three", bold: true), WordFixture.run(" "), WordFixture.run("new ports", bold: true), WordFixture.run(" by 2030.")),
            WordFixture.paragraph(#"<w:hyperlink r:id="rId7">"#, WordFixture.run("Our report"), "</w:hyperlink>", WordFixture.run(" says so; costs are 5_000 * 2 [sic].")),
            WordFixture.paragraph(WordFixture.run("first item"), list: true),
            WordFixture.paragraph(WordFixture.run("second item"), list: true),
        ], links: ["rId7": "https://example.org/report"], to: site.url("talk.docx"))
        let report = try site.imported("talk.docx")
        #expect(report.id == "alpha-2024")
        let index = try QuestionFile(site.read("Content/interviews/alpha-2024/index.md"))
        #expect(index["title"] == "Interview with Ada Alpha")
        #expect(index["interviewer"] == "Bo Beta")
        #expect(index["interviewer_role"] == "Editor")
        let question = try QuestionFile(site.read("Content/interviews/alpha-2024/q1.md"))
        #expect(question["question"] == "What is *the plan*?")
        #expect(question.paragraphs == [
            "We will build **three** **new ports** by 2030.",
            "[Our report](https://example.org/report) says so; costs are 5\\_000 \\* 2 \\[sic\\].",
            "- first item\n- second item",
        ])
        let build = site.build()
        #expect(build.succeeded, "\(build.diagnostics.map(\.description))")
        let page = try site.read("Public/interviews/alpha-2024/q1/index.html")
        #expect(page.contains("<strong>new ports</strong>"))
        #expect(page.contains(#"href="https://example.org/report""#))
    }

    @Test("reads question headings from Word heading styles")
    func headings() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try WordFixture.write([
            WordFixture.paragraph(WordFixture.run("Ada Alpha on ports"), style: "Title"),
            WordFixture.paragraph(WordFixture.run("What does a port cost?"), style: "Heading2"),
            WordFixture.paragraph(WordFixture.run("A great deal.")),
            WordFixture.paragraph(WordFixture.run("Who pays?"), style: "Heading2"),
            WordFixture.paragraph(WordFixture.run("We all do.")),
        ], to: site.url("ports.docx"))
        let report = try site.imported("ports.docx") { $0.interviewee = "Ada Alpha"; $0.date = "2024-03-05" }
        #expect(report.files.count == 3)
        let second = try QuestionFile(site.read("Content/interviews/alpha-2024/q2.md"))
        #expect(second["question"] == "Who pays?")
        #expect(second.paragraphs == ["We all do."])
    }
}
