import ParleySite

// What one page shows of the others: each a value of its own, so that a
// page's input holds only what its template reads of the rest of the site.

/// A topic in a list of topics: its title as a link.
public struct TopicLink: Sendable, Equatable {
    public var path: SitePath
    public var title: String

    public init(_ topic: Topic) {
        path = topic.path
        title = topic.title
    }

    /// The topics of `ids` the site has, in that order.
    public static func list(_ ids: [String], in site: Site) -> [TopicLink] {
        ids.compactMap { id in site.index(ofTopic: id).map { TopicLink(site.topics[$0]) } }
    }
}

/// A figure as a card: the value large, its label beside it.
public struct FigureCard: Sendable, Equatable {
    public var path: SitePath
    public var value: String
    public var label: String

    public init(_ figure: Figure) {
        path = figure.path
        value = figure.value
        label = figure.label
    }

    /// The figures of `ids` the site has, in that order.
    public static func list(_ ids: [String], in site: Site) -> [FigureCard] {
        ids.compactMap { id in site.index(ofFigure: id).map { FigureCard(site.figures[$0]) } }
    }
}

/// What a page about one of an interview's questions shows of the interview:
/// its own front matter, not its other questions.
public struct InterviewFacts: Sendable, Equatable {
    public var id: String
    public var path: SitePath
    public var title: String
    public var date: Day
    public var interviewee: String
    public var intervieweeRole: String?
    public var interviewer: String
    public var interviewerRole: String?
    /// The interview's own publisher, or the site's.
    public var publisher: String?

    public init(_ interview: Interview, settings: SiteSettings) {
        id = interview.id
        path = interview.path
        title = interview.title
        date = interview.date
        interviewee = interview.interviewee
        intervieweeRole = interview.intervieweeRole
        interviewer = interview.interviewer
        interviewerRole = interview.interviewerRole
        publisher = interview.publisher(in: settings)
    }
}

/// A question as a link: its page and title.
public struct QuestionLink: Sendable, Equatable {
    public var path: SitePath
    public var number: Int
    public var title: String

    public init(_ question: Question) {
        path = question.path
        number = question.number
        title = question.title
    }
}

/// An interview as a link: its page, title and date.
public struct InterviewLink: Sendable, Equatable {
    public var path: SitePath
    public var title: String
    public var date: Day

    public init(_ interview: Interview) {
        path = interview.path
        title = interview.title
        date = interview.date
    }
}

/// A question in a list of questions: its title as a link, the question as
/// asked, and the interview it was asked in.
public struct QuestionItem: Sendable, Equatable {
    public var question: QuestionLink
    public var asked: HTML
    public var interview: InterviewLink

    public init(_ question: Question, of interview: Interview) {
        self.question = QuestionLink(question)
        asked = question.questionHTMLForLists
        self.interview = InterviewLink(interview)
    }

    /// The questions of `references` the site has, in that order.
    public static func list(_ references: [QuestionReference], in site: Site) -> [QuestionItem] {
        references.compactMap { reference in
            site.position(of: reference).map {
                QuestionItem(site.interviews[$0.interview].questions[$0.question], of: site.interviews[$0.interview])
            }
        }
    }
}
