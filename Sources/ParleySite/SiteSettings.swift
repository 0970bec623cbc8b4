/// The settings of `site.yml`.
public struct SiteSettings: Sendable, Equatable {
    public var title: String
    /// Where the site is published, always ending in `/`.
    public var baseURL: String
    public var language: String
    public var description: String?
    public var publisher: String?
    public var unsafeHTML: Bool
    /// Logo, accent, nav, footer, stylesheet and favicon.
    public var brand: Brand

    public init(
        title: String, baseURL: String, language: String = "en",
        description: String? = nil, publisher: String? = nil, unsafeHTML: Bool = false, brand: Brand = Brand()
    ) {
        self.title = title
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.description = description
        self.publisher = publisher
        self.unsafeHTML = unsafeHTML
        self.brand = brand
    }

    /// The absolute URL of a page, as canonical links, the sitemap and the feed give it.
    public func absoluteURL(_ path: SitePath, fragment: String? = nil) -> String {
        baseURL + path.prettyPath + (fragment.map { "#" + $0 } ?? "")
    }
}
