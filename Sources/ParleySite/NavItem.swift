/// A link of `site.yml`'s `nav`, shown in every page's header.
public struct NavItem: Sendable, Hashable {
    public var label: String
    /// The `href`, for a page at each depth.
    public var href: DepthRendered<String>

    public init(label: String, href: DepthRendered<String>) {
        self.label = label
        self.href = href
    }
}
