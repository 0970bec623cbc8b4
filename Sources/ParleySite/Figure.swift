/// One key figure: a number cited in an answer, with every place that cites it.
public struct Figure: Sendable, Equatable {
    public let id: String
    /// The page, worked out once: templates link to it many times.
    public let path: SitePath
    /// As printed: `22.5%`.
    public var value: String
    public var label: String
    public var source: String?
    public var period: String?
    public var topicIDs: [String]
    /// The context, rendered for the figure's page.
    public var context: HTML
    /// In the order of interview date, question number and block.
    public var citations: [Citation]
    /// Changes whenever its file is read anew.
    public var revision: Int

    public init(
        id: String, value: String, label: String, source: String? = nil, period: String? = nil,
        topicIDs: [String] = [], context: HTML = .empty, citations: [Citation] = [], revision: Int = 0
    ) {
        self.revision = revision
        self.id = id
        self.path = Figure.path(id)
        self.value = value
        self.label = label
        self.source = source
        self.period = period
        self.topicIDs = topicIDs
        self.context = context
        self.citations = citations
    }

    public static func path(_ id: String) -> SitePath { .page("figures", id) }
    public static let indexPath = SitePath.page("figures")
    public static let sectionAnchors = ["main", "citations", "topics"]
}

/// A place that cites a figure: a block of an answer, or a question as asked.
public struct Citation: Sendable, Equatable {
    public var question: QuestionReference
    /// The answer's block, from 1; nil when the question as asked cites the figure.
    public var block: Int?
    /// The citing block (or the question), rendered for the figure's page.
    public var quote: HTML

    public init(question: QuestionReference, block: Int?, quote: HTML) {
        self.question = question
        self.block = block
        self.quote = quote
    }
}
