import Foundation
import ParleyBuild

/// The state of the site that `parley serve` shows, and the browsers that
/// listen for its changes.
///
/// Each page served carries a script that opens `/_parley/events`; every open
/// stream is a subscriber here. A build that changes the served files sends
/// them `reload`; a failed build sends `failed` with the error lines, and the
/// files on disk stay those of the last good build.
actor LiveSite {
    /// Names this run of the server, so that a page can tell a restarted
    /// server (whose site may differ) from a reconnection to the same one.
    let session: String
    private(set) var generation = 0
    /// The lines of the last build, if it failed.
    private(set) var errorLines: [String]?
    /// Whether any build has succeeded, so that there is a site to serve.
    private(set) var hasGoodBuild = false

    private var subscribers: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextSubscriber = 0
    private var closed = false

    init(session: String = String(UInt64.random(in: 0...UInt64.max), radix: 36)) {
        self.session = session
    }

    /// Names the served site's state: it changes with every build that changes the site.
    var token: String { "\(session)-\(generation)" }

    /// How many browsers listen; for tests and the terminal.
    var listeners: Int { subscribers.count }

    /// Records a finished build and tells every listening page about it.
    func record(_ report: Build.Report, changes: [String]) -> Rebuild {
        var rebuild = Rebuild(report: report, changes: changes, errorLines: [], reloaded: false, generation: generation)
        if report.succeeded {
            let changed = report.counts.written + report.counts.removed > 0
            let recovered = errorLines != nil || !hasGoodBuild
            errorLines = nil
            hasGoodBuild = true
            if changed || recovered {
                generation += 1
                rebuild.reloaded = true
                rebuild.generation = generation
                broadcast(ServerSentEvent("reload", data: token).encoded)
            }
        } else {
            let lines = LiveSite.errorLines(of: report, hasGoodBuild: hasGoodBuild)
            errorLines = lines
            rebuild.errorLines = lines
            broadcast(ServerSentEvent("failed", lines: lines).encoded)
        }
        return rebuild
    }

    /// A new listener's stream of Server-Sent Events. It starts with `hello`
    /// (the site's token) and, while the content has errors, `failed`.
    func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(32))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextSubscriber
        nextSubscriber += 1
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        continuation.yield(ServerSentEvent.retry + ServerSentEvent("hello", data: token).encoded)
        if let errorLines {
            continuation.yield(ServerSentEvent("failed", lines: errorLines).encoded)
        }
        return stream
    }

    /// Keeps idle streams alive, and lets closed connections be noticed.
    func keepAlive() {
        broadcast(ServerSentEvent.keepAlive)
    }

    /// Ends every stream, and every later one at once: the server is stopping.
    func close() {
        closed = true
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }
}

// MARK: - Helpers

private extension LiveSite {
    func broadcast(_ message: String) {
        for continuation in subscribers.values { continuation.yield(message) }
    }

    func unsubscribe(_ id: Int) {
        subscribers[id] = nil
    }

    static func errorLines(of report: Build.Report, hasGoodBuild: Bool) -> [String] {
        var lines = report.diagnostics.map(\.description)
        if let failure = report.failure { lines.append("error: \(failure)") }
        let errors = report.errors.count + (report.failure == nil ? 0 : 1)
        let warnings = report.warnings.count
        var summary = "\(errors) \(errors == 1 ? "error" : "errors")"
        if warnings > 0 { summary += ", \(warnings) \(warnings == 1 ? "warning" : "warnings")" }
        summary += hasGoodBuild ? "; serving the last good build."
            : "; nothing to serve until \(errors == 1 ? "it is" : "they are") fixed."
        lines.append(summary)
        return lines
    }
}
