import ParleySite

/// What every template knows: the site's settings, and the page it is
/// writing, so that each link can be made relative to that page.
public struct PageContext: Sendable, Equatable {
    public let settings: SiteSettings
    /// Set by `parley serve`: the page loads its live-reload script.
    public let livePreview: Bool
    public let path: SitePath

    public init(site: Site, path: SitePath) {
        settings = site.settings
        livePreview = site.livePreview
        self.path = path
    }

    /// A relative link from this page to `target`.
    public func url(_ target: SitePath, fragment: String? = nil) -> String {
        path.link(to: target, fragment: fragment)
    }

    /// This page's address where the site is published.
    public var canonicalURL: String { settings.absoluteURL(path) }
}
