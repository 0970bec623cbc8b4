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
        public var timings: [PhaseTime]
        /// How many Markdown files were read and parsed (the others came from a cache).
        public var parsed = 0
        /// How many changed questions were linked alone into the last site; nil when the whole site was linked.
        public var relinked: Int?
        /// The interviews left out as drafts, by id.
        public var drafts: [String] = []

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    }

    public static func load(root: URL, includeDrafts: Bool = false, threads: Int) -> Result {
        load(root: root, includeDrafts: includeDrafts, threads: threads, cache: nil)
    }

    /// Loads with `cache`: files whose stamp is unchanged are not read again.
    static func load(root: URL, includeDrafts: Bool, threads: Int, cache: BuildCache?) -> Result {
        var clock = PhaseClock()
        let files = list(root: root, threads: threads, cache: cache)
        clock.end("list files")
        let settings = files.site.map { loadSettings(root: root, path: $0, files: files, cache: cache) }
        // Markdown is rendered as it is loaded, so raw HTML's treatment is part of what a file loads to.
        let rawHTML: MarkdownDocument.RawHTML = settings?.settings?.unsafeHTML == true ? .passedThrough : .omitted
        let jobs = jobs(for: files)
        let loaded = cache.map { loadChanged(jobs, files: files, root: root, rawHTML: rawHTML, threads: threads, cache: $0) }
            ?? loadAll(jobs, root: root, rawHTML: rawHTML, threads: threads)
        let diagnostics = files.diagnostics + (settings?.diagnostics ?? []) + loaded.diagnostics
        clock.end("load and parse")
        let input = LinkInput(files: files, jobs: jobs, loaded: loaded, settings: settings?.settings,
                              settingsTexts: settings?.texts ?? [], diagnostics: diagnostics, includeDrafts: includeDrafts)
        if let cache, let relinked = relinkChanged(input, cache: cache) {
            clock.end("link")
            return Result(site: relinked.site, diagnostics: relinked.diagnostics, assets: files.assets,
                          timings: clock.phases, parsed: loaded.parsed, relinked: relinked.questions, drafts: relinked.drafts)
        }
        cache?.linked = nil
        let linked = linkAll(input, threads: threads, cache: cache)
        clock.end("link")
        return Result(site: linked.site, diagnostics: linked.diagnostics, assets: files.assets,
                      timings: clock.phases, parsed: loaded.parsed, drafts: linked.drafts)
    }
}

// MARK: - Listing and loading

private extension SiteLoader {
    /// The files of `Content/`, listed again only if a folder changed since the cache's listing.
    static func list(root: URL, threads: Int, cache: BuildCache?) -> ContentFiles {
        if let last = cache?.listing, last.root == root, let again = last.files.relisted(threads: threads, root: root) {
            cache?.listing = BuildCache.Listing(root: root, files: again)
            return again
        }
        let files = ContentFiles(root: root)
        cache?.listing = BuildCache.Listing(root: root, files: files)
        return files
    }

    /// `site.yml`, loaded again only if it or the files of `Content/` it may name changed.
    static func loadSettings(root: URL, path: String, files: ContentFiles, cache: BuildCache?) -> LoadedSettings {
        let stamp = files.stamps[path]
        if let stamp, let cached = cache?.settings, cached.stamp == stamp, cached.assets == files.assets { return cached.loaded }
        let loaded = Loader.loadSettings(root: root, path: path, assets: Set(files.assets))
        if let stamp { cache?.settings = BuildCache.Settings(stamp: stamp, assets: files.assets, loaded: loaded) }
        return loaded
    }

    /// A job for every Markdown file a page is made from; questions only of interviews with an index.md.
    static func jobs(for files: ContentFiles) -> [Loader.Job] {
        var jobs: [Loader.Job] = []
        for folder in files.interviews {
            guard let index = folder.index else { continue }
            jobs.append(Loader.Job(kind: .interview(id: folder.id), path: index))
            for question in folder.questions {
                jobs.append(Loader.Job(kind: .question(interviewID: folder.id, id: question.id), path: question.path))
            }
        }
        jobs += files.topics.map { Loader.Job(kind: .topic(id: $0.id), path: $0.path) }
        jobs += files.figures.map { Loader.Job(kind: .figure(id: $0.id), path: $0.path) }
        jobs += files.pages.map { Loader.Job(kind: .page(id: $0.id), path: $0.path) }
        return jobs
    }

    /// What the jobs loaded to.
    struct Loaded {
        var diagnostics: [Diagnostic]
        /// Every file that loaded, in the jobs' order: made only for a link of the whole site.
        var files: () -> [LoadedFile]
        /// The files loaded anew by this build (nil where one failed to load).
        var changed: [LoadedFile?]
        /// How many files were read and parsed.
        var parsed: Int
    }

    static func loadAll(_ jobs: [Loader.Job], root: URL, rawHTML: MarkdownDocument.RawHTML, threads: Int) -> Loaded {
        let outcomes = parallelMap(jobs, threads: threads) { Loader.load($0, root: root, rawHTML: rawHTML) }
        let files = outcomes.compactMap(\.file)
        return Loaded(diagnostics: outcomes.flatMap(\.diagnostics), files: { files }, changed: files, parsed: jobs.count)
    }

    /// Loads only the files whose stamp changed since the cache's last load, and updates the cache in place.
    static func loadChanged(
        _ jobs: [Loader.Job], files: ContentFiles, root: URL, rawHTML: MarkdownDocument.RawHTML, threads: Int, cache: BuildCache
    ) -> Loaded {
        if cache.loadedWith != rawHTML {
            cache.loaded = [:]
            cache.loadedWith = rawHTML
        }
        let stamps = jobs.map { files.stamps[$0.path] }
        let fresh = parallelMap(Array(jobs.indices), threads: threads) { index -> Loader.Outcome? in
            if let stamp = stamps[index], cache.loaded[jobs[index].path]?.stamp == stamp { return nil }
            return Loader.load(jobs[index], root: root, rawHTML: rawHTML)
        }
        var changed: [LoadedFile?] = []
        // A file without a stamp (it vanished while listed) is loaded every time, never kept.
        var unstamped: [Int: Loader.Outcome] = [:]
        for index in jobs.indices {
            guard var outcome = fresh[index] else { continue }
            outcome.file = outcome.file?.with(revision: cache.nextRevision())
            changed.append(outcome.file)
            if let stamp = stamps[index] {
                cache.loaded[jobs[index].path] = BuildCache.LoadedEntry(stamp: stamp, outcome: outcome)
            } else {
                cache.loaded[jobs[index].path] = nil
                unstamped[index] = outcome
            }
        }
        if cache.loaded.count != jobs.count - unstamped.count {
            let listed = Set(jobs.map(\.path))
            cache.loaded = cache.loaded.filter { listed.contains($0.key) }
        }
        let outcome = { (index: Int) -> Loader.Outcome in unstamped[index] ?? cache.loaded[jobs[index].path]!.outcome }
        return Loaded(diagnostics: jobs.indices.flatMap { outcome($0).diagnostics },
                      files: { jobs.indices.compactMap { outcome($0).file } }, changed: changed, parsed: changed.count)
    }
}

// MARK: - Linking

private extension SiteLoader {
    /// Everything a link of the loaded files starts from.
    struct LinkInput {
        var files: ContentFiles
        var jobs: [Loader.Job]
        var loaded: Loaded
        var settings: SiteSettings?
        /// `site.yml`'s footer and `nav` links, checked as every text's are.
        var settingsTexts: [MarkdownSource]
        /// The diagnostics of listing and loading.
        var diagnostics: [Diagnostic]
        var includeDrafts: Bool

        var failed: Bool { settings == nil || diagnostics.contains { $0.severity == .error } }
    }

    struct Linked {
        var site: Site?
        var diagnostics: [Diagnostic]
        /// How many changed questions were linked alone into the last site.
        var questions: Int?
        /// The interviews left out as drafts, by id.
        var drafts: [String]
    }

    /// When only questions' text changed, and not what they link to: the last
    /// site, with them replaced. The last linker is changed in place (a copy
    /// would copy its tables); if the changes cannot be linked alone, the
    /// caller drops it.
    static func relinkChanged(_ input: LinkInput, cache: BuildCache) -> Linked? {
        // Fields one by one: a copy of `cache.linked` would make the relink below copy the linker's tables.
        guard let lastSite = cache.linked?.site, let settings = input.settings, !input.failed,
              settings == cache.linked?.settings, input.includeDrafts == cache.linked?.includeDrafts,
              input.files.assets == cache.linked?.assets, input.jobs.map(\.path) == cache.linked?.paths else { return nil }
        var questions: [LoadedQuestion] = []
        for file in input.loaded.changed {
            guard case let .question(question)? = file else { return nil }
            questions.append(question)
        }
        guard let site = cache.linked?.linker.relink(questions, into: lastSite) else { return nil }
        cache.linked?.site = site
        let diagnostics = input.diagnostics + (cache.linked?.linker.diagnostics ?? [])
        return Linked(site: site, diagnostics: diagnostics.sorted(), questions: questions.count,
                      drafts: cache.linked?.linker.drafts.sorted() ?? [])
    }

    /// Links the whole site, even when some files failed, so that one run
    /// reports every error; without settings, against placeholders, keeping only the diagnostics.
    static func linkAll(_ input: LinkInput, threads: Int, cache: BuildCache?) -> Linked {
        let settings = input.settings ?? SiteSettings(title: "", baseURL: "https://invalid.invalid/")
        let files = input.loaded.files()
        var linker = Linker(settings: settings, files: files, listed: input.files, includeDrafts: input.includeDrafts)
        linker.settingsTexts = input.settingsTexts
        let site = linker.link(threads: threads, assembling: !input.failed)
        linker.diagnostics = DraftReport(files: files, drafts: linker.drafts).relabel(linker.diagnostics)
        let diagnostics = input.diagnostics + linker.diagnostics
        let failed = input.settings == nil || diagnostics.contains { $0.severity == .error }
        if let cache, !failed, let site {
            cache.linked = BuildCache.Linked(linker: linker, site: site, paths: input.jobs.map(\.path),
                                             assets: input.files.assets, settings: settings, includeDrafts: input.includeDrafts)
        }
        return Linked(site: failed ? nil : site, diagnostics: KnockOnErrors.fold(diagnostics).sorted(),
                      drafts: linker.drafts.sorted())
    }
}

/// The wall time of one phase of a build.
public struct PhaseTime: Sendable {
    public var phase: String
    public var seconds: Double
}

/// Wall time per phase of a build.
struct PhaseClock {
    private(set) var phases: [PhaseTime] = []
    private var last = DispatchTime.now()

    mutating func end(_ phase: String) {
        let now = DispatchTime.now()
        phases.append(PhaseTime(phase: phase, seconds: Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9))
        last = now
    }
}
