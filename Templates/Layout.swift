import ParleySite

/// The frame every page shares: head, header, breadcrumbs, main, footer.
public enum Layout {
    /// A step of the breadcrumb trail: a page, or (last) the current page.
    public struct Crumb {
        public var title: String
        public var path: SitePath?

        public init(_ title: String, _ path: SitePath? = nil) {
            self.title = title
            self.path = path
        }
    }

    public static let stylesheetPath = SitePath(Stylesheet.path)
    public static let feedPath = SitePath("feed.xml")
    /// The live-reload script `parley serve` answers for; never a file of the site.
    public static let livePreviewScriptPath = SitePath("_parley/live-reload.js")

    /// - Parameters:
    ///   - openGraphType: `article` for interviews and questions, `website` for the rest.
    ///   - jsonLD: the page's schema.org description.
    public static func page(
        _ context: PageContext,
        title: String,
        description: String?,
        crumbs: [Crumb],
        bodyClass: String,
        openGraphType: String = "website",
        jsonLD: JSONValue,
        main: HTML
    ) -> HTML {
        let settings = context.settings
        let fullTitle = context.path == .home ? settings.title : "\(title) · \(settings.title)"
        let description = Layout.shorten(description ?? settings.description ?? settings.title)
        return """
        <!DOCTYPE html>
        <html lang="\(settings.language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>\(fullTitle)</title>
        <meta name="description" content="\(description)">
        <link rel="canonical" href="\(context.canonicalURL)">
        <meta property="og:type" content="\(openGraphType)">
        <meta property="og:title" content="\(title)">
        <meta property="og:description" content="\(description)">
        <meta property="og:url" content="\(context.canonicalURL)">
        <meta property="og:site_name" content="\(settings.title)">
        <meta property="og:locale" content="\(settings.language.replacingHyphens)">
        <meta name="twitter:card" content="summary">
        <meta name="twitter:title" content="\(title)">
        <meta name="twitter:description" content="\(description)">
        <script type="application/ld+json">\(HTML(unescaped: jsonLD.serialized))</script>
        <link rel="stylesheet" href="\(context.url(stylesheetPath))">
        \(brandLinks(context))\
        <link rel="alternate" type="application/atom+xml" href="\(context.url(feedPath))" title="\(settings.title)">
        \(context.livePreview ? "<script src=\"\(context.url(livePreviewScriptPath))\" defer></script>\n" as HTML : .empty)\
        </head>
        <body class="\(bodyClass)">
        <a class="skip-link" href="#main">Skip to content</a>
        \(header(context))
        \(breadcrumbs(context, crumbs))
        <main id="main" tabindex="-1">
        \(main)
        </main>
        \(footer(context))
        </body>
        </html>

        """
    }

    /// Text cut at a word to at most `limit` characters, for descriptions.
    static func shorten(_ text: String, limit: Int = 300) -> String {
        // Unicode scalars are far cheaper to step through than characters, and
        // give the same cut while each scalar is a character of its own.
        shorten(text.unicodeScalars, of: text, limit: limit, isWhitespace: \.isWhitespaceQuickly,
                stepsOver: { !$0.isCharacterOfItsOwn })
            ?? shorten(text, of: text, limit: limit, isWhitespace: \.isWhitespace, stepsOver: { _ in false })!
    }

    /// Word by word, stopping at the limit: the text may be a whole answer.
    /// Nil if a unit is met that `stepsOver` gives up on.
    private static func shorten<Units: BidirectionalCollection>(
        _ units: Units, of text: String, limit: Int,
        isWhitespace: (Units.Element) -> Bool, stepsOver: (Units.Element) -> Bool
    ) -> String? where Units.Index == String.Index {
        var out = ""
        out.reserveCapacity(min(text.utf8.count, 4 * limit) + 3)
        var outCount = 0, wordCount = 0
        var wordStart = units.startIndex
        func fits(_ end: String.Index) -> Bool {
            guard wordCount > 0 else { return true }
            if outCount + wordCount + 1 > limit { return false }
            if outCount > 0 { out += " "; outCount += 1 }
            out += text[wordStart..<end]
            outCount += wordCount
            wordCount = 0
            return true
        }
        var index = units.startIndex
        while index < units.endIndex {
            let unit = units[index]
            if stepsOver(unit) { return nil }
            if isWhitespace(unit) {
                if !fits(index) { return out + "…" }
            } else {
                if wordCount == 0 { wordStart = index }
                wordCount += 1
            }
            index = units.index(after: index)
        }
        return fits(units.endIndex) ? out : out + "…"
    }

    public static let searchPath = SitePath.page("search")

    /// The site's own stylesheet after Parley's, and its icon, from `site.yml`.
    static func brandLinks(_ context: PageContext) -> HTML {
        let brand = context.settings.brand
        let stylesheet: HTML = brand.stylesheet.map { "<link rel=\"stylesheet\" href=\"\(context.url($0))\">\n" } ?? .empty
        let icon: HTML = brand.favicon.map { "<link rel=\"icon\" href=\"\(context.url($0))\">\n" } ?? .empty
        return "\(stylesheet)\(icon)"
    }

    static func header(_ context: PageContext) -> HTML {
        let links: [(String, SitePath)] = [
            ("Interviews", .home), ("Topics", Topic.indexPath), ("Key figures", Figure.indexPath), ("Search", searchPath),
        ]
        var items = links.map { title, target -> HTML in
            let current = context.path == target ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(context.url(target))\"\(HTML(unescaped: current))>\(title)</a></li>"
        }
        let depth = context.path.depth
        items += context.settings.brand.nav.map { item -> HTML in
            let href = item.href.at(depth: depth)
            let current = href == context.url(context.path) ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(href)\"\(HTML(unescaped: current))>\(item.label)</a></li>"
        }
        let title: HTML = context.settings.brand.logo.map {
            "<img src=\"\(context.url($0))\" alt=\"\(context.settings.title)\">"
        } ?? "\(context.settings.title)"
        return """
        <header class="site-header">
        <div class="wrap">
        <a class="site-title" href="\(context.url(.home))">\(title)</a>
        <nav class="site-nav" aria-label="Site"><ul>\(items)</ul></nav>
        </div>
        </header>
        """
    }

    static func breadcrumbs(_ context: PageContext, _ crumbs: [Crumb]) -> HTML {
        guard !crumbs.isEmpty else { return .empty }
        let items = crumbs.map { crumb -> HTML in
            if let path = crumb.path {
                return "<li><a href=\"\(context.url(path))\">\(crumb.title)</a></li>"
            }
            return "<li aria-current=\"page\">\(crumb.title)</li>"
        }
        return """
        <nav class="breadcrumbs wrap" aria-label="Breadcrumb"><ol>\(items)</ol></nav>
        """
    }

    static func footer(_ context: PageContext) -> HTML {
        let settings = context.settings
        let publisher: HTML = settings.publisher.map { "<p>Published by \($0).</p>" } ?? .empty
        let own: HTML = settings.brand.footer.map { "<p class=\"site-footer-text\">\($0.at(depth: context.path.depth))</p>\n" } ?? .empty
        return """
        <footer class="site-footer">
        <div class="wrap">
        \(own)\
        \(publisher)
        <p><a href="\(context.url(feedPath))">Atom feed</a> · <a href="\(context.url(Topic.indexPath))">Topics</a> · <a href="\(context.url(Figure.indexPath))">Key figures</a></p>
        </div>
        </footer>
        """
    }
}

private extension String {
    /// `en-GB` → `en_GB`, as Open Graph writes locales.
    var replacingHyphens: String { split(separator: "-").joined(separator: "_") }
}
