import ParleySite

/// The topic index and a page per topic, listing the questions and figures on it.
public enum TopicPages {
    /// What the topic index shows of a topic.
    public struct Summary: Sendable, Equatable {
        public var link: TopicLink
        public var summary: String?
        public var questionCount: Int
        public var figureCount: Int

        public init(_ topic: Topic) {
            link = TopicLink(topic)
            summary = topic.summary
            questionCount = topic.questions.count
            figureCount = topic.figureIDs.count
        }
    }

    /// All the topic index shows: every topic, summed up.
    public struct IndexInput: Sendable, Equatable {
        public var context: PageContext
        public var topics: [Summary]

        public init(_ site: Site) {
            context = PageContext(site: site, path: Topic.indexPath)
            topics = site.topics.map(Summary.init)
        }
    }

    /// All a topic's page shows: the topic, its questions and its figures.
    public struct PageInput: Sendable, Equatable {
        public var context: PageContext
        public var topic: Topic
        public var questions: [QuestionItem]
        public var figures: [FigureCard]

        public init(_ topic: Topic, in site: Site) {
            context = PageContext(site: site, path: topic.path)
            self.topic = topic
            questions = QuestionItem.list(topic.questions, in: site)
            figures = FigureCard.list(topic.figureIDs, in: site)
        }
    }

    public static func index(_ input: IndexInput) -> HTML {
        let context = input.context
        let items = input.topics.map { topic -> HTML in
            let count = topic.questionCount, figures = topic.figureCount
            return """
            <li><h2><a href="\(context.url(topic.link.path))">\(topic.link.title)</a></h2>
            \(topic.summary.map { "<p>\($0)</p>" as HTML } ?? .empty)
            <p class="meta">\(count) \(count == 1 ? "question" : "questions") · \(figures) \(figures == 1 ? "figure" : "figures")</p></li>
            """
        }
        let main: HTML = """
        <div class="wrap">
        <header class="page-header"><h1>Topics</h1></header>
        \(items.isEmpty ? "<p class=\"none\">No topics yet.</p>" : "<ul class=\"topic-list\" role=\"list\">\(items)</ul>" as HTML)
        </div>
        """
        return Layout.page(context, title: "Topics", description: "The topics of the interviews of \(context.settings.title).",
                           crumbs: [.init("Interviews", .home), .init("Topics")], bodyClass: "topics-page",
                           jsonLD: StructuredData.collection("Topics", Topic.indexPath, settings: context.settings), main: main)
    }

    public static func page(_ input: PageInput) -> HTML {
        let context = input.context, topic = input.topic
        let questions = input.questions.map { Components.questionItem(context, $0, showInterview: true) }
        let main: HTML = """
        <article class="topic wrap">
        <header class="page-header">
        <p class="eyebrow">Topic</p>
        <h1>\(topic.title)</h1>
        \(topic.summary.map { "<p class=\"lede\">\($0)</p>" as HTML } ?? .empty)
        </header>
        \(topic.description)
        \(Components.section(id: "questions", title: "Questions on this topic",
            questions.isEmpty ? "<p class=\"none\">No question is on this topic yet.</p>" : "<ol class=\"question-list\" role=\"list\">\(questions)</ol>"))
        \(Components.section(id: "figures", title: "Key figures on this topic",
            Components.figureList(context, input.figures, empty: "No figure is on this topic.")))
        </article>
        """
        return Layout.page(context, title: topic.title, description: topic.summary,
                           crumbs: [.init("Interviews", .home), .init("Topics", Topic.indexPath), .init(topic.title)],
                           bodyClass: "topic-page", jsonLD: StructuredData.topic(topic, settings: context.settings), main: main)
    }
}
