import Foundation
import ParleyMarkdown
import ParleySite

/// Loads and links a site's content: the first half of every build and check.
public enum SiteLoader {
    /// The linked site (nil on errors), every diagnostic sorted, and the
    /// files to copy as they are (paths under `Content/`).
    public struct Result: Sendable {
        public var site: Site?
        public var diagnostics: [Diagnostic]
        public var assets: [String]
        public var timings: [(phase: String, seconds: Double)]
        /// How many Markdown files were read and parsed (the others came from a cache).
        public var parsed = 0
        /// How many changed questions were linked alone into the last site; nil when the whole site was linked.
        public var relinked: Int?

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    }

    public static func load(root: URL, includeDrafts: Bool = false, threads: Int) -> Result {
        load(root: root, includeDrafts: includeDrafts, threads: threads, cache: nil)
    }

    /// Loads with `cache`: files whose stamp is unchanged are not read again.
    static func load(root: URL, includeDrafts: Bool, threads: Int, cache: BuildCache?) -> Result {
        var clock = PhaseClock()
        let files: ContentFiles
        if let last = cache?.listing, last.root == root, let again = last.files.relisted(threads: threads, root: root) {
            files = again
        } else {
            files = ContentFiles(root: root)
        }
        cache?.listing = (root, files)
        clock.end("list files")
        var diagnostics = files.diagnostics
        var jobs: [Loader.Job] = []
        for folder in files.interviews {
            if let index = folder.index {
                jobs.append(.init(kind: .interview(id: folder.id), path: index))
                for question in folder.questions {
                    jobs.append(.init(kind: .question(interviewID: folder.id, id: question.id), path: question.path))
                }
            }
        }
        jobs += files.topics.map { .init(kind: .topic(id: $0.id), path: $0.path) }
        jobs += files.figures.map { .init(kind: .figure(id: $0.id), path: $0.path) }
        jobs += files.pages.map { .init(kind: .page(id: $0.id), path: $0.path) }

        let loadedSettings = files.site.map { path -> (LoadedSettings?, [Diagnostic]) in
            let stamp = files.stamps[path]
            if let stamp, let cached = cache?.settings, cached.stamp == stamp, cached.assets == files.assets { return cached.result }
            let result = Loader.loadSettings(root: root, path: path, assets: Set(files.assets))
            if let stamp { cache?.settings = (stamp, files.assets, result) }
            return result
        }
        let settings = loadedSettings.map { ($0.0?.settings ?? nil, $0.1) }
        diagnostics += settings?.1 ?? []
        // Markdown is rendered as it is loaded, so raw HTML's treatment is part of what a file loads to.
        let rawHTML: MarkdownDocument.RawHTML = settings?.0?.unsafeHTML == true ? .passedThrough : .omitted
        if let cache, cache.loadedWith != rawHTML {
            cache.loaded = [:]
            cache.loadedWith = rawHTML
        }
        // What each file loaded to: made only for a link of the whole site.
        let loadedFiles: () -> [LoadedFile]
        var parsed = jobs.count
        var changed: [LoadedFile?] = []
        if let cache {
            let stamps = jobs.map { files.stamps[$0.path] }
            let fresh = parallelMap(Array(jobs.indices), threads: threads) { index -> (LoadedFile?, [Diagnostic])? in
                if let stamp = stamps[index], let entry = cache.loaded[jobs[index].path], entry.stamp == stamp { return nil }
                return Loader.load(jobs[index], root: root, rawHTML: rawHTML)
            }
            // The cache is updated in place: a rebuild touches only the files that changed.
            var unstamped: [Int: (LoadedFile?, [Diagnostic])] = [:]
            for index in jobs.indices {
                guard let result = fresh[index] else { continue }
                let file = result.0?.with(revision: cache.nextRevision())
                changed.append(file)
                if let stamp = stamps[index] {
                    cache.loaded[jobs[index].path] = .init(stamp: stamp, file: file, diagnostics: result.1)
                } else {
                    cache.loaded[jobs[index].path] = nil
                    unstamped[index] = (file, result.1)
                }
            }
            if cache.loaded.count != jobs.count - unstamped.count {
                let listed = Set(jobs.map(\.path))
                cache.loaded = cache.loaded.filter { listed.contains($0.key) }
            }
            let entry = { (index: Int) -> (LoadedFile?, [Diagnostic]) in
                if let result = unstamped[index] { return result }
                let kept = cache.loaded[jobs[index].path]!
                return (kept.file, kept.diagnostics)
            }
            for index in jobs.indices { diagnostics += entry(index).1 }
            loadedFiles = { jobs.indices.compactMap { entry($0).0 } }
            parsed = changed.count
        } else {
            let loaded = parallelMap(jobs, threads: threads) { Loader.load($0, root: root, rawHTML: rawHTML) }
            diagnostics += loaded.flatMap(\.1)
            loadedFiles = { loaded.compactMap(\.0) }
        }
        clock.end("load and parse")

        // Only questions' text changed, and not what they link to: the last site, with them replaced.
        // The last linker is changed in place (a copy would copy its tables); if
        // the changes cannot be linked alone, it is dropped just below.
        if let cache, let last = cache.linked?.site, let settings = settings?.0, settings == cache.linked?.settings,
           includeDrafts == cache.linked?.includeDrafts, !diagnostics.contains(where: { $0.severity == .error }),
           files.assets == cache.linked?.assets, jobs.map(\.path) == cache.linked?.paths {
            let questions = changed.compactMap { file -> LoadedQuestion? in
                if case let .question(question)? = file { return question }
                return nil
            }
            if questions.count == changed.count, let site = cache.linked?.linker.relink(questions, into: last) {
                cache.linked?.site = site
                clock.end("link")
                let linked = cache.linked?.linker.diagnostics ?? []
                return Result(site: site, diagnostics: (diagnostics + linked).sorted(), assets: files.assets,
                              timings: clock.phases, parsed: parsed, relinked: questions.count)
            }
        }
        cache?.linked = nil

        // Link even when some files failed, so that one run reports every error;
        // without settings, link against placeholders and keep only the diagnostics.
        let linkSettings = settings?.0 ?? SiteSettings(title: "", baseURL: "https://invalid.invalid/")
        var linker = Linker(settings: linkSettings, files: loadedFiles(), listed: files, includeDrafts: includeDrafts)
        linker.settingsTexts = loadedSettings?.0?.texts ?? []
        let loadFailed = settings?.0 == nil || diagnostics.contains { $0.severity == .error }
        let linked = linker.link(threads: threads, assembling: !loadFailed)
        diagnostics += linker.diagnostics
        clock.end("link")
        let failed = settings?.0 == nil || diagnostics.contains { $0.severity == .error }
        if let cache, !failed, let linked, let settings = settings?.0 {
            cache.linked = .init(linker: linker, site: linked, paths: jobs.map(\.path), assets: files.assets,
                                 settings: settings, includeDrafts: includeDrafts)
        }
        return Result(site: failed ? nil : linked, diagnostics: diagnostics.sorted(), assets: files.assets,
                      timings: clock.phases, parsed: parsed)
    }
}

/// Wall time per phase of a build.
struct PhaseClock {
    private(set) var phases: [(phase: String, seconds: Double)] = []
    private var last = DispatchTime.now()

    mutating func end(_ phase: String) {
        let now = DispatchTime.now()
        phases.append((phase, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9))
        last = now
    }
}
