import ParleySite

/// The home page: the interviews, newest first, and a way into topics and figures.
public enum HomePage {
    public static func render(_ site: Site) -> HTML {
        let context = PageContext(site: site, path: .home)
        let interviews = site.interviews.map { interview -> HTML in
            """
            <li class="interview-card">
            <h3><a href="\(context.url(interview.path))">\(interview.title)</a></h3>
            <p class="meta">\(Components.date(interview.date)) · \(Components.person(interview.interviewee, interview.intervieweeRole))</p>
            \(interview.summary.map { "<p>\($0)</p>" as HTML } ?? .empty)
            <p class="meta">\(interview.questions.count) questions</p>
            </li>
            """
        }
        let interviewList: HTML = interviews.isEmpty
            ? "<p class=\"none\">No interviews yet.</p>"
            : "<ol class=\"interview-list\" role=\"list\">\(interviews)</ol>"
        let main: HTML = """
        <div class="wrap">
        <header class="page-header">
        <h1>\(site.settings.title)</h1>
        \(site.settings.description.map { "<p class=\"lede\">\($0)</p>" as HTML } ?? .empty)
        </header>
        \(Components.section(id: "interviews", title: "Interviews", interviewList))
        \(Components.section(id: "topics", title: "Topics", Components.topicList(context, site.topics.map(\.id), empty: "No topics yet.")))
        \(Components.section(id: "figures", title: "Key figures", Components.figureList(context, site.figures.map(\.id), empty: "No figures yet.")))
        </div>
        """
        return Layout.page(context, title: site.settings.title, description: site.settings.description,
                           crumbs: [], bodyClass: "home", jsonLD: StructuredData.website(site), main: main)
    }
}
