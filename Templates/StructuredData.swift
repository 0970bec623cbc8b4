import ParleySite

/// The schema.org description of each kind of page, as JSON-LD.
///
/// The types say what the pages are and no more: the site is a `WebSite`; an
/// interview is an `Article` whose genre is interview; a question page is a
/// `Question` whose `acceptedAnswer` is the interviewee's `Answer`; lists are
/// `CollectionPage`s; a figure page is a `WebPage` about a `PropertyValue`.
public enum StructuredData {
    static let vocabulary: (String, JSONValue) = ("@context", "https://schema.org")

    public static func website(_ settings: SiteSettings) -> JSONValue {
        .object([
            vocabulary, ("@type", "WebSite"),
            ("name", .string(settings.title)),
            ("url", .string(settings.baseURL)),
        ] + optional("description", settings.description) + publisher(settings.publisher))
    }

    public static func interview(_ interview: Interview, settings: SiteSettings) -> JSONValue {
        let url = settings.absoluteURL(interview.path)
        return .object([
            vocabulary, ("@type", "Article"),
            ("genre", "interview"),
            ("headline", .string(interview.title)),
            ("url", .string(url)),
            ("datePublished", .string(interview.date.iso)),
            ("inLanguage", .string(settings.language)),
            ("author", person(interview.interviewee, interview.intervieweeRole)),
            ("contributor", person(interview.interviewer, interview.interviewerRole)),
            ("hasPart", .array(interview.questions.map { question in
                .object([("@type", "Question"), ("name", .string(question.title)),
                         ("url", .string(settings.absoluteURL(question.path)))])
            })),
            ("isPartOf", siteReference(settings)),
        ] + optional("description", interview.summary)
          + publisher(interview.publisher ?? settings.publisher))
    }

    public static func question(_ question: Question, of interview: InterviewFacts, settings: SiteSettings) -> JSONValue {
        let url = settings.absoluteURL(question.path)
        return .object([
            vocabulary, ("@type", "Question"),
            ("name", .string(question.title)),
            ("text", .string(question.questionText)),
            ("url", .string(url)),
            ("dateCreated", .string(interview.date.iso)),
            ("inLanguage", .string(settings.language)),
            ("author", person(interview.interviewer, interview.interviewerRole)),
            ("answerCount", .number(1)),
            // The answer by where it is, who gave it and when, not its text again:
            // the page holds it, and a second copy made a question page a quarter heavier.
            ("acceptedAnswer", .object([
                ("@type", "Answer"),
                ("url", .string(url + "#answer")),
                ("dateCreated", .string(interview.date.iso)),
                ("author", person(interview.interviewee, interview.intervieweeRole)),
            ])),
            ("isPartOf", .object([
                ("@type", "Article"), ("headline", .string(interview.title)),
                ("url", .string(settings.absoluteURL(interview.path))),
            ])),
        ])
    }

    public static func collection(_ name: String, _ path: SitePath, settings: SiteSettings, about: JSONValue? = nil) -> JSONValue {
        .object([
            vocabulary, ("@type", "CollectionPage"),
            ("name", .string(name)),
            ("url", .string(settings.absoluteURL(path))),
            ("isPartOf", siteReference(settings)),
        ] + (about.map { [("about", $0)] } ?? []))
    }

    public static func topic(_ topic: Topic, settings: SiteSettings) -> JSONValue {
        collection(topic.title, topic.path, settings: settings, about: .object([
            ("@type", "DefinedTerm"), ("name", .string(topic.title)),
        ] + optional("description", topic.summary)))
    }

    public static func figure(_ figure: Figure, settings: SiteSettings) -> JSONValue {
        var value: [(String, JSONValue)] = [
            ("@type", "PropertyValue"),
            ("name", .string(figure.label)),
            ("value", .string(figure.value)),
        ]
        if let source = figure.source { value.append(("description", .string("Source: \(source)"))) }
        return .object([
            vocabulary, ("@type", "WebPage"),
            ("name", .string("\(figure.value) \(figure.label)")),
            ("url", .string(settings.absoluteURL(figure.path))),
            ("mainEntity", .object(value)),
            ("isPartOf", siteReference(settings)),
        ])
    }

    /// A stand-alone page: a `WebPage` of the site.
    public static func page(_ page: Page, settings: SiteSettings) -> JSONValue {
        .object([
            vocabulary, ("@type", "WebPage"),
            ("name", .string(page.title)),
            ("url", .string(settings.absoluteURL(page.path))),
            ("isPartOf", siteReference(settings)),
        ] + optional("description", page.description))
    }

    public static func searchPage(settings: SiteSettings) -> JSONValue {
        .object([
            vocabulary, ("@type", "SearchResultsPage"),
            ("name", .string("Search")),
            ("url", .string(settings.absoluteURL(Layout.searchPath))),
            ("isPartOf", siteReference(settings)),
        ])
    }

    // MARK: - Parts

    static func person(_ name: String, _ role: String?) -> JSONValue {
        .object([("@type", "Person"), ("name", .string(name))] + optional("jobTitle", role))
    }

    static func siteReference(_ settings: SiteSettings) -> JSONValue {
        .object([("@type", "WebSite"), ("name", .string(settings.title)), ("url", .string(settings.baseURL))])
    }

    static func publisher(_ name: String?) -> [(String, JSONValue)] {
        name.map { [("publisher", .object([("@type", "Organization"), ("name", .string($0))]))] } ?? []
    }

    static func optional(_ key: String, _ value: String?) -> [(String, JSONValue)] {
        value.map { [(key, .string($0))] } ?? []
    }
}
