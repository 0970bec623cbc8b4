/// A stand-alone page of `Content/pages/`: About, Contact, Methodology…
public struct Page: Sendable, Equatable {
    public let id: String
    public let path: SitePath
    public var title: String
    public var description: String?
    /// The body, rendered.
    public var body: HTML
    /// The body's text, for the search index.
    public var text: String
    /// Changes whenever its file is read anew.
    public var revision: Int

    public init(id: String, title: String, description: String? = nil, body: HTML = .empty, text: String = "", revision: Int = 0) {
        self.id = id
        self.path = Page.path(id)
        self.title = title
        self.description = description
        self.body = body
        self.text = text
        self.revision = revision
    }

    public static func path(_ id: String) -> SitePath { .page(id) }
    public static let sectionAnchors = ["main"]
}
