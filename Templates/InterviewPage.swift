import ParleySite

/// An interview: overview, participants, questions, topics, figures and the full transcript.
public enum InterviewPage {
    /// All the page shows: the interview with its questions, its topics and figures.
    public struct Input: Sendable, Equatable {
        public var context: PageContext
        public var interview: Interview
        public var topics: [TopicLink]
        public var figures: [FigureCard]

        public init(_ interview: Interview, in site: Site) {
            context = PageContext(site: site, path: interview.path)
            self.interview = interview
            topics = TopicLink.list(interview.topicIDs, in: site)
            figures = FigureCard.list(interview.figureIDs, in: site)
        }
    }

    public static func render(_ input: Input) -> HTML {
        let context = input.context, interview = input.interview
        let questions = interview.questions.map { question -> HTML in
            "<li><a href=\"\(context.url(question.path))\">\(question.title)</a></li>"
        }
        let transcript = interview.questions.map { question -> HTML in
            """
            <article class="exchange" id="\(Interview.transcriptAnchor(question.id))" aria-labelledby="\(question.id)-title">
            <h3 id="\(question.id)-title"><a href="\(context.url(question.path))"><span class="number">Question \(question.number)</span> \(question.title)</a></h3>
            <div class="asked"><p class="speaker">\(interview.interviewer)</p><p>\(question.questionHTMLForLists)</p></div>
            <div class="answer"><p class="speaker">\(interview.interviewee)</p>
            \(question.transcriptAnswer)</div>
            </article>
            """
        }
        let publisher: HTML = interview.publisher.map { " · <span class=\"publisher\">\($0)</span>" } ?? .empty
        let main: HTML = """
        <article class="interview wrap">
        <header class="page-header">
        <p class="eyebrow">Interview</p>
        <h1>\(interview.title)</h1>
        <p class="meta">\(Components.date(interview.date))\(publisher)</p>
        </header>
        \(Components.section(id: "overview", title: "Overview", interview.overview))
        \(Components.section(id: "participants", title: "Participants", """
            <dl class="participants">
            <dt>Interviewee</dt><dd>\(Components.person(interview.interviewee, interview.intervieweeRole))</dd>
            <dt>Interviewer</dt><dd>\(Components.person(interview.interviewer, interview.interviewerRole))</dd>
            </dl>
            """))
        \(Components.section(id: "questions", title: "Questions",
            questions.isEmpty ? "<p class=\"none\">No questions yet.</p>" : "<ol class=\"question-index\">\(questions)</ol>"))
        \(Components.section(id: "topics", title: "Topics",
            Components.topicList(context, input.topics, empty: "No topics for this interview.")))
        \(Components.section(id: "figures", title: "Key figures",
            Components.figureList(context, input.figures, empty: "No figures cited in this interview.")))
        \(Components.section(id: "transcript", title: "Transcript", HTML.joined(transcript, separator: "\n")))
        \(Citations.section(Citations.entry(InterviewFacts(interview, settings: context.settings), settings: context.settings)))
        </article>
        """
        return Layout.page(
            context, title: interview.title, description: interview.summary,
            crumbs: [.init("Interviews", .home), .init(interview.title)],
            bodyClass: "interview-page", openGraphType: "article",
            jsonLD: StructuredData.interview(interview, settings: context.settings), main: main)
    }
}
