import ParleySite

/// Pieces that several pages show the same way.
enum Components {
    /// `Name, role`
    static func person(_ name: String, _ role: String?) -> HTML {
        guard let role else { return "<span class=\"person\">\(name)</span>" }
        return "<span class=\"person\">\(name)</span>, <span class=\"role\">\(role)</span>"
    }

    static func date(_ day: Day) -> HTML {
        "<time datetime=\"\(day.iso)\">\(day.long)</time>"
    }

    /// A list of topics as links, or a sentence saying there are none.
    static func topicList(_ context: PageContext, _ topics: [TopicLink], empty: String) -> HTML {
        guard !topics.isEmpty else { return "<p class=\"none\">\(empty)</p>" }
        let items = topics.map { topic -> HTML in
            "<li><a href=\"\(context.url(topic.path))\">\(topic.title)</a></li>"
        }
        return "<ul class=\"tags\" role=\"list\">\(items)</ul>"
    }

    /// Figures as cards: the value large, its label beside it.
    static func figureList(_ context: PageContext, _ figures: [FigureCard], empty: String) -> HTML {
        guard !figures.isEmpty else { return "<p class=\"none\">\(empty)</p>" }
        let items = figures.map { figure -> HTML in
            """
            <li><a class="figure-card" href="\(context.url(figure.path))"><span class="value">\(figure.value)</span> <span class="label">\(figure.label)</span></a></li>
            """
        }
        return "<ul class=\"figure-cards\" role=\"list\">\(items)</ul>"
    }

    /// A question in a list of questions: its title as a link, where it was asked, the question.
    static func questionItem(_ context: PageContext, _ item: QuestionItem, showInterview: Bool) -> HTML {
        let interview = item.interview, question = item.question
        let origin: HTML = showInterview
            ? "<p class=\"origin\"><a href=\"\(context.url(interview.path))\">\(interview.title)</a> · \(date(interview.date))</p>"
            : .empty
        return """
        <li class="question-item">
        <h3><a href="\(context.url(question.path))"><span class="number">Question \(question.number)</span> \(question.title)</a></h3>
        \(origin)
        <p class="asked-text">\(item.asked)</p>
        </li>
        """
    }

    /// `<section>` with a heading whose id the section is labelled by.
    static func section(id: String, title: String, level: Int = 2, _ content: HTML) -> HTML {
        """
        <section id="\(id)" aria-labelledby="\(id)-heading">
        <h\(level) id="\(id)-heading">\(title)</h\(level)>
        \(content)
        </section>
        """
    }
}
