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
            if page < pages.count { return .text(SiteRenderer.html(of: pages[page], in: site).markup) }
            return .data(copied[page - pages.count].bytes)
        }

        /// The same, as `Data`, for a site held in memory (`render`).
        func bytes(at index: Int) -> Data {
            switch contents(at: index) {
            case let .text(text): return Data(text.utf8)
            case let .data(data): return data
            }
        }

        /// A hash of what file `index` of `paths` is made from (nil for the
        /// copied files): equal fingerprints mean equal bytes.
        ///
        /// - Parameter revisions: `Revisions(site)`, made once for all the files.
        func fingerprint(at index: Int, revisions: Revisions) -> Int? {
            if index < generated.count { return SiteRenderer.fingerprint(of: generated[index], in: self, revisions: revisions) }
            let page = index - generated.count
            return pages.indices.contains(page) ? SiteRenderer.fingerprint(of: pages[page], in: site, revisions: revisions) : nil
        }

        private func make(_ file: Generated) -> FileContents {
            switch file {
            case let .searchIndex(file): return .data(search.scripts[file])
            case .feed: return .text(Feed.render(site).markup)
            case .figuresJSON: return .text(FigureData.json(site))
            case .figuresCSV: return .text(FigureData.csv(site))
            case .sitemap: return .text(Sitemap.render(site, pages: Array(pagePaths)).markup)
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

    static func html(of page: Page, in site: Site) -> HTML {
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
        case let .page(p): return StandalonePage.render(site.pages[p], in: site)
        }
    }

    // MARK: - Fingerprints

    /// The hash of the settings every file depends on.
    private static func settingsHash(_ site: Site) -> Int {
        var hasher = Hasher()
        let settings = site.settings
        hasher.combine(settings.title)
        hasher.combine(settings.baseURL)
        hasher.combine(settings.language)
        hasher.combine(settings.description)
        hasher.combine(settings.publisher)
        hasher.combine(settings.unsafeHTML)
        hasher.combine(settings.brand)
        hasher.combine(site.livePreview)
        return hasher.finalize()
    }

    /// A hash of everything a site-wide file reads, through the revisions of
    /// the files it comes from.
    static func fingerprint(of file: Plan.Generated, in plan: Plan, revisions: Revisions) -> Int {
        let site = plan.site
        var hasher = Hasher()
        hasher.combine(revisions.settings)
        hasher.combine(file)
        func interviews(_ list: some Collection<Interview>) {
            for index in list.indices { hasher.combine(revisions.contents[list[index].id]) }
        }
        switch file {
        case let .searchIndex(file):
            // Its own bytes, every one (`Data`'s own hash reads only its first
            // bytes): an edit changes only the shards whose terms it touched.
            // Through a buffer pointer: a `String` of them would be hashed only
            // after its normalisation is checked, which cost a rebuild at N=1000
            // a quarter of its time (`parley-benchmark`, one answer changed: the
            // plan phase 0.23-0.25 s against 0.08-0.11 s, the rebuild
            // 0.54-0.68 s against 0.42-0.44 s).
            plan.search.scripts[file].withUnsafeBytes { hasher.combine(bytes: $0) }
        case .feed:
            interviews(site.interviews.prefix(Feed.interviewLimit))
        case .figuresJSON, .figuresCSV:
            // Each figure's own fields, its topics and where it is cited; not the citing text.
            for figure in site.figures {
                hasher.combine(figure.id)
                hasher.combine(figure.revision)
                hasher.combine(figure.topicIDs)
                for citation in figure.citations { hasher.combine(citation.question); hasher.combine(citation.block) }
            }
        case .sitemap:
            // Every page, dated by its interview.
            for each in site.interviews { hasher.combine(each.id); hasher.combine(each.revision) }
            for path in plan.pagePaths { hasher.combine(path) }
        case .notFound, .stylesheet, .searchScript:
            break
        }
        return hasher.finalize()
    }

    /// The revision of every file of a site as a token to hash (the file's
    /// id and revision, hashed once), looked up without copying the site's
    /// values; for each interview a hash of its questions' ids, numbers and
    /// titles (what each question page shows of the others), and a hash of
    /// its own and its questions' revisions (what a search shard or the feed
    /// shows of it).
    struct Revisions {
        var settings: Int
        /// A question with the revision of its interview (lists show the interview's title).
        var questions: [QuestionReference: Int] = [:]
        var topics: [String: Int] = [:]
        var figures: [String: Int] = [:]
        var lineups: [Int] = []
        var contents: [String: Int] = [:]

        init(_ site: Site) {
            settings = SiteRenderer.settingsHash(site)
            questions.reserveCapacity(site.interviews.reduce(0) { $0 + $1.questions.count })
            topics.reserveCapacity(site.topics.count)
            figures.reserveCapacity(site.figures.count)
            lineups.reserveCapacity(site.interviews.count)
            contents.reserveCapacity(site.interviews.count)
            func token(_ id: some Hashable, _ revisions: Int...) -> Int {
                var hasher = Hasher()
                hasher.combine(id)
                for revision in revisions { hasher.combine(revision) }
                return hasher.finalize()
            }
            for interview in site.interviews {
                var lineup = Hasher(), content = Hasher()
                content.combine(interview.id)
                content.combine(interview.revision)
                for question in interview.questions {
                    let reference = QuestionReference(interviewID: interview.id, questionID: question.id)
                    questions[reference] = token(reference, interview.revision, question.revision)
                    lineup.combine(question.id)
                    lineup.combine(question.number)
                    lineup.combine(question.title)
                    content.combine(question.id)
                    content.combine(question.revision)
                }
                lineups.append(lineup.finalize())
                contents[interview.id] = content.finalize()
            }
            for topic in site.topics { topics[topic.id] = token(topic.id, topic.revision) }
            for figure in site.figures { figures[figure.id] = token(figure.id, figure.revision) }
        }
    }

    /// A hash of everything the page's template reads, through the revisions of
    /// the files it comes from: equal fingerprints mean equal bytes.
    static func fingerprint(of page: Page, in site: Site, revisions: Revisions) -> Int {
        var inputs = PageInputs(site: site, revisions: revisions)
        inputs.hasher.combine(revisions.settings)
        inputs.hasher.combine(page)
        switch page {
        case .home:
            for i in site.interviews.indices { inputs.interview(i, questions: false) }
            inputs.topics(site.topics.map(\.id))
            inputs.figures(site.figures.map(\.id))
        case let .interview(i):
            inputs.interview(i, questions: true)
            inputs.topics(site.interviews[i].topicIDs)
            inputs.figures(site.interviews[i].figureIDs)
        case let .question(i, q):
            // Its own revision, and only the place and title of the others (for previous/next).
            let question = site.interviews[i].questions[q]
            inputs.interview(i, questions: false)
            inputs.hasher.combine(question.revision)
            inputs.hasher.combine(revisions.lineups[i])
            inputs.topics(question.topicIDs)
            inputs.figures(question.figureIDs)
        case .topicIndex:
            for topic in site.topics {
                inputs.hasher.combine(topic.id)
                inputs.hasher.combine(topic.revision)
                inputs.hasher.combine(topic.questions.count)
                inputs.hasher.combine(topic.figureIDs.count)
            }
        case let .topic(t):
            inputs.hasher.combine(site.topics[t].revision)
            site.topics[t].questions.forEach { inputs.question($0) }
            inputs.figures(site.topics[t].figureIDs)
        case .figureIndex:
            inputs.figures(site.figures.map(\.id))
        case let .figure(f):
            inputs.hasher.combine(site.figures[f].revision)
            for citation in site.figures[f].citations {
                inputs.question(citation.question)
                inputs.hasher.combine(citation.block)
            }
            inputs.topics(site.figures[f].topicIDs)
        case .search:
            break
        case let .page(p):
            inputs.hasher.combine(site.pages[p].revision)
        }
        return inputs.hasher.finalize()
    }

    /// What a page is made from, hashed: each token stands for an id and its
    /// revision; one that is not in the site, for its id alone.
    private struct PageInputs {
        let site: Site
        let revisions: Revisions
        var hasher = Hasher()

        init(site: Site, revisions: Revisions) {
            self.site = site
            self.revisions = revisions
        }

        mutating func topics(_ ids: [String]) {
            for id in ids { hasher.combine(revisions.topics[id] ?? id.hashValue) }
        }

        mutating func figures(_ ids: [String]) {
            for id in ids { hasher.combine(revisions.figures[id] ?? id.hashValue) }
        }

        mutating func question(_ reference: QuestionReference) {
            hasher.combine(revisions.questions[reference] ?? reference.hashValue)
        }

        mutating func interview(_ i: Int, questions: Bool) {
            let interview = site.interviews[i]
            hasher.combine(interview.id)
            hasher.combine(interview.revision)
            hasher.combine(interview.questions.count)
            guard questions else { return }
            for question in interview.questions {
                hasher.combine(question.id)
                hasher.combine(question.revision)
            }
        }
    }
}
