import ParleySite

/// What every template knows: the site, and the page it is writing, so that
/// each link can be made relative to that page.
public struct PageContext: Sendable {
    public let site: Site
    public let path: SitePath

    public init(site: Site, path: SitePath) {
        self.site = site
        self.path = path
    }

    public var settings: SiteSettings { site.settings }

    /// A relative link from this page to `target`.
    public func url(_ target: SitePath, fragment: String? = nil) -> String {
        path.link(to: target, fragment: fragment)
    }

    /// This page's address where the site is published.
    public var canonicalURL: String { settings.absoluteURL(path) }
}
