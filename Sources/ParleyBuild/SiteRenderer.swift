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
    }

    public static func pages(of site: Site) -> [SitePath] {
        pageList(site).map { path(of: $0, in: site) }
    }

    /// Every output file in memory, sorted by path; diagnostics for files of
    /// `Content/` that would overwrite a generated one or cannot be read.
    public static func render(
        _ site: Site, assets: [String], root: URL, threads: Int
    ) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let plan = plan(site, assets: assets, root: root, threads: threads)
        let files = parallelMap(Array(plan.paths.indices), threads: threads) {
            OutputFile(path: plan.paths[$0], bytes: plan.bytes(at: $0))
        }
        return (files.sorted { $0.path < $1.path }, plan.diagnostics)
    }

    /// The output of a site, planned: the pages are rendered one by one when
    /// asked for, so that a build writes each page as soon as it is made and
    /// never holds the whole site in memory.
    struct Plan: @unchecked Sendable {
        let site: Site
        let pages: [Page]
        /// Every output file: the pages, then the other generated files, then the copied ones.
        let paths: [SitePath]
        /// The files after the pages, made when planning.
        let others: [OutputFile]
        /// Files of `Content/` that would overwrite a generated one or cannot be read.
        let diagnostics: [Diagnostic]

        /// The bytes of file `index` of `paths`.
        func bytes(at index: Int) -> Data {
            index < pages.count ? Data(SiteRenderer.html(of: pages[index], in: site).markup.utf8) : others[index - pages.count].bytes
        }

        /// A hash of what page `index` is made from (nil for the other files):
        /// equal fingerprints mean equal bytes.
        func fingerprint(at index: Int) -> Int? {
            index < pages.count ? SiteRenderer.fingerprint(of: pages[index], in: site) : nil
        }
    }

    /// Plans the output: renders the files made from the whole site (feed,
    /// sitemap, search index, figure data) and reads the files to copy.
    ///
    /// - Parameter cache: the search index's records of the last build in this
    ///   process are reused where their pages are unchanged.
    static func plan(_ site: Site, assets: [String], root: URL, threads: Int, cache: BuildCache? = nil) -> Plan {
        let pages = pageList(site)
        let pagePaths = pages.map { path(of: $0, in: site) }
        var others: [OutputFile] = []
        others.append(OutputFile(path: Feed.path, bytes: Data(Feed.render(site).markup.utf8)))
        others.append(OutputFile(path: Sitemap.path, bytes: Data(Sitemap.render(site, pages: pagePaths).markup.utf8)))
        others.append(OutputFile(path: NotFoundPage.path, bytes: Data(NotFoundPage.render(site).markup.utf8)))
        others.append(OutputFile(path: SitePath(Stylesheet.path), bytes: Data(Stylesheet.css.utf8)))
        let searchIndex: String
        if let cache { searchIndex = SearchPage.index(site, reusing: &cache.searchRecords) } else { searchIndex = SearchPage.index(site) }
        others.append(OutputFile(path: SearchPage.indexPath, bytes: Data(searchIndex.utf8)))
        others.append(OutputFile(path: SearchPage.scriptPath, bytes: Data(SearchPage.script.utf8)))
        others.append(OutputFile(path: FigureData.csvPath, bytes: Data(FigureData.csv(site).utf8)))
        others.append(OutputFile(path: FigureData.jsonPath, bytes: Data(FigureData.json(site).utf8)))

        var diagnostics: [Diagnostic] = []
        // Only copied files can collide with generated ones.
        let generatedPaths = pagePaths + others.map(\.path)
        let generated: Set<String> = assets.isEmpty ? [] : Set(generatedPaths.map(\.value))
        let generatedFolders: Set<String> = assets.isEmpty ? [] : Set(generatedPaths.flatMap { path -> [String] in
            let parts = path.value.split(separator: "/").dropLast()
            return parts.indices.map { parts[...($0)].joined(separator: "/") }
        })
        let copied = parallelMap(assets, threads: threads) { asset -> Result<OutputFile, Diagnostic> in
            let file = ContentFiles.folder + "/" + asset
            if generated.contains(asset) || generatedFolders.contains(asset) {
                return .failure(.error(file, .start, "this file would overwrite the generated \(asset); rename or move it"))
            }
            guard let data = FileManager.default.contents(atPath: ContentFiles.sourceURL(root: root, path: file).path) else {
                return .failure(.error(file, .start, "the file cannot be read; check its permissions"))
            }
            return .success(OutputFile(path: SitePath(asset), bytes: data))
        }
        for result in copied {
            switch result {
            case let .success(file): others.append(file)
            case let .failure(diagnostic): diagnostics.append(diagnostic)
            }
        }
        return Plan(site: site, pages: pages, paths: pagePaths + others.map(\.path), others: others, diagnostics: diagnostics)
    }

    private static func pageList(_ site: Site) -> [Page] {
        var pages: [Page] = [.home, .topicIndex, .figureIndex, .search]
        for (i, interview) in site.interviews.enumerated() {
            pages.append(.interview(i))
            pages += interview.questions.indices.map { .question(i, $0) }
        }
        pages += site.topics.indices.map { .topic($0) }
        pages += site.figures.indices.map { .figure($0) }
        return pages
    }

    private static func path(of page: Page, in site: Site) -> SitePath {
        switch page {
        case .home: return .home
        case let .interview(i): return site.interviews[i].path
        case let .question(i, q): return site.interviews[i].questions[q].path
        case .topicIndex: return Topic.indexPath
        case let .topic(t): return site.topics[t].path
        case .figureIndex: return Figure.indexPath
        case let .figure(f): return site.figures[f].path
        case .search: return Layout.searchPath
        }
    }

    private static func html(of page: Page, in site: Site) -> HTML {
        switch page {
        case .home: return HomePage.render(site)
        case let .interview(i): return InterviewPage.render(site.interviews[i], in: site)
        case let .question(i, q):
            return QuestionPage.render(site.interviews[i].questions[q], of: site.interviews[i], in: site)
        case .topicIndex: return TopicPages.index(site)
        case let .topic(t): return TopicPages.page(site.topics[t], in: site)
        case .figureIndex: return FigurePages.index(site)
        case let .figure(f): return FigurePages.page(site.figures[f], in: site)
        case .search: return SearchPage.render(site)
        }
    }

    // MARK: - Fingerprints

    /// A hash of everything the page's template reads, through the revisions of
    /// the files it comes from: equal fingerprints mean equal bytes.
    static func fingerprint(of page: Page, in site: Site) -> Int {
        var hasher = Hasher()
        let settings = site.settings
        hasher.combine(settings.title)
        hasher.combine(settings.baseURL)
        hasher.combine(settings.language)
        hasher.combine(settings.description)
        hasher.combine(settings.publisher)
        hasher.combine(settings.unsafeHTML)
        hasher.combine(site.livePreview)
        hasher.combine(page)
        func topics(_ ids: [String]) {
            for id in ids { hasher.combine(id); hasher.combine(site.topic(id)?.revision) }
        }
        func figures(_ ids: [String]) {
            for id in ids { hasher.combine(id); hasher.combine(site.figure(id)?.revision) }
        }
        func question(_ reference: QuestionReference) {
            hasher.combine(reference)
            hasher.combine(site.interview(reference.interviewID)?.revision)
            hasher.combine(site.question(reference)?.1.revision)
        }
        func interview(_ interview: Interview, questions: Bool) {
            hasher.combine(interview.id)
            hasher.combine(interview.revision)
            hasher.combine(interview.questions.count)
            if questions {
                for question in interview.questions { hasher.combine(question.id); hasher.combine(question.revision) }
            }
        }
        switch page {
        case .home:
            for each in site.interviews { interview(each, questions: false) }
            topics(site.topics.map(\.id))
            figures(site.figures.map(\.id))
        case let .interview(i):
            let each = site.interviews[i]
            interview(each, questions: true)
            topics(each.topicIDs)
            figures(each.figureIDs)
        case let .question(i, q):
            // Its own revision, and only the place and title of the others (for previous/next).
            let each = site.interviews[i]
            interview(each, questions: false)
            hasher.combine(each.questions[q].revision)
            for other in each.questions { hasher.combine(other.id); hasher.combine(other.number); hasher.combine(other.title) }
            topics(each.questions[q].topicIDs)
            figures(each.questions[q].figureIDs)
        case .topicIndex:
            for topic in site.topics {
                hasher.combine(topic.id)
                hasher.combine(topic.revision)
                hasher.combine(topic.questions.count)
                hasher.combine(topic.figureIDs.count)
            }
        case let .topic(t):
            let topic = site.topics[t]
            hasher.combine(topic.revision)
            topic.questions.forEach(question)
            figures(topic.figureIDs)
        case .figureIndex:
            figures(site.figures.map(\.id))
        case let .figure(f):
            let figure = site.figures[f]
            hasher.combine(figure.revision)
            for citation in figure.citations {
                question(citation.question)
                hasher.combine(citation.block)
            }
            topics(figure.topicIDs)
        case .search:
            break
        }
        return hasher.finalize()
    }
}
