import ParleySite

/// A stand-alone page of `Content/pages/`: About, Contact, Methodology…
public enum StandalonePage {
    /// All the page shows: the page itself.
    public struct Input: Sendable, Equatable {
        public var context: PageContext
        public var page: Page

        public init(_ page: Page, in site: Site) {
            context = PageContext(site: site, path: page.path)
            self.page = page
        }
    }

    public static func render(_ input: Input) -> HTML {
        let context = input.context, page = input.page
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
                           jsonLD: StructuredData.page(page, settings: context.settings), main: main)
    }
}
