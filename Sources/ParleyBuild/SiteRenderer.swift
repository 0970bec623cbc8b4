import Foundation
import ParleySite
import Templates

/// A file of the output, in memory.
public struct OutputFile: Sendable {
    public var path: SitePath
    public var bytes: Data

    public init(path: SitePath, bytes: Data) {
        self.path = path
        self.bytes = bytes
    }
}

/// Renders every page of a linked site, and gathers the files copied from `Content/`.
public enum SiteRenderer {
    /// The pages of the site, one render job each.
    enum Page: Sendable, Hashable {
        case home, interview(Int), question(Int, Int), topicIndex, topic(Int), figureIndex, figure(Int), search
        /// A stand-alone page of `Content/pages/`.
        case page(Int)
    }

    /// Every output file in memory, sorted by path; diagnostics for files of
    /// `Content/` that would overwrite a generated one or cannot be read.
    public static func render(
        _ site: Site, assets: [String], root: URL, threads: Int
    ) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let search = SearchIndex.build(site, threads: threads).files
        let plan = plan(site, search: search, assets: assets, root: root, threads: threads)
        let files = parallelMap(Array(plan.paths.indices), threads: threads) {
            OutputFile(path: plan.paths[$0], bytes: plan.bytes(at: $0))
        }
        return (files.sorted { $0.path < $1.path }, plan.diagnostics)
    }

    /// The output of a site, planned: every file is made only when asked
    /// for, so that a build writes each as soon as it is made, on all
    /// threads, and never holds the whole site in memory.
    struct Plan: Sendable {
        /// The files made from the whole site, in the order they are best started
        /// (the biggest first, so that the others' work overlaps it).
        enum Generated: Hashable {
            case searchIndex(file: Int), feed, figuresJSON, figuresCSV, sitemap, notFound, stylesheet, searchScript

            static func all(search: SearchIndexFiles) -> [Generated] {
                search.paths.indices.map { .searchIndex(file: $0) }
                    + [.feed, .figuresJSON, .figuresCSV, .sitemap, .notFound, .stylesheet, .searchScript]
            }
        }

        let site: Site
        let generated: [Generated]
        /// The files of the search index, made while planning.
        let search: SearchIndexFiles
        let pages: [Page]
        /// Files copied from `Content/`, read when planning.
        let copied: [OutputFile]
        /// Every output file: the generated files, the pages, the copied files.
        let paths: [SitePath]
        /// Files of `Content/` that would overwrite a generated one or cannot be read.
        let diagnostics: [Diagnostic]

        /// The index in `paths` of the first page.
        var firstPage: Int { generated.count }
        /// The pages' paths.
        var pagePaths: ArraySlice<SitePath> { paths[firstPage..<(firstPage + pages.count)] }

        /// The bytes of file `index` of `paths`.
        func contents(at index: Int) -> FileContents {
            if index < generated.count { return make(generated[index]) }
            let page = index - generated.count
            if page < pages.count { return .text(PageInput(pages[page], in: site).render().markup) }
            return .data(copied[page - pages.count].bytes)
        }

        /// The same, as `Data`, for a site held in memory (`render`).
        func bytes(at index: Int) -> Data {
            switch contents(at: index) {
            case let .text(text): return Data(text.utf8)
            case let .data(data): return data
            }
        }

        /// What file `index` of `paths` is made from, to compare with the last
        /// build's: equal fingerprints mean equal bytes. Nil for the files made
        /// in every build (the 404 page, the stylesheet and the search script,
        /// which read only the settings and take well under a millisecond) and
        /// for the copied files; the writer compares their bytes with the file
        /// on disk.
        func fingerprint(at index: Int) -> Fingerprint? {
            if index < generated.count {
                switch generated[index] {
                case let .searchIndex(file): return .bytes(search.scripts[file])
                case .feed: return .feed(Feed.Input(site))
                case .figuresJSON, .figuresCSV: return .figureData(FigureData.Input(site))
                case .sitemap: return .sitemap(Sitemap.Input(site, pages: Array(pagePaths)))
                case .notFound, .stylesheet, .searchScript: return nil
                }
            }
            let page = index - generated.count
            return pages.indices.contains(page) ? .page(PageInput(pages[page], in: site)) : nil
        }

        private func make(_ file: Generated) -> FileContents {
            switch file {
            case let .searchIndex(file): return .data(search.scripts[file])
            case .feed: return .text(Feed.render(Feed.Input(site)).markup)
            case .figuresJSON: return .text(FigureData.json(FigureData.Input(site)))
            case .figuresCSV: return .text(FigureData.csv(FigureData.Input(site)))
            case .sitemap: return .text(Sitemap.render(Sitemap.Input(site, pages: Array(pagePaths))).markup)
            case .notFound: return .text(NotFoundPage.render(site).markup)
            case .stylesheet: return .text(Stylesheet.css(accent: site.settings.brand.accent))
            case .searchScript: return .text(SearchPage.script)
            }
        }

        static func path(of file: Generated, search: SearchIndexFiles) -> SitePath {
            switch file {
            case let .searchIndex(file): return search.paths[file]
            case .feed: return Feed.path
            case .figuresJSON: return FigureData.jsonPath
            case .figuresCSV: return FigureData.csvPath
            case .sitemap: return Sitemap.path
            case .notFound: return NotFoundPage.path
            case .stylesheet: return SitePath(Stylesheet.path)
            case .searchScript: return SearchPage.scriptPath
            }
        }
    }

    /// Plans the output, with the site's search index made, and reads the files to copy.
    static func plan(_ site: Site, search: SearchIndexFiles, assets: [String], root: URL, threads: Int) -> Plan {
        let pages = pageList(site)
        let generated = Plan.Generated.all(search: search)
        let generatedPaths = generated.map { Plan.path(of: $0, search: search) } + pages.map { path(of: $0, in: site) }

        var diagnostics: [Diagnostic] = []
        // Only copied files can collide with generated ones.
        let taken: Set<String> = assets.isEmpty ? [] : Set(generatedPaths.map(\.value))
        let takenFolders: Set<String> = assets.isEmpty ? [] : OutputWriter.folders(of: generatedPaths.map(\.value))
        let read = parallelMap(assets, threads: threads) { asset -> Result<OutputFile, Diagnostic> in
            let file = ContentFiles.folder + "/" + asset
            if taken.contains(asset) || takenFolders.contains(asset) {
                return .failure(.error(file, .start, "this file would overwrite the generated \(asset); rename or move it"))
            }
            guard let data = FileManager.default.contents(atPath: ContentFiles.sourceURL(root: root, path: file).path) else {
                return .failure(.error(file, .start, "the file cannot be read; check its permissions"))
            }
            return .success(OutputFile(path: SitePath(asset), bytes: data))
        }
        var copied: [OutputFile] = []
        for result in read {
            switch result {
            case let .success(file): copied.append(file)
            case let .failure(diagnostic): diagnostics.append(diagnostic)
            }
        }
        return Plan(site: site, generated: generated, search: search, pages: pages, copied: copied,
                    paths: generatedPaths + copied.map(\.path), diagnostics: diagnostics)
    }

    private static func pageList(_ site: Site) -> [Page] {
        var pages: [Page] = [.home, .topicIndex, .figureIndex, .search]
        for (i, interview) in site.interviews.enumerated() {
            pages.append(.interview(i))
            pages += interview.questions.indices.map { .question(i, $0) }
        }
        pages += site.topics.indices.map { .topic($0) }
        pages += site.figures.indices.map { .figure($0) }
        pages += site.pages.indices.map { .page($0) }
        return pages
    }

    static func path(of page: Page, in site: Site) -> SitePath {
        switch page {
        case .home: return .home
        case let .interview(i): return site.interviews[i].path
        case let .question(i, q): return site.interviews[i].questions[q].path
        case .topicIndex: return Topic.indexPath
        case let .topic(t): return site.topics[t].path
        case .figureIndex: return Figure.indexPath
        case let .figure(f): return site.figures[f].path
        case .search: return Layout.searchPath
        case let .page(p): return site.pages[p].path
        }
    }

}

/// What decides a file's bytes, kept from one build to compare with the next.
enum Fingerprint: Sendable, Equatable {
    /// A page: what its template is given.
    case page(PageInput)
    /// A site-wide file: what its template is given.
    case feed(Feed.Input), sitemap(Sitemap.Input), figureData(FigureData.Input)
    /// A file made whole before the pages (the search index's): its bytes,
    /// which the last build's cache holds anyway. Comparing them costs less
    /// than hashing them, and is exact.
    case bytes(Data)
}

/// What a page's template is given, for each kind of page: the one value its
/// bytes are made from. A rebuild renders a page again only when its input
/// differs from the last build's, so what decides it is what the template
/// reads, and nothing else.
///
/// Indirect, so that each input is one reference: a rebuild keeps one for
/// every page, and `parallelMap` copies its results.
indirect enum PageInput: Sendable, Equatable {
    case home(HomePage.Input)
    case interview(InterviewPage.Input)
    case question(QuestionPage.Input)
    case topicIndex(TopicPages.IndexInput)
    case topic(TopicPages.PageInput)
    case figureIndex(FigurePages.IndexInput)
    case figure(FigurePages.PageInput)
    case search(SearchPage.Input)
    case page(StandalonePage.Input)

    init(_ page: SiteRenderer.Page, in site: Site) {
        switch page {
        case .home: self = .home(HomePage.Input(site))
        case let .interview(i): self = .interview(InterviewPage.Input(site.interviews[i], in: site))
        case let .question(i, q): self = .question(QuestionPage.Input(site.interviews[i].questions[q], of: site.interviews[i], in: site))
        case .topicIndex: self = .topicIndex(TopicPages.IndexInput(site))
        case let .topic(t): self = .topic(TopicPages.PageInput(site.topics[t], in: site))
        case .figureIndex: self = .figureIndex(FigurePages.IndexInput(site))
        case let .figure(f): self = .figure(FigurePages.PageInput(site.figures[f], in: site))
        case .search: self = .search(SearchPage.Input(site))
        case let .page(p): self = .page(StandalonePage.Input(site.pages[p], in: site))
        }
    }

    func render() -> HTML {
        switch self {
        case let .home(input): return HomePage.render(input)
        case let .interview(input): return InterviewPage.render(input)
        case let .question(input): return QuestionPage.render(input)
        case let .topicIndex(input): return TopicPages.index(input)
        case let .topic(input): return TopicPages.page(input)
        case let .figureIndex(input): return FigurePages.index(input)
        case let .figure(input): return FigurePages.page(input)
        case let .search(input): return SearchPage.render(input)
        case let .page(input): return StandalonePage.render(input)
        }
    }
}
