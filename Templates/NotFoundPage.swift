import ParleySite

/// The page a web server shows for a missing address. It may be served at any
/// path, so its links are absolute, from `base_url` (or from the root of
/// `parley serve`'s server, when previewing), and its style is inline.
public enum NotFoundPage {
    public static let path = SitePath("404.html")

    public static func render(_ site: Site) -> HTML {
        let settings = site.settings
        let address = { (page: SitePath) in site.livePreview ? "/" + page.prettyPath : settings.absoluteURL(page) }
        let home = address(.home)
        let title: HTML = settings.brand.logo.map { "<img src=\"\(address($0))\" alt=\"\(settings.title)\">" } ?? "\(settings.title)"
        return """
        <!DOCTYPE html>
        <html lang="\(settings.language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>Page not found · \(settings.title)</title>
        <meta name="robots" content="noindex">
        <style>\(HTML(unescaped: Stylesheet.css(accent: settings.brand.accent)))</style>
        \(site.livePreview ? "<script src=\"/\(Layout.livePreviewScriptPath.value)\" defer></script>\n" as HTML : .empty)\
        </head>
        <body class="not-found-page">
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header"><div class="wrap"><a class="site-title" href="\(home)">\(title)</a></div></header>
        <main id="main" tabindex="-1">
        <div class="wrap">
        <header class="page-header"><h1>Page not found</h1>
        <p class="lede">There is no page at this address. It may have moved, or the link may be mistyped.</p></header>
        <ul class="tags" role="list">
        <li><a href="\(home)">Interviews</a></li>
        <li><a href="\(address(Topic.indexPath))">Topics</a></li>
        <li><a href="\(address(Figure.indexPath))">Key figures</a></li>
        </ul>
        </div>
        </main>
        </body>
        </html>

        """
    }
}
