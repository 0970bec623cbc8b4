import Foundation
import ParleyBuild
import Testing

/// Each kind of content error, with its exact message and position.
@Suite("Content errors")
struct ContentErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var changes: [String: String?]
        var expected: [String]
        var testDescription: String { name }
    }

    static let q1 = "Content/interviews/alpha-2024/q1.md"
    static let q2 = "Content/interviews/alpha-2024/q2.md"
    static let index = "Content/interviews/alpha-2024/index.md"

    static func question(_ front: String, body: String = "An answer.") -> String {
        "---\n\(front)\n---\n\n\(body)\n"
    }

    static let cases: [Case] = [
        Case(name: "an unknown key, with the nearest known key",
             changes: [q2: question("number: 2\ntitel: Security\nquestion: What?")],
             expected: [
                "\(q2):3:1: error: unknown key 'titel' in a question. Did you mean 'title'? The keys are 'number', 'title', 'question', 'topics'.",
                "\(q2):1:1: error: missing required key 'title' in a question; add a line 'title: …' to the front matter, between the two '---' lines",
             ]),
        Case(name: "a missing required key",
             changes: [q2: question("number: 2\ntitle: Security")],
             expected: ["\(q2):1:1: error: missing required key 'question' in a question; add a line 'question: …' to the front matter, between the two '---' lines"]),
        Case(name: "a wrong type",
             changes: [q2: question("number: two\ntitle: Security\nquestion: What?")],
             expected: ["\(q2):2:9: error: 'number' must be a whole number written in digits: write 'number: 2', not 'two'"]),
        Case(name: "a list where text belongs",
             changes: [q2: question("number: 2\ntitle:\n  - Security\nquestion: What?")],
             expected: ["\(q2):4:3: error: 'title' must be text, not a list: write the text on the line of 'title:', after it"]),
        Case(name: "a day that does not exist",
             changes: [index: "---\ntitle: T\ndate: 2024-02-30\ninterviewee: A\ninterviewer: B\n---\n"],
             expected: ["\(index):3:7: error: 'date' is 2024-02-30, a day that does not exist: check the month and the day, written YYYY-MM-DD"]),
        Case(name: "a date in another format",
             changes: [index: "---\ntitle: T\ndate: 5 March 2024\ninterviewee: A\ninterviewer: B\n---\n"],
             expected: ["\(index):3:7: error: 'date' must be written YYYY-MM-DD (year, month, day): write 'date: 2024-03-05' for 5 March 2024, not '5 March 2024'"]),
        Case(name: "a bad id",
             changes: ["Content/topics/Trade Policy.md": "---\ntitle: Trade policy\n---\n"],
             expected: [
                "Content/topics/Trade Policy.md:1:1: error: 'Trade Policy' is not a valid topic id: ids are lower-case letters, digits and '-'; rename it, e.g. 'trade-policy'",
             ]),
        Case(name: "a duplicate question number",
             changes: [q2: question("number: 1\ntitle: Security\nquestion: What?")],
             expected: ["\(q2):2:9: error: question number 1 is already used by q1.md in this interview; give each question its own number"]),
        Case(name: "an unknown topic in front matter",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?\ntopics:\n  - securty")],
             expected: ["\(q2):6:5: error: unknown topic 'securty'. Did you mean 'security'? Each topic is a file Content/topics/<id>.md: correct the id, or create the file"]),
        Case(name: "an unknown figure link",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?", body: "It grew by [12](figure:export).")],
             expected: ["\(q2):7:12: error: unknown figure 'export'. Did you mean 'exports'? Each figure is a file Content/figures/<id>.md: correct the id, or create the file"]),
        // Columns count characters: "Il a crû – de" is 13 characters in 16 bytes.
        Case(name: "an unknown figure link after accents and dashes",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?", body: "Il a crû – de [12](figure:export).")],
             expected: ["\(q2):7:15: error: unknown figure 'export'. Did you mean 'exports'? Each figure is a file Content/figures/<id>.md: correct the id, or create the file"]),
        // A decomposed é (two scalars) and a family emoji (five) are one character each.
        Case(name: "an unknown figure link after combining marks and emoji",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?", body: "Cafe\u{301} 👩‍👩‍👧 [12](figure:export).")],
             expected: ["\(q2):7:8: error: unknown figure 'export'. Did you mean 'exports'? Each figure is a file Content/figures/<id>.md: correct the id, or create the file"]),
        Case(name: "an unknown interview link",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?", body: "See [it](interview:alpha-2023).")],
             expected: ["\(q2):7:5: error: unknown interview 'alpha-2023'. Did you mean 'alpha-2024'? Each interview is a folder Content/interviews/<id>/ with an index.md"]),
        Case(name: "an unknown question link",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?", body: "See [it](question:alpha-2024/q3).")],
             expected: ["\(q2):7:5: error: the interview 'alpha-2024' has no question 'q3'. Did you mean 'q1'? A question's id is its file name without .md"]),
        Case(name: "a link in the question as asked",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: \"And [this](topic:nowhere)?\"")],
             expected: ["\(q2):4:16: error: unknown topic 'nowhere'. Each topic is a file Content/topics/<id>.md: correct the id, or create the file"]),
        Case(name: "a .md link that leads nowhere",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?", body: "See [it](q9.md).")],
             expected: ["\(q2):7:5: error: the link 'q9.md' leads nowhere: there is no Content/interviews/alpha-2024/q9.md. Did you mean 'q1.md'?"]),
        Case(name: "a fragment that leads nowhere",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?", body: "See [it](q1.md#p9).")],
             expected: ["\(q2):7:5: error: there is no '#p9' on interviews/alpha-2024/q1/; its answer has 3 blocks, #p1 to #p3; correct or remove the '#p9' of the link"]),
        Case(name: "a misspelt link scheme",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?", body: "See [it](figures:exports).")],
             expected: ["\(q2):7:5: error: unknown link scheme 'figures:'. Did you mean 'figure:'? Pages are linked as figure:, topic:, interview:, question: or page:"]),
        Case(name: "a javascript: link",
             changes: [q2: question("number: 2\ntitle: Security\nquestion: What?", body: "[Click](javascript:alert(1))")],
             expected: ["\(q2):7:1: error: javascript: links are not allowed: they run code in the reader's browser or break once published; link to a page or an https:// address"]),
        Case(name: "a file without front matter",
             changes: ["Content/topics/security.md": "Security\n"],
             expected: [
                "Content/topics/security.md:1:1: error: the file must start with front matter: add a line '---', the keys, and another line '---' at its top",
             ]),
        Case(name: "front matter that is not closed",
             changes: ["Content/topics/security.md": "---\ntitle: Security\n"],
             expected: ["Content/topics/security.md:1:1: error: the front matter is not closed: add a line '---' after its last key"]),
        Case(name: "YAML that does not parse",
             changes: ["Content/topics/security.md": "---\ntitle: [Security\n---\n"],
             expected: [
                "Content/topics/security.md:2:8: error: the value of 'title' opens a list with '[' that is never closed: add the closing ']' (such as [first-id, second-id]), or put the value in quotes if the '[' is part of its text",
             ]),
        Case(name: "a question outside any interview",
             changes: ["Content/interviews/q3.md": question("number: 3\ntitle: Lost\nquestion: Where?")],
             expected: ["Content/interviews/q3.md:1:1: error: a question must be inside an interview's folder: move it to Content/interviews/<interview-id>/q3.md"]),
        Case(name: "a site.yml without base_url",
             changes: ["Content/site.yml": "title: Test Institute\nbase_url: example.org\n"],
             expected: ["Content/site.yml:2:11: error: 'base_url' must be an absolute http or https URL: write the full address where the site is published, such as https://example.org/interviews/"]),
    ]

    @Test("is reported with its position", arguments: cases)
    func reported(_ example: Case) throws {
        let site = try SiteFixture(example.changes)
        defer { site.remove() }
        let errors = site.build().errors.map(\.description)
        #expect(Set(errors) == Set(example.expected))
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test("Every error of a build is reported in one run, sorted by file and position")
    func allTogether() throws {
        let site = try SiteFixture([
            Self.q2: Self.question("number: 2\ntitle: Security\nquestion: What?\ntopics: [nowhere]",
                                   body: "See [a](figure:none) and [b](q1.md#p7)."),
            "Content/figures/ports.md": "---\nvalue: 3\nlabl: new ports\n---\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.map(\.description) == [
            "Content/figures/ports.md:1:1: error: missing required key 'label' in a figure; add a line 'label: …' to the front matter, between the two '---' lines",
            "Content/figures/ports.md:3:1: error: unknown key 'labl' in a figure. Did you mean 'label'? The keys are 'value', 'label', 'source', 'period', 'topics'.",
            "\(Self.q2):5:10: error: unknown topic 'nowhere'. Each topic is a file Content/topics/<id>.md: correct the id, or create the file",
            "\(Self.q2):8:5: error: unknown figure 'none'. Each figure is a file Content/figures/<id>.md: correct the id, or create the file",
            "\(Self.q2):8:26: error: there is no '#p7' on interviews/alpha-2024/q1/; its answer has 3 blocks, #p1 to #p3; correct or remove the '#p7' of the link",
        ])
    }

    @Test("A link to a file that failed to load is not reported twice")
    func noCascade() throws {
        let site = try SiteFixture(["Content/figures/exports.md": "---\nvalue: 12\n---\n"])
        defer { site.remove() }
        #expect(site.build().errors.map(\.description) == [
            "Content/figures/exports.md:1:1: error: missing required key 'label' in a figure; add a line 'label: …' to the front matter, between the two '---' lines",
        ])
    }

    @Test("Links inside code spans and code blocks are not links")
    func codeIsNotChecked() throws {
        let site = try SiteFixture([
            Self.q2: Self.question("number: 2\ntitle: Security\nquestion: What?",
                                   body: "Write `[x](figure:nowhere)`.\n\n    [y](topic:nowhere)\n"),
        ])
        defer { site.remove() }
        #expect(site.build().errors.isEmpty)
    }

    @Test("Warnings are printed and do not fail the build")
    func warnings() throws {
        let site = try SiteFixture([
            "Content/figures/unused.md": "---\nvalue: \"7\"\nlabel: things nobody cites\n---\n",
            "Content/topics/empty.md": "---\ntitle: Empty\n---\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.warnings.map(\.description) == [
            "Content/figures/unused.md:1:1: warning: no answer cites the figure 'unused'; link to it where an answer states it: [7](figure:unused)",
            "Content/topics/empty.md:1:1: warning: no question is on the topic 'empty'; add it to a question's 'topics', or link to it with [text](topic:empty)",
        ])
    }
}
