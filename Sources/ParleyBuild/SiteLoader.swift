import Foundation
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

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    }

    public static func load(root: URL, includeDrafts: Bool = false, threads: Int) -> Result {
        var clock = PhaseClock()
        let files = ContentFiles(root: root)
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

        let settings = files.site.map { Loader.loadSettings(root: root, path: $0) }
        diagnostics += settings?.1 ?? []
        let loaded = parallelMap(jobs, threads: threads) { Loader.load($0, root: root) }
        diagnostics += loaded.flatMap(\.1)
        clock.end("load and parse")

        // Link even when some files failed, so that one run reports every error;
        // without settings, link against placeholders and keep only the diagnostics.
        let linkSettings = settings?.0 ?? SiteSettings(title: "", baseURL: "https://invalid.invalid/")
        var linker = Linker(settings: linkSettings, files: loaded.compactMap(\.0), listed: files, includeDrafts: includeDrafts)
        let loadFailed = settings?.0 == nil || diagnostics.contains { $0.severity == .error }
        let linked = linker.link(threads: threads, assembling: !loadFailed)
        diagnostics += linker.diagnostics
        clock.end("link")
        let failed = settings?.0 == nil || diagnostics.contains { $0.severity == .error }
        return Result(site: failed ? nil : linked, diagnostics: diagnostics.sorted(), assets: files.assets, timings: clock.phases)
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
