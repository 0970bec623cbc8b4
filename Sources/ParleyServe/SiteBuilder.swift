import Dispatch
import ParleyBuild

/// Runs `parley build`'s own build for `parley serve`, into serve's folder and
/// with the live-reload script. Builds go through one `BuildSession`, so a
/// rebuild parses only the files that changed and renders only the pages
/// they affect, and still writes the same bytes a full build would.
struct SiteBuilder: Sendable {
    let options: Build.Options
    let live: LiveSite
    private let session: BuildSession

    init(options: Build.Options, live: LiveSite) {
        self.options = options
        self.live = live
        session = BuildSession(options)
    }

    /// One build, off Swift's cooperative threads (it blocks while it reads,
    /// renders and writes), recorded in the live site.
    func build(changes: [String]) async -> Rebuild {
        let session = self.session
        let report = await withCheckedContinuation { continuation in
            SiteBuilder.queue.async { continuation.resume(returning: session.build()) }
        }
        return await live.record(report, changes: changes)
    }

    /// Builds run one at a time, in order.
    private static let queue = DispatchQueue(label: "parley.serve.build", qos: .userInitiated)
}
