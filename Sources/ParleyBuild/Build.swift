import Foundation
import ParleySite
import Templates

/// `parley build`: load and link the whole site, and only then render and write it.
public enum Build {
    public struct Options: Sendable {
        /// The site's folder, the one that holds `Content/`.
        public var root: URL
        /// Where the site goes; `root/Public` unless said otherwise.
        public var output: URL
        public var includeDrafts: Bool
        /// Threads for parsing, rendering and writing; the output never depends on it.
        public var threads: Int
        /// Pages load `parley serve`'s live-reload script (only for serving, never for Public/).
        public var livePreview: Bool
        /// False to leave the search index out, so that the site's search finds
        /// nothing: only to measure what the index costs (`parley-benchmark --index-share`).
        public var searchIndex = true

        public init(root: URL, output: URL? = nil, includeDrafts: Bool = false, threads: Int? = nil, livePreview: Bool = false) {
            self.root = root
            self.output = output ?? root.appendingPathComponent("Public")
            self.includeDrafts = includeDrafts
            self.threads = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
            self.livePreview = livePreview
        }
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic] = []
        /// Set when the output could not be written (a folder that is not Parley's, a full disk).
        public var failure: String?
        public var files = 0
        public var pages = 0
        public var counts = OutputWriter.Counts()
        public var timings: [PhaseTime] = []
        /// Markdown files read and parsed, and pages rendered, by this build.
        public var parsed = 0
        public var rendered = 0
        /// How many changed questions were linked alone into the last build's
        /// site (`parley serve`'s rebuilds); nil when the whole site was linked.
        public var relinked: Int?
        /// The interviews left out as drafts, by id.
        public var drafts: [String] = []
        /// Thread time spent rendering pages and writing files, summed over threads
        /// (the two overlap in one phase).
        public var busy = OutputWriter.Busy()

        public var succeeded: Bool { failure == nil && !diagnostics.contains { $0.severity == .error } }
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
        public var seconds: Double { timings.reduce(0) { $0 + $1.seconds } }
    }

    /// Builds the site. Nothing is written unless the whole site loaded and
    /// linked without error and every file to copy was read; rendering a page
    /// cannot fail, so each is written as soon as it is rendered.
    public static func run(_ options: Options) -> Report {
        run(options, cache: nil)
    }

    static func run(_ options: Options, cache: BuildCache?) -> Report {
        var report = Report()
        do {
            try OutputWriter.checkSafe(output: options.output, root: options.root)
        } catch {
            report.failure = "\(error)"
            return report
        }
        let loaded = SiteLoader.load(root: options.root, includeDrafts: options.includeDrafts, threads: options.threads, cache: cache)
        report.diagnostics = loaded.diagnostics
        report.timings = loaded.timings
        report.parsed = loaded.parsed
        report.relinked = loaded.relinked
        report.drafts = loaded.drafts
        guard var site = loaded.site else { return report }
        site.livePreview = options.livePreview

        var clock = PhaseClock()
        let search = options.searchIndex ? searchIndex(site, threads: options.threads, cache: cache)
            : SearchIndexFiles(paths: [], scripts: [])
        clock.end("search index")
        let plan = SiteRenderer.plan(site, search: search, assets: loaded.assets, root: options.root, threads: options.threads)
        report.diagnostics = (report.diagnostics + plan.diagnostics).sorted()
        guard report.succeeded else { return report }
        let fingerprints = cache == nil ? [] : fingerprints(of: plan, threads: options.threads)
        let last = cache?.written.flatMap { $0.folder == options.output.standardizedFileURL ? $0 : nil }
        let known = known(plan, fingerprints: fingerprints, last: last)
        // The cache's fingerprints describe the folder only once the write succeeds.
        cache?.written = nil
        clock.end("plan")
        report.files = plan.paths.count
        report.pages = plan.paths.filter { $0.value.hasSuffix(".html") }.count
        report.rendered = plan.pages.indices.filter { !known[plan.firstPage + $0] }.count

        do {
            let written = try OutputWriter(folder: options.output, threads: options.threads)
                .write(paths: plan.paths, known: known, last: last?.manifest) { plan.contents(at: $0) }
            report.counts = written.counts
            report.busy = written.busy
            if let cache {
                cache.written = BuildCache.Written(folder: options.output.standardizedFileURL, paths: plan.paths,
                                                   fingerprints: fingerprints, manifest: written.manifest)
            }
        } catch {
            report.failure = "\(error)"
        }
        clock.end("render and write")
        report.timings += clock.phases
        releaseInBackground((loaded, plan, last))
        return report
    }
}

private extension Build {
    /// The site's search index, made with what the cache holds of the last;
    /// what it was made from is kept only in a cache, and otherwise let go at once.
    static func searchIndex(_ site: Site, threads: Int, cache: BuildCache?) -> SearchIndexFiles {
        let made = SearchIndex.build(site, threads: threads, last: cache?.search)
        if let cache {
            cache.search = made
        } else {
            releaseInBackground(made)
        }
        return made.files
    }

    /// Every output file's fingerprint (nil for the files made in every build), for a rebuild to compare.
    static func fingerprints(of plan: SiteRenderer.Plan, threads: Int) -> [Fingerprint?] {
        parallelMap(Array(plan.paths.indices), threads: threads) { plan.fingerprint(at: $0) }
    }

    /// For each output file, whether it is known to be on disk already: its
    /// fingerprint is unchanged since the last build into the same folder. A
    /// known file is neither made nor read back.
    static func known(_ plan: SiteRenderer.Plan, fingerprints: [Fingerprint?], last: BuildCache.Written?) -> [Bool] {
        guard let last else { return [Bool](repeating: false, count: plan.paths.count) }
        if last.paths == plan.paths {
            return plan.paths.indices.map { fingerprints[$0] != nil && fingerprints[$0] == last.fingerprints[$0] }
        }
        let before = Dictionary(zip(last.paths, last.fingerprints), uniquingKeysWith: { first, _ in first })
        return plan.paths.indices.map { fingerprints[$0] != nil && before[plan.paths[$0]] == fingerprints[$0] }
    }
}
