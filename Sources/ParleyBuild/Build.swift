import Foundation
import ParleySite

/// `parley build`: load, link, render, and only then write.
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
        public var timings: [(phase: String, seconds: Double)] = []
        /// Markdown files read and parsed, and pages rendered, by this build.
        public var parsed = 0
        public var rendered = 0

        public var succeeded: Bool { failure == nil && !diagnostics.contains { $0.severity == .error } }
        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
        public var seconds: Double { timings.reduce(0) { $0 + $1.seconds } }
    }

    /// Builds the site. Nothing is written unless the whole site rendered without error.
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
        guard var site = loaded.site else { return report }
        site.livePreview = options.livePreview

        var clock = PhaseClock()
        let (files, diagnostics, reused, rendered) = SiteRenderer.render(
            site, assets: loaded.assets, root: options.root, threads: options.threads, cache: cache)
        clock.end("render")
        // The cache now holds pages that are not on disk until the write succeeds.
        let wroteHereBefore = cache?.writtenTo == options.output.standardizedFileURL
        cache?.writtenTo = nil
        report.diagnostics = (report.diagnostics + diagnostics).sorted()
        guard report.succeeded else { return report }
        report.files = files.count
        report.rendered = rendered
        report.pages = files.filter { $0.path.value.hasSuffix(".html") }.count

        do {
            // Pages reused from the last build into this same folder are known to be on disk.
            let known = wroteHereBefore ? reused : []
            report.counts = try OutputWriter(folder: options.output, threads: options.threads).write(files, known: known)
            cache?.writtenTo = options.output.standardizedFileURL
        } catch {
            report.failure = "\(error)"
        }
        clock.end("write")
        report.timings += clock.phases
        return report
    }
}
