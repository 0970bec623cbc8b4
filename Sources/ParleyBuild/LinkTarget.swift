import ParleySite

/// Where a link in the content leads, once resolved.
enum LinkTarget: Equatable, Sendable {
    /// A page of the site, with a fragment that exists on it.
    case page(SitePath, fragment: String?)
    /// A file copied from `Content/`.
    case asset(SitePath, fragment: String?)
    /// Anything outside the site, kept as written.
    case external(String)
    /// Broken: a diagnostic says why; rendered as written.
    case broken

    /// The href from a page `depth` folders down.
    func url(fromDepth depth: Int, original: String) -> String {
        switch self {
        case let .page(path, fragment), let .asset(path, fragment):
            return SitePath.relative(to: path, fromDepth: depth, fragment: fragment)
        case let .external(url): return url
        case .broken: return original
        }
    }
}

/// A link of a Markdown text, resolved.
struct ResolvedLink: Sendable {
    var target: LinkTarget
    /// Set when the link names a figure: the answer block cites it.
    var figure: String?
    /// Set when the link names a topic.
    var topic: String?
}
