/// One interview: its metadata, overview and questions, linked.
public struct Interview: Sendable, Equatable {
    public let id: String
    /// The page, worked out once: templates link to it many times.
    public let path: SitePath
    public var title: String
    public var date: Day
    public var interviewee: String
    public var intervieweeRole: String?
    public var interviewer: String
    public var interviewerRole: String?
    public var publisher: String?
    public var summary: String?
    /// The overview, rendered for the interview's page.
    public var overview: HTML
    /// In the order of their numbers.
    public var questions: [Question]
    /// The topics of all its questions, sorted by id; their figures, in the order first cited.
    public var topicIDs: [String]
    public var figureIDs: [String]
    /// Changes whenever its index.md is read anew.
    public var revision: Int

    public init(
        id: String, title: String, date: Day, interviewee: String, intervieweeRole: String? = nil,
        interviewer: String, interviewerRole: String? = nil, publisher: String? = nil,
        summary: String? = nil, overview: HTML = .empty, questions: [Question] = [],
        topicIDs: [String] = [], figureIDs: [String] = [], revision: Int = 0
    ) {
        self.revision = revision
        self.id = id
        self.path = Interview.path(id)
        self.title = title
        self.date = date
        self.interviewee = interviewee
        self.intervieweeRole = intervieweeRole
        self.interviewer = interviewer
        self.interviewerRole = interviewerRole
        self.publisher = publisher
        self.summary = summary
        self.overview = overview
        self.questions = questions
        self.topicIDs = topicIDs
        self.figureIDs = figureIDs
    }


    public static func path(_ id: String) -> SitePath { .page("interviews", id) }

    /// The publisher to cite: the interview's own, or the site's.
    public func publisher(in settings: SiteSettings) -> String? { publisher ?? settings.publisher }

    /// The anchor of a question's section in the transcript.
    public static func transcriptAnchor(_ questionID: String) -> String { questionID }

    /// The anchor of an answer's block in the transcript.
    public static func transcriptAnchor(_ questionID: String, block: Int) -> String {
        "\(questionID)-p\(block)"
    }

    /// The anchors every interview page has, besides those of the transcript.
    public static let sectionAnchors = ["main", "overview", "participants", "questions", "topics", "figures", "transcript", "cite"]
}
