/// A whole site, loaded, validated and linked: what the templates receive.
public struct Site: Sendable {
    public let settings: SiteSettings
    /// Newest first, then by id.
    public let interviews: [Interview]
    /// By title, then id.
    public let topics: [Topic]
    /// By id.
    public let figures: [Figure]
    /// Set by `parley serve`: pages load its live-reload script. Never set by `parley build`.
    public var livePreview = false

    public init(settings: SiteSettings, interviews: [Interview] = [], topics: [Topic] = [], figures: [Figure] = []) {
        self.settings = settings
        self.interviews = interviews
        self.topics = topics
        self.figures = figures
        topicsByID = Dictionary(topics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        figuresByID = Dictionary(figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        interviewsByID = Dictionary(interviews.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private let topicsByID: [String: Topic]
    private let figuresByID: [String: Figure]
    private let interviewsByID: [String: Interview]

    public func topic(_ id: String) -> Topic? { topicsByID[id] }
    public func figure(_ id: String) -> Figure? { figuresByID[id] }
    public func interview(_ id: String) -> Interview? { interviewsByID[id] }

    public func question(_ reference: QuestionReference) -> (Interview, Question)? {
        guard let interview = interviewsByID[reference.interviewID],
              let question = interview.questions.first(where: { $0.id == reference.questionID })
        else { return nil }
        return (interview, question)
    }
}
