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
    enum Page: Sendable {
        case home, interview(Int), question(Int, Int), topicIndex, topic(Int), figureIndex, figure(Int), search
    }

    public static func pages(of site: Site) -> [SitePath] {
        pageList(site).map { path(of: $0, in: site) }
    }

    /// Every output file, sorted by path; diagnostics for files of `Content/`
    /// that would overwrite a generated one or cannot be read.
    public static func render(
        _ site: Site, assets: [String], root: URL, threads: Int
    ) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let pages = pageList(site)
        var files = parallelMap(pages, threads: threads) { page in
            OutputFile(path: path(of: page, in: site), bytes: Data(html(of: page, in: site).markup.utf8))
        }
        let htmlPages = files.map(\.path)
        files.append(OutputFile(path: Feed.path, bytes: Data(Feed.render(site).markup.utf8)))
        files.append(OutputFile(path: Sitemap.path, bytes: Data(Sitemap.render(site, pages: htmlPages).markup.utf8)))
        files.append(OutputFile(path: NotFoundPage.path, bytes: Data(NotFoundPage.render(site).markup.utf8)))
        files.append(OutputFile(path: SitePath(Stylesheet.path), bytes: Data(Stylesheet.css.utf8)))
        files.append(OutputFile(path: SearchPage.indexPath, bytes: Data(SearchPage.index(site).utf8)))
        files.append(OutputFile(path: SearchPage.scriptPath, bytes: Data(SearchPage.script.utf8)))
        files.append(OutputFile(path: FigureData.csvPath, bytes: Data(FigureData.csv(site).utf8)))
        files.append(OutputFile(path: FigureData.jsonPath, bytes: Data(FigureData.json(site).utf8)))
        for interview in site.interviews {
            files.append(OutputFile(path: interview.citationPath,
                                    bytes: Data(Citations.bibtex(Citations.entry(interview, in: site)).utf8)))
            for question in interview.questions {
                files.append(OutputFile(path: question.citationPath,
                                        bytes: Data(Citations.bibtex(Citations.entry(question, of: interview, in: site)).utf8)))
            }
        }

        var diagnostics: [Diagnostic] = []
        let generated = Set(files.map(\.path.value))
        let generatedFolders = Set(files.flatMap { file in
            let parts = file.path.value.split(separator: "/").dropLast()
            return parts.indices.map { parts[...($0)].joined(separator: "/") }
        })
        let copied = parallelMap(assets, threads: threads) { asset -> Result<OutputFile, Diagnostic> in
            let file = ContentFiles.folder + "/" + asset
            if generated.contains(asset) || generatedFolders.contains(asset) {
                return .failure(.error(file, .start, "this file would overwrite the generated \(asset); rename or move it"))
            }
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path) else {
                return .failure(.error(file, .start, "the file cannot be read; check its permissions"))
            }
            return .success(OutputFile(path: SitePath(asset), bytes: data))
        }
        for result in copied {
            switch result {
            case let .success(file): files.append(file)
            case let .failure(diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (files.sorted { $0.path < $1.path }, diagnostics)
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
}
