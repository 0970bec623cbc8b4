import ParleySite

/// A question and its answer, with its topics, the figures it cites, and the
/// questions before and after it.
public enum QuestionPage {
    /// All the page shows: the question, what it shows of its interview, its neighbours, topics and figures.
    public struct Input: Sendable, Equatable {
        public var context: PageContext
        public var question: Question
        public var interview: InterviewFacts
        public var previous: QuestionLink?
        public var next: QuestionLink?
        public var topics: [TopicLink]
        public var figures: [FigureCard]

        public init(_ question: Question, of interview: Interview, in site: Site) {
            context = PageContext(site: site, path: question.path)
            self.question = question
            self.interview = InterviewFacts(interview, settings: site.settings)
            let index = interview.questions.firstIndex { $0.id == question.id }
            previous = index.flatMap { $0 > 0 ? QuestionLink(interview.questions[$0 - 1]) : nil }
            next = index.flatMap { $0 + 1 < interview.questions.count ? QuestionLink(interview.questions[$0 + 1]) : nil }
            topics = TopicLink.list(question.topicIDs, in: site)
            figures = FigureCard.list(question.figureIDs, in: site)
        }
    }

    public static func render(_ input: Input) -> HTML {
        let context = input.context, question = input.question, interview = input.interview
        let previous = input.previous, next = input.next
        let pager: HTML = """
        <nav class="pager" aria-label="Questions of this interview">
        \(previous.map { "<a class=\"prev\" rel=\"prev\" href=\"\(context.url($0.path))\"><span class=\"direction\">Previous question</span> \($0.title)</a>" as HTML } ?? "<span class=\"prev\"></span>")
        <a class="up" href="\(context.url(interview.path, fragment: "questions"))">All questions</a>
        \(next.map { "<a class=\"next\" rel=\"next\" href=\"\(context.url($0.path))\"><span class=\"direction\">Next question</span> \($0.title)</a>" as HTML } ?? "<span class=\"next\"></span>")
        </nav>
        """
        let main: HTML = """
        <article class="question wrap">
        <header class="page-header">
        <p class="eyebrow"><a href="\(context.url(interview.path))">\(interview.title)</a> · \(Components.date(interview.date))</p>
        <h1><span class="number">Question \(question.number)</span> \(question.title)</h1>
        </header>
        <section id="question" class="asked" aria-labelledby="question-heading">
        <h2 id="question-heading" class="visually-hidden">Question</h2>
        <p class="speaker">\(Components.person(interview.interviewer, interview.interviewerRole))</p>
        <p class="asked-text">\(question.questionHTML)</p>
        </section>
        <section id="answer" class="answer" aria-labelledby="answer-heading">
        <h2 id="answer-heading">Answer <span class="by">by \(interview.interviewee)</span></h2>
        \(question.answer)
        </section>
        <div class="related">
        \(Components.section(id: "topics", title: "Topics",
            Components.topicList(context, input.topics, empty: "No topics for this question.")))
        \(Components.section(id: "figures", title: "Figures cited",
            Components.figureList(context, input.figures, empty: "This answer cites no key figure.")))
        </div>
        \(Citations.section(Citations.entry(question, of: interview, settings: context.settings)))
        \(pager)
        </article>
        """
        return Layout.page(
            context, title: "\(question.title) · \(interview.title)", description: question.questionText,
            crumbs: [.init("Interviews", .home), .init(interview.title, interview.path), .init("Question \(question.number)")],
            bodyClass: "question-page", openGraphType: "article",
            jsonLD: StructuredData.question(question, of: interview, settings: context.settings), main: main)
    }
}
