import Foundation
import ParleyBuild
import ParleyImport
import Testing

/// The first real transcript, imported into a new site, compared with its source.
@Suite("Importing the seed transcript")
struct SeedImportTests {
    /// The seed's own questions and answer paragraphs, read straight from its
    /// QUESTION / ANSWER lines, to compare the import with.
    struct SourceQuestion {
        var question: String
        var answer: [String] = []
    }

    static func sourceQuestions() throws -> [SourceQuestion] {
        let lines = try String(contentsOf: ImportSite.seed, encoding: .utf8).components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var questions: [SourceQuestion] = []
        var inAnswer = false
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("QUESTION") {
                let asked = lines[index + 1]
                questions.append(SourceQuestion(question: String(asked.drop { $0.isNumber }.dropFirst().drop { $0 == " " })))
                inAnswer = false
            } else if line == "ANSWER" {
                inAnswer = true
            } else if inAnswer {
                questions[questions.count - 1].answer.append(line)
            }
        }
        return questions
    }

    @Test("writes the interview and its seven questions, every paragraph word for word")
    func wordForWord() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write("seed.txt", try Data(contentsOf: ImportSite.seed))
        let report = try site.imported("seed.txt")
        #expect(report.id == "norov-2020")
        let source = try Self.sourceQuestions()
        #expect(source.count == 7)
        #expect(report.files.map(\.path) == ["Content/interviews/norov-2020/index.md"]
            + (1...7).map { "Content/interviews/norov-2020/q\($0).md" })
        for (offset, expected) in source.enumerated() {
            let file = try QuestionFile(site.read("Content/interviews/norov-2020/q\(offset + 1).md"))
            #expect(file["number"] == "\(offset + 1)")
            #expect(file["question"] == expected.question)
            #expect(file.paragraphs == expected.answer, "q\(offset + 1)")
        }
        #expect(source.map(\.answer.count).reduce(0, +) == 136)
    }

    @Test("fills in the interview's date, names, roles, publisher and overview, as a draft")
    func facts() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write("seed.txt", try Data(contentsOf: ImportSite.seed))
        _ = try site.imported("seed.txt")
        let index = try QuestionFile(site.read("Content/interviews/norov-2020/index.md"))
        #expect(index["date"].map { $0.hasPrefix("2020-07-20") } == true)
        #expect(index["interviewee"] == "Vladimir Norov")
        #expect(index["interviewee_role"] == "Secretary-General of Shanghai Cooperation Organization")
        #expect(index["interviewer"] == "Lt Col Khalid Taimur Akram (Retd)")
        #expect(index["interviewer_role"] == "Executive Director, CGSS")
        #expect(index["publisher"] == "Center for Global & Strategic Studies, (CGSS), Islamabad")
        #expect(index["draft"] == "true")
        #expect(index.paragraphs.count == 1)
        #expect(index.paragraphs.first?.hasPrefix("On 20th July 2020, Center for Global") == true)
    }

    @Test("builds with --drafts, every answer paragraph on its question page")
    func builds() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write("seed.txt", try Data(contentsOf: ImportSite.seed))
        _ = try site.imported("seed.txt")
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.description))")
        for (offset, expected) in try Self.sourceQuestions().enumerated() {
            let page = try PageText.of(html: site.read("Public/interviews/norov-2020/q\(offset + 1)/index.html"))
            #expect(page.contains(PageText.of(markdown: expected.question)), "q\(offset + 1)'s question")
            for paragraph in expected.answer {
                #expect(page.contains(PageText.of(markdown: paragraph)), "q\(offset + 1): \(paragraph.prefix(60))")
            }
        }
        #expect(FileManager.default.fileExists(atPath: site.url("Public/interviews/norov-2020/index.html").path))
        #expect(site.build(drafts: false).succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.url("Public/interviews/norov-2020/index.html").path),
                "a draft is left out of a build without --drafts")
    }

    @Test("suggests the bold numbers as figures, with file, line and the parley new figure command")
    func figures() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write("seed.txt", try Data(contentsOf: ImportSite.seed))
        let report = try site.imported("seed.txt") { $0.dryRun = true }
        let crimes = try #require(report.figures.first { $0.text == "288 terrorist crimes" })
        #expect(crimes.bold)
        #expect(crimes.file == "Content/interviews/norov-2020/q2.md")
        #expect(crimes.command == "parley new figure terrorist-crimes")
        let text = report.files.first { $0.path == crimes.file }?.text ?? ""
        #expect(text.components(separatedBy: "\n")[crimes.line - 1].contains("**288 terrorist crimes**"))
        #expect(!report.figures.contains { $0.text.contains("to further expand") })
        #expect(report.figures.contains { $0.text == "6 trillion US dollars" })
        #expect(report.checks.filter { $0.contains("ends with a comma") }.map { String($0.prefix(22)) } == ["q1.md, paragraph 36 en"])
    }
}
