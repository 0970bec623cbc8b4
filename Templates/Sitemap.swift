import ParleySite

/// `sitemap.xml`: every page a reader may land on, dated from the content.
public enum Sitemap {
    public static let path = SitePath("sitemap.xml")

    public static func render(_ site: Site, pages: [SitePath]) -> HTML {
        var lastModified: [SitePath: Day] = [:]
        for interview in site.interviews {
            lastModified[interview.path] = interview.date
            for question in interview.questions { lastModified[question.path] = interview.date }
        }
        let urls = pages.sorted().map { page -> HTML in
            let date: HTML = lastModified[page].map { "<lastmod>\($0.iso)</lastmod>" } ?? .empty
            return "<url><loc>\(site.settings.absoluteURL(page))</loc>\(date)</url>\n"
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        \(urls)</urlset>

        """
    }
}
