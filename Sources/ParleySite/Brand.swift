/// What `site.yml` says of the site's look beyond Parley's own: logo,
/// colour, extra header links, footer, stylesheet and icon.
///
/// Links in `nav` and `footer` are rendered once for each depth a page can
/// lie at (`DepthRendered`), so that every page links relatively.
public struct Brand: Sendable, Hashable {
    /// An image of the site, shown in every page's header.
    public var logo: SitePath?
    /// The accent colour and its dark-mode shade.
    public var accent: Accent?
    /// Links after Parley's own in the header.
    public var nav: [NavItem]
    /// The footer's inline Markdown, rendered.
    public var footer: DepthRendered<HTML>?
    /// A stylesheet loaded after Parley's own.
    public var stylesheet: SitePath?
    public var favicon: SitePath?

    public init(
        logo: SitePath? = nil, accent: Accent? = nil, nav: [NavItem] = [], footer: DepthRendered<HTML>? = nil,
        stylesheet: SitePath? = nil, favicon: SitePath? = nil
    ) {
        self.logo = logo
        self.accent = accent
        self.nav = nav
        self.footer = footer
        self.stylesheet = stylesheet
        self.favicon = favicon
    }
}
