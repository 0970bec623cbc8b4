/// A whole site, loaded, validated and linked: what the templates receive.
public struct Site: Sendable {
    public let settings: SiteSettings
    /// Newest first, then by id.
    public private(set) var interviews: [Interview]
    /// By title, then id.
    public let topics: [Topic]
    /// By id.
    public private(set) var figures: [Figure]
    /// Stand-alone pages, by id.
    public let pages: [Page]
    /// Set by `parley serve`: pages load its live-reload script. Never set by `parley build`.
    public var livePreview = false

    public init(settings: SiteSettings, interviews: [Interview] = [], topics: [Topic] = [], figures: [Figure] = [], pages: [Page] = []) {
        self.settings = settings
        self.pages = pages
        self.interviews = interviews
        self.topics = topics
        self.figures = figures
        topicsByID = Site.positions(of: topics.map(\.id))
        figuresByID = Site.positions(of: figures.map(\.id))
        interviewsByID = Site.positions(of: interviews.map(\.id))
    }

    /// The same site with new interviews and figures, in the same order and
    /// with the same ids (a rebuild that changed questions' text alone):
    /// the lookup tables are kept.
    public func replacing(interviews: [Interview], figures: [Figure]) -> Site {
        precondition(interviews.map(\.id) == self.interviews.map(\.id) && figures.map(\.id) == self.figures.map(\.id),
                     "the same interviews and figures, in the same order")
        var site = self
        site.interviews = interviews
        site.figures = figures
        return site
    }

    /// Where each id is first.
    private static func positions(of ids: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(ids.count)
        for (index, id) in ids.enumerated() where positions[id] == nil { positions[id] = index }
        return positions
    }

    private let topicsByID: [String: Int]
    private let figuresByID: [String: Int]
    private let interviewsByID: [String: Int]

    /// Where the topic, figure or interview with `id` is in `topics`, `figures` or
    /// `interviews`. Templates read the fields they need there, in place: a
    /// lookup that returned the value would copy all of it.
    public func index(ofTopic id: String) -> Int? { topicsByID[id] }
    public func index(ofFigure id: String) -> Int? { figuresByID[id] }
    public func index(ofInterview id: String) -> Int? { interviewsByID[id] }

    /// Where the question of `reference` is.
    public func position(of reference: QuestionReference) -> QuestionPosition? {
        guard let i = interviewsByID[reference.interviewID],
              let q = interviews[i].questions.firstIndex(where: { $0.id == reference.questionID })
        else { return nil }
        return QuestionPosition(interview: i, question: q)
    }
}

/// A question's place in a site: `site.interviews[interview].questions[question]`.
public struct QuestionPosition: Sendable, Hashable {
    public var interview: Int
    public var question: Int
}
