import ParleySite

/// The topic index and a page per topic, listing the questions and figures on it.
public enum TopicPages {
    public static func index(_ site: Site) -> HTML {
        let context = PageContext(site: site, path: Topic.indexPath)
        let items = site.topics.map { topic -> HTML in
            let count = topic.questions.count
            return """
            <li><h2><a href="\(context.url(topic.path))">\(topic.title)</a></h2>
            \(topic.summary.map { "<p>\($0)</p>" as HTML } ?? .empty)
            <p class="meta">\(count) \(count == 1 ? "question" : "questions") · \(topic.figureIDs.count) \(topic.figureIDs.count == 1 ? "figure" : "figures")</p></li>
            """
        }
        let main: HTML = """
        <div class="wrap">
        <header class="page-header"><h1>Topics</h1></header>
        \(items.isEmpty ? "<p class=\"none\">No topics yet.</p>" : "<ul class=\"topic-list\" role=\"list\">\(items)</ul>" as HTML)
        </div>
        """
        return Layout.page(context, title: "Topics", description: "The topics of the interviews of \(site.settings.title).",
                           crumbs: [.init("Interviews", .home), .init("Topics")], bodyClass: "topics-page",
                           jsonLD: StructuredData.collection("Topics", Topic.indexPath, in: site), main: main)
    }

    public static func page(_ topic: Topic, in site: Site) -> HTML {
        let context = PageContext(site: site, path: topic.path)
        let questions = topic.questions.map { Components.questionItem(context, $0, showInterview: true) }
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
            Components.figureList(context, topic.figureIDs, empty: "No figure is on this topic.")))
        </article>
        """
        return Layout.page(context, title: topic.title, description: topic.summary,
                           crumbs: [.init("Interviews", .home), .init("Topics", Topic.indexPath), .init(topic.title)],
                           bodyClass: "topic-page", jsonLD: StructuredData.topic(topic, in: site), main: main)
    }
}
