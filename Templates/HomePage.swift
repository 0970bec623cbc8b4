import ParleySite

/// The home page: the interviews, newest first, and a way into topics and figures.
public enum HomePage {
    /// What the home page shows of an interview.
    public struct Card: Sendable, Equatable {
        public var path: SitePath
        public var title: String
        public var date: Day
        public var interviewee: String
        public var intervieweeRole: String?
        public var summary: String?
        public var questionCount: Int

        public init(_ interview: Interview) {
            path = interview.path
            title = interview.title
            date = interview.date
            interviewee = interview.interviewee
            intervieweeRole = interview.intervieweeRole
            summary = interview.summary
            questionCount = interview.questions.count
        }
    }

    /// All the page shows: every interview as a card, every topic and figure.
    public struct Input: Sendable, Equatable {
        public var context: PageContext
        public var interviews: [Card]
        public var topics: [TopicLink]
        public var figures: [FigureCard]

        public init(_ site: Site) {
            context = PageContext(site: site, path: .home)
            interviews = site.interviews.map(Card.init)
            topics = site.topics.map(TopicLink.init)
            figures = site.figures.map(FigureCard.init)
        }
    }

    public static func render(_ input: Input) -> HTML {
        let context = input.context, settings = context.settings
        let interviews = input.interviews.map { interview -> HTML in
            """
            <li class="interview-card">
            <h3><a href="\(context.url(interview.path))">\(interview.title)</a></h3>
            <p class="meta">\(Components.date(interview.date)) · \(Components.person(interview.interviewee, interview.intervieweeRole))</p>
            \(interview.summary.map { "<p>\($0)</p>" as HTML } ?? .empty)
            <p class="meta">\(interview.questionCount) questions</p>
            </li>
            """
        }
        let interviewList: HTML = interviews.isEmpty
            ? "<p class=\"none\">No interviews yet.</p>"
            : "<ol class=\"interview-list\" role=\"list\">\(interviews)</ol>"
        let main: HTML = """
        <div class="wrap">
        <header class="page-header">
        <h1>\(settings.title)</h1>
        \(settings.description.map { "<p class=\"lede\">\($0)</p>" as HTML } ?? .empty)
        </header>
        \(Components.section(id: "interviews", title: "Interviews", interviewList))
        \(Components.section(id: "topics", title: "Topics", Components.topicList(context, input.topics, empty: "No topics yet.")))
        \(Components.section(id: "figures", title: "Key figures", Components.figureList(context, input.figures, empty: "No figures yet.")))
        </div>
        """
        return Layout.page(context, title: settings.title, description: settings.description,
                           crumbs: [], bodyClass: "home", jsonLD: StructuredData.website(settings), main: main)
    }
}
