import ParleySite

/// `sitemap.xml`: every page a reader may land on, dated from the content.
public enum Sitemap {
    public static let path = SitePath("sitemap.xml")

    /// All the sitemap shows: every page, and the date of those an interview dates.
    public struct Input: Sendable, Equatable {
        public var settings: SiteSettings
        public var pages: [SitePath]
        public var lastModified: [SitePath: Day]

        public init(_ site: Site, pages: [SitePath]) {
            settings = site.settings
            self.pages = pages
            lastModified = [:]
            lastModified.reserveCapacity(pages.count)
            // By index, reading each field in place: `for question in …` would copy every question.
            for i in site.interviews.indices {
                let date = site.interviews[i].date
                lastModified[site.interviews[i].path] = date
                for q in site.interviews[i].questions.indices { lastModified[site.interviews[i].questions[q].path] = date }
            }
        }
    }

    public static func render(_ input: Input) -> HTML {
        let urls = input.pages.sorted().map { page -> HTML in
            let date: HTML = input.lastModified[page].map { "<lastmod>\($0.iso)</lastmod>" } ?? .empty
            return "<url><loc>\(input.settings.absoluteURL(page))</loc>\(date)</url>\n"
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        \(urls)</urlset>

        """
    }
}
