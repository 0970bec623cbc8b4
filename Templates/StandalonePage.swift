import ParleySite

/// A stand-alone page of `Content/pages/`: About, Contact, Methodology…
public enum StandalonePage {
    public static func render(_ page: Page, in site: Site) -> HTML {
        let context = PageContext(site: site, path: page.path)
        let main: HTML = """
        <article class="standalone wrap">
        <header class="page-header">
        <h1>\(page.title)</h1>
        \(page.description.map { "<p class=\"lede\">\($0)</p>" as HTML } ?? .empty)
        </header>
        \(page.body)
        </article>
        """
        return Layout.page(context, title: page.title, description: page.description ?? page.text,
                           crumbs: [.init("Interviews", .home), .init(page.title)], bodyClass: "standalone-page",
                           jsonLD: StructuredData.page(page, in: site), main: main)
    }
}
