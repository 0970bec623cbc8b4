import Foundation
import ParleyImport
import Testing

/// Each shape a transcript comes in, recognised from its text, and read word for word.
@Suite("Recognising a transcript's shape")
struct ShapeTests {
    /// Imports `text` as `name` into a new site, builds it with drafts, and
    /// returns the report and the written files read back.
    static func imported(_ name: String, _ text: String,
                         _ configure: (inout TranscriptImport.Options) -> Void = { _ in }) throws
        -> (report: TranscriptImport.Report, files: [QuestionFile]) {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write(name, text)
        let report = try site.imported(name, configure)
        let files = try report.files.map { try QuestionFile(site.read($0.path)) }
        let build = site.build()
        #expect(build.succeeded, "\(build.diagnostics.map(\.description))")
        return (report, files)
    }

    @Test("Q: and A: markers, with the answer's later paragraphs, emphasis kept")
    func qAndA() throws {
        let (report, files) = try Self.imported("talk.txt", """
            Interview with Ada Alpha, Minister of Trade
            Interviewer: Bo Beta
            March 5, 2024

            Q: How did exports grow?

            A: They grew by **12 per cent** last year.

            That was the *fastest* growth in a decade.

            Q: What comes next: "more of the same"?
            A: More ports.
            """)
        #expect(report.id == "alpha-2024")
        #expect(files.count == 3)
        #expect(files[0]["interviewee"] == "Ada Alpha")
        #expect(files[0]["interviewee_role"] == "Minister of Trade")
        #expect(files[0]["interviewer"] == "Bo Beta")
        #expect(files[0]["date"]?.hasPrefix("2024-03-05") == true)
        #expect(files[1]["question"] == "How did exports grow?")
        #expect(files[1].paragraphs == ["They grew by **12 per cent** last year.", "That was the *fastest* growth in a decade."])
        #expect(files[2]["question"] == "What comes next: \"more of the same\"?")
        #expect(files[2].paragraphs == ["More ports."])
        #expect(report.figures.map(\.text) == ["12 per cent"])
    }

    @Test("Q1. and Question 2: labels, bold or not, with their numbers taken off")
    func numberedLabels() throws {
        let (_, files) = try Self.imported("talk.md", """
            **Q1.** What is the plan?

            **A.** To build.

            **Question 2:** When?

            Answer: Soon, in   two    steps.
            """) { $0.interviewee = "Ada Alpha"; $0.date = "2024-03-05" }
        #expect(files.count == 3)
        #expect(files[1]["question"] == "What is the plan?")
        #expect(files[1].paragraphs == ["To build."])
        #expect(files[2]["question"] == "When?")
        #expect(files[2].paragraphs == ["Soon, in two steps."])
    }

    @Test("a Markdown title block: the interviewee in the heading, the interviewer and the date on one line")
    func markdownTitleBlock() throws {
        let (report, files) = try Self.imported("qa.md", """
            # An interview with Li Wei, Chief Economist

            *Conducted by Anna Schmidt, Senior Fellow — 3 March 2024*

            **Question 1: How big is the slowdown?**

            Growth fell to 4.5 per cent, the lowest in years.
            """)
        #expect(report.id == "wei-2024")
        #expect(files[0]["title"] == "An interview with Li Wei, Chief Economist")
        #expect(files[0]["interviewee_role"] == "Chief Economist")
        #expect(files[0]["interviewer"] == "Anna Schmidt")
        #expect(files[0]["interviewer_role"] == "Senior Fellow")
        #expect(files[0]["date"]?.hasPrefix("2024-03-03") == true)
        #expect(files[1]["question"] == "How big is the slowdown?")
    }

    @Test("speaker labels, bold around the question: the one who asks is the interviewer, and unlabelled paragraphs continue the speaker")
    func speakers() throws {
        let (report, files) = try Self.imported("podcast.md", """
            ---
            title: Trade in a Changing World
            date: July 20, 2020
            ---

            **JANE HOST: Welcome. What does trade look like today?**

            ADA GUEST: Busy. Ships are full.

            Prices are up by 20%.

            **JANE HOST:** And tomorrow?

            ADA GUEST: Busier still.

            JANE HOST: Thank you.
            """)
        #expect(report.shape.contains("speaker labels"))
        #expect(files.count == 3)
        #expect(files[0]["title"] == "Trade in a Changing World")
        #expect(files[0]["date"]?.hasPrefix("2020-07-20") == true)
        #expect(files[0]["interviewer"] == "Jane Host")
        #expect(files[0]["interviewee"] == "Ada Guest")
        #expect(files[1]["question"] == "Welcome. What does trade look like today?")
        #expect(files[1].paragraphs == ["Busy. Ships are full.", "Prices are up by 20%."])
        #expect(files[2]["question"] == "And tomorrow?")
        #expect(files[2].paragraphs == ["Busier still."])
        #expect(report.checks.contains { $0.contains("Thank you") && $0.contains("not imported") })
    }

    @Test("speaker labels on lines of their own, after time stamps")
    func labelsAlone() throws {
        let (_, files) = try Self.imported("radio.txt", """
            [00:00:05] HOST:
            Good evening. Why did the talks fail?

            [00:00:09] ADA ALPHA:
            Nobody came prepared.

            [00:01:30] HOST:
            Will they resume?

            [00:01:33] ADA ALPHA:
            In spring.
            """) { $0.date = "2024-03-05" }
        #expect(files.count == 3)
        #expect(files[0]["interviewee"] == "Ada Alpha")
        #expect(files[0]["interviewer"] == "Unknown")
        #expect(files[1]["question"] == "Good evening. Why did the talks fail?")
        #expect(files[1].paragraphs == ["Nobody came prepared."])
        #expect(files[2].paragraphs == ["In spring."])
    }

    @Test("questions in bold paragraphs, each followed by its answer")
    func boldQuestions() throws {
        let (report, files) = try Self.imported("interview.md", """
            Interview with Ada Alpha, 5 March 2024

            **What did the summit achieve?**

            A framework, and a **date** for the next one.

            **Who will host it?**

            We will.
            """)
        #expect(report.shape.contains("bold paragraphs"))
        #expect(report.id == "alpha-2024")
        #expect(files[0]["interviewee_role"] == nil)
        #expect(files.count == 3)
        #expect(files[1]["question"] == "What did the summit achieve?")
        #expect(files[1].paragraphs == ["A framework, and a **date** for the next one."])
        #expect(files[2].paragraphs == ["We will."])
    }

    @Test("question headings with the answer below, section headings above them as topics the site has")
    func headings() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write("Content/topics/trade.md", "---\ntitle: Trade\n---\n")
        try site.write("blog.md", """
            # A Conversation with Ada Alpha

            Published 20th July 2020. Ada Alpha, Minister of Trade, talked to us about ports and prices.

            # Trade

            ## 1. What does it cost?

            More than it did.

            - ships
            - ports

            ## How long will it take?

            Years.

            # Security

            ## Is it safe?

            Mostly.
            """)
        let report = try site.imported("blog.md") { $0.interviewee = "Ada Alpha" }
        let files = try report.files.map { try QuestionFile(site.read($0.path)) }
        #expect(report.id == "alpha-2020")
        #expect(files[0]["title"] == "A Conversation with Ada Alpha")
        #expect(files[0]["date"]?.hasPrefix("2020-07-20") == true)
        #expect(files.count == 4)
        #expect(files[1]["question"] == "What does it cost?")
        #expect(files[1].paragraphs == ["More than it did.", "- ships\n- ports"])
        #expect(files[1].keys["topics"] as? [String] == ["trade"])
        #expect(files[3]["question"] == "Is it safe?")
        #expect(files[3].keys["topics"] == nil)
        #expect(report.checks.contains { $0.contains("parley new topic security") })
        #expect(site.build().succeeded)
    }

    @Test("the seed's title block forms of date, and the other common ones", arguments: [
        ("20th July 2020", "2020-07-20"), ("July 20, 2020", "2020-07-20"), ("2020-07-20", "2020-07-20"),
        ("1 Sept 2021", "2021-09-01"), ("Date: 3rd of March, 2019", "2019-03-03"),
    ])
    func dates(line: String, iso: String) throws {
        let (_, files) = try Self.imported("talk.txt", "Interview with Ada Alpha\n\n\(line)\n\nQ: Why?\n\nA: Because.\n")
        #expect(files[0]["date"]?.hasPrefix(iso) == true)
    }

    @Test("a question holding : and \" and a leading number survives as valid YAML and builds")
    func quoting() throws {
        let (_, files) = try Self.imported("talk.txt", """
            QUESTION 1

            2024: the year of "change" – key: value # not a comment \\ backslash?

            ANSWER

            # Not a heading, and 1. not a list either.

            1. Nor this.
            """) { $0.interviewee = "Ada Alpha"; $0.date = "2024-03-05" }
        #expect(files[1]["question"] == "2024: the year of \"change\" – key: value # not a comment \\ backslash?")
        #expect(files[1].paragraphs == ["\\# Not a heading, and 1. not a list either.", "1\\. Nor this."])
    }
}
