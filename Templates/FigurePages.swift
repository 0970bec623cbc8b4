import ParleySite

/// The figure index and a page per figure: the number large, its label and
/// source beside it, and every paragraph that cites it.
public enum FigurePages {
    /// All the figure index shows: every figure as a card.
    public struct IndexInput: Sendable, Equatable {
        public var context: PageContext
        public var figures: [FigureCard]

        public init(_ site: Site) {
            context = PageContext(site: site, path: Figure.indexPath)
            figures = site.figures.map(FigureCard.init)
        }
    }

    /// A place that cites the figure, with the question and interview it is in.
    public struct Cited: Sendable, Equatable {
        public var citation: Citation
        public var question: QuestionLink
        public var interview: InterviewFacts
    }

    /// All a figure's page shows: the figure, where it is cited, its topics.
    public struct PageInput: Sendable, Equatable {
        public var context: PageContext
        public var figure: Figure
        public var citations: [Cited]
        public var topics: [TopicLink]

        public init(_ figure: Figure, in site: Site) {
            context = PageContext(site: site, path: figure.path)
            self.figure = figure
            citations = figure.citations.compactMap { citation in
                site.position(of: citation.question).map {
                    Cited(citation: citation, question: QuestionLink(site.interviews[$0.interview].questions[$0.question]),
                          interview: InterviewFacts(site.interviews[$0.interview], settings: site.settings))
                }
            }
            topics = TopicLink.list(figure.topicIDs, in: site)
        }
    }

    public static func index(_ input: IndexInput) -> HTML {
        let context = input.context
        let main: HTML = """
        <div class="wrap">
        <header class="page-header"><h1>Key figures</h1>
        <p class="lede">The numbers cited in the interviews, each with the passages that cite it.</p>
        <p class="downloads">All figures as data: <a href="\(context.url(FigureData.csvPath))" download>figures.csv</a> · <a href="\(context.url(FigureData.jsonPath))" download>figures.json</a></p></header>
        \(Components.figureList(context, input.figures, empty: "No figures yet."))
        </div>
        """
        return Layout.page(context, title: "Key figures", description: "The numbers cited in the interviews of \(context.settings.title).",
                           crumbs: [.init("Interviews", .home), .init("Key figures")], bodyClass: "figures-page",
                           jsonLD: StructuredData.collection("Key figures", Figure.indexPath, settings: context.settings), main: main)
    }

    public static func page(_ input: PageInput) -> HTML {
        let context = input.context, figure = input.figure
        var facts: [HTML] = []
        if let source = figure.source { facts.append("<dt>Source</dt><dd>\(source)</dd>") }
        if let period = figure.period { facts.append("<dt>Period</dt><dd>\(period)</dd>") }
        let citations = input.citations.map { cited -> HTML in
            let citation = cited.citation, question = cited.question, interview = cited.interview
            let target = context.url(question.path, fragment: citation.block.map(Question.anchor(block:)))
            let canonical = context.settings.absoluteURL(question.path, fragment: citation.block.map(Question.anchor(block:)))
            let quote: HTML = citation.block == nil ? "<p>\(citation.quote)</p>" : citation.quote
            let place: HTML = citation.block.map { "paragraph \($0)" } ?? "the question as asked"
            return """
            <li><figure class="citation">
            <blockquote cite="\(canonical)">\(quote)</blockquote>
            <figcaption>\(citation.block == nil ? interview.interviewer : interview.interviewee), <a href="\(target)">Question \(question.number): \(question.title)</a>, \(place) · \(interview.title), \(Components.date(interview.date))</figcaption>
            </figure></li>
            """
        }
        let main: HTML = """
        <article class="figure wrap">
        <header class="figure-hero">
        <h1><span class="figure-value">\(figure.value)</span> <span class="figure-label">\(figure.label)</span></h1>
        \(facts.isEmpty ? HTML.empty : "<dl class=\"figure-facts\">\(facts)</dl>")
        </header>
        \(figure.context)
        \(Components.section(id: "citations", title: "Cited in",
            citations.isEmpty ? "<p class=\"none\">No answer cites this figure yet.</p>" : "<ol class=\"citations\" role=\"list\">\(citations)</ol>"))
        \(Components.section(id: "topics", title: "Topics",
            Components.topicList(context, input.topics, empty: "No topics for this figure.")))
        </article>
        """
        return Layout.page(context, title: "\(figure.value) \(figure.label)",
                           description: "\(figure.value) \(figure.label)\(figure.source.map { ", according to \($0)" } ?? "").",
                           crumbs: [.init("Interviews", .home), .init("Key figures", Figure.indexPath), .init("\(figure.value) \(figure.label)")],
                           bodyClass: "figure-page", jsonLD: StructuredData.figure(figure, settings: context.settings), main: main)
    }
}
