/// One question of an interview and its answer, linked.
public struct Question: Sendable, Equatable {
    public let interviewID: String
    /// The file's name without `.md`: `q3`.
    public let id: String
    /// The page, worked out once: templates link to it many times.
    public let path: SitePath
    public var number: Int
    public var title: String
    /// The question as asked, inline HTML for its own page.
    public var questionHTML: HTML
    /// The question as asked, inline HTML for pages one folder up from it
    /// (interview, topic and figure pages).
    public var questionHTMLForLists: HTML
    /// The question as plain text.
    public var questionText: String
    /// The answer for its own page, each top-level block anchored `#pN`.
    public var answer: HTML
    /// The answer for the interview's transcript, blocks anchored `#<id>-pN`.
    public var transcriptAnswer: HTML
    public var blockCount: Int
    /// The plain text of each block of the answer, for search and metadata.
    public var blockTexts: [String]
    /// Front-matter topics and the topics the text links to, sorted by id.
    public var topicIDs: [String]
    /// The figures cited in the question or the answer, in the order they are first cited.
    public var figureIDs: [String]
    /// Changes whenever its file is read anew; equal revisions mean equal content.
    public var revision: Int

    public init(
        interviewID: String, id: String, number: Int, title: String,
        questionHTML: HTML = .empty, questionHTMLForLists: HTML = .empty, questionText: String = "",
        answer: HTML = .empty, transcriptAnswer: HTML = .empty, blockCount: Int = 0, blockTexts: [String] = [],
        topicIDs: [String] = [], figureIDs: [String] = [], revision: Int = 0
    ) {
        self.revision = revision
        self.interviewID = interviewID
        self.id = id
        self.path = Question.path(interviewID, id)
        self.number = number
        self.title = title
        self.questionHTML = questionHTML
        self.questionHTMLForLists = questionHTMLForLists
        self.questionText = questionText
        self.answer = answer
        self.transcriptAnswer = transcriptAnswer
        self.blockCount = blockCount
        self.blockTexts = blockTexts
        self.topicIDs = topicIDs
        self.figureIDs = figureIDs
    }

    public static func path(_ interviewID: String, _ id: String) -> SitePath {
        .page("interviews", interviewID, id)
    }

    /// The anchor of an answer's top-level block, from 1.
    public static func anchor(block: Int) -> String { "p\(block)" }

    /// The anchors every question page has, besides its blocks'.
    public static let sectionAnchors = ["main", "question", "answer", "topics", "figures", "cite"]
}
