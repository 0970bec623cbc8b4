/// One topic, with the questions and figures on it.
public struct Topic: Sendable, Equatable {
    public let id: String
    /// The page, worked out once: templates link to it many times.
    public let path: SitePath
    public var title: String
    public var summary: String?
    /// The description, rendered for the topic's page.
    public var description: HTML
    /// The questions on it, across interviews: by interview date, then number.
    public var questions: [QuestionReference]
    /// The figures on it, sorted by id.
    public var figureIDs: [String]
    /// Changes whenever its file is read anew.
    public var revision: Int

    public init(
        id: String, title: String, summary: String? = nil, description: HTML = .empty,
        questions: [QuestionReference] = [], figureIDs: [String] = [], revision: Int = 0
    ) {
        self.revision = revision
        self.id = id
        self.path = Topic.path(id)
        self.title = title
        self.summary = summary
        self.description = description
        self.questions = questions
        self.figureIDs = figureIDs
    }

    public static func path(_ id: String) -> SitePath { .page("topics", id) }
    public static let indexPath = SitePath.page("topics")
    public static let sectionAnchors = ["main", "questions", "figures"]
}

/// A question named by its interview and its own id.
public struct QuestionReference: Sendable, Hashable {
    public let interviewID: String
    public let questionID: String
    /// The question's page, worked out once; made from the two ids, so left out of equality and hashing.
    public let path: SitePath

    public init(interviewID: String, questionID: String) {
        self.interviewID = interviewID
        self.questionID = questionID
        path = Question.path(interviewID, questionID)
    }

    public static func == (lhs: QuestionReference, rhs: QuestionReference) -> Bool {
        lhs.interviewID == rhs.interviewID && lhs.questionID == rhs.questionID
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(interviewID)
        hasher.combine(questionID)
    }
}
