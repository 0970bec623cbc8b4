import Foundation
import ServiceLifecycle

/// Watches `Content/` and rebuilds the site when anything under it changes.
///
/// It polls: every `interval` it stats every file (the seed site has a few
/// dozen, which takes well under a millisecond), and compares size,
/// modification time and inode. On a site so large that a scan takes longer,
/// it waits nine scans' time between scans, so that watching never takes more
/// than a tenth of a core. Polling sees every kind of change the same
/// way, on every system: files added, edited, renamed or deleted, folders
/// moved, and editors that save by writing a new file and renaming it over the
/// old one. After a change it waits until the folder has been still for
/// `settle` (an editor's save can take more than one write), then rebuilds.
struct ContentWatcher: Service {
    let content: URL
    let baseline: ContentSnapshot
    let builder: SiteBuilder
    let interval: Duration
    let settle: Duration
    let onRebuild: @Sendable (Rebuild) -> Void

    /// How often idle event streams get a keep-alive comment.
    static let keepAliveEvery: Duration = .seconds(15)
    /// A folder that never stops changing is rebuilt anyway after this long.
    static let longestSettle: Duration = .milliseconds(500)

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await self.watch() }
        } catch is CancellationError {
            // Stopping: graceful shutdown or cancellation.
        }
        await builder.live.close()
    }
}

// MARK: - Polling

private extension ContentWatcher {
    func watch() async throws {
        let clock = ContinuousClock()
        var known = baseline
        var lastKeepAlive = clock.now
        var pause = interval
        while true {
            try await Task.sleep(for: pause)
            if clock.now - lastKeepAlive >= ContentWatcher.keepAliveEvery {
                await builder.live.keepAlive()
                lastKeepAlive = clock.now
            }
            let scanStarted = clock.now
            var current = ContentSnapshot(of: content)
            pause = max(interval, (clock.now - scanStarted) * 9)
            guard current != known else { continue }
            let started = clock.now
            while clock.now - started < ContentWatcher.longestSettle {
                try await Task.sleep(for: settle)
                let again = ContentSnapshot(of: content)
                if again == current { break }
                current = again
            }
            let changes = current.changes(since: known)
            known = current
            onRebuild(await builder.build(changes: changes))
        }
    }
}
