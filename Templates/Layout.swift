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

    public static func page(
        _ context: PageContext,
        title: String,
        description: String?,
        crumbs: [Crumb],
        bodyClass: String,
        main: HTML
    ) -> HTML {
        let settings = context.settings
        let fullTitle = context.path == .home ? settings.title : "\(title) · \(settings.title)"
        let description = description ?? settings.description
        return """
        <!DOCTYPE html>
        <html lang="\(settings.language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(fullTitle)</title>
        \(description.map { "<meta name=\"description\" content=\"\($0)\">\n" as HTML } ?? .empty)\
        <link rel="canonical" href="\(context.canonicalURL)">
        <link rel="stylesheet" href="\(context.url(stylesheetPath))">
        <link rel="alternate" type="application/atom+xml" href="\(context.url(feedPath))" title="\(settings.title)">
        \(context.site.livePreview ? "<script src=\"\(context.url(livePreviewScriptPath))\" defer></script>\n" as HTML : .empty)\
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

    static func header(_ context: PageContext) -> HTML {
        let links: [(String, SitePath)] = [
            ("Interviews", .home), ("Topics", Topic.indexPath), ("Key figures", Figure.indexPath),
        ]
        let items = links.map { title, target -> HTML in
            let current = context.path == target ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(context.url(target))\"\(HTML(unescaped: current))>\(title)</a></li>"
        }
        return """
        <header class="site-header">
        <div class="wrap">
        <a class="site-title" href="\(context.url(.home))">\(context.settings.title)</a>
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
        return """
        <footer class="site-footer">
        <div class="wrap">
        \(publisher)
        <p><a href="\(context.url(feedPath))">Atom feed</a> · <a href="\(context.url(Topic.indexPath))">Topics</a> · <a href="\(context.url(Figure.indexPath))">Key figures</a></p>
        </div>
        </footer>
        """
    }
}
