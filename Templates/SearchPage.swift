import ParleySite

/// The search page: the form, the results list and the script that fills it
/// from the index (`SearchIndex`), from `file://` as well as over HTTP.
public enum SearchPage {
    public static let scriptPath = SitePath("assets/search.js")

    /// All the page shows: the settings, and where it is.
    public struct Input: Sendable, Equatable {
        public var context: PageContext

        public init(_ site: Site) {
            context = PageContext(site: site, path: Layout.searchPath)
        }
    }

    public static func render(_ input: Input) -> HTML {
        let context = input.context
        let main: HTML = """
        <div class="wrap">
        <header class="page-header"><h1>Search</h1>
        <p class="lede">Search every interview, question, answer, topic and key figure.</p></header>
        <form class="search-form" role="search" action="index.html" method="get">
        <label for="search-input">Words to find</label>
        <input id="search-input" type="search" name="q" autocomplete="off" spellcheck="false">
        <select id="search-kind" name="kind" aria-label="Kind of page">
        <option value="">Everything</option><option value="interview">Interviews</option><option value="question">Questions</option><option value="topic">Topics</option><option value="figure">Key figures</option><option value="page">Pages</option>
        </select>
        <button type="submit">Search</button>
        </form>
        <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
        <ol id="search-results" class="search-results"></ol>
        <p><button id="search-more" class="search-more" type="button" hidden>More results</button></p>
        <noscript><p class="none">Search needs JavaScript. Every page is also listed from the <a href="\(context.url(.home))">home page</a>, the <a href="\(context.url(Topic.indexPath))">topics</a> and the <a href="\(context.url(Figure.indexPath))">key figures</a>.</p></noscript>
        </div>
        <script src="\(context.url(scriptPath))"></script>
        """
        return Layout.page(context, title: "Search", description: "Search the interviews of \(context.settings.title).",
                           crumbs: [.init("Interviews", .home), .init("Search")], bodyClass: "search-page",
                           jsonLD: StructuredData.searchPage(settings: context.settings), main: main)
    }

    /// The search script (`SearchScript`).
    public static var script: String { SearchScript.source }
}
