import Foundation
import Hummingbird
import Logging
import ParleyBuild
import ServiceLifecycle

/// `parley serve`: builds the site into a folder of its own, serves it over
/// HTTP with Hummingbird, and rebuilds it whenever `Content/` changes, telling
/// open pages to reload.
///
/// The build is `parley build`'s own (through a `BuildSession`), with the live-reload
/// script added to every page; so what is served is byte for byte what a full
/// build with that option writes. While the content has errors the last good
/// build stays in place and keeps being served, and the pages show the errors.
public final class PreviewServer: Sendable {
    /// What to serve, and how.
    public struct Options: Sendable {
        /// The site's folder, the one that holds `Content/`.
        public var root: URL
        /// The address to listen on: loopback unless said otherwise.
        public var host: String
        /// The port; `0` picks a free one (the `listening` event tells which).
        public var port: Int
        public var includeDrafts: Bool
        public var threads: Int?
        /// Where to build and serve from; a new temporary folder (removed on
        /// stop) when nil. It must be empty or written by Parley.
        public var folder: URL?
        /// How often `Content/` is polled, and how long it must stay still before a rebuild.
        public var pollInterval: Duration
        public var settle: Duration

        public init(
            root: URL, host: String = "127.0.0.1", port: Int = 8000, includeDrafts: Bool = false, threads: Int? = nil,
            folder: URL? = nil, pollInterval: Duration = .milliseconds(10), settle: Duration = .milliseconds(10)
        ) {
            self.root = root
            self.host = host
            self.port = port
            self.includeDrafts = includeDrafts
            self.threads = threads
            self.folder = folder
            self.pollInterval = pollInterval
            self.settle = settle
        }
    }

    /// What happens while serving, for the terminal.
    public enum Event: Sendable {
        /// The first build, or a rebuild after a change.
        case built(Rebuild)
        /// The server listens at `url`, serving `folder`.
        case listening(url: URL, folder: URL)
    }

    /// Why serve could not start.
    public enum Failure: Error, CustomStringConvertible {
        case folder(String)
        case listen(String)

        public var description: String {
            switch self {
            case let .folder(message), let .listen(message): return message
            }
        }
    }

    let options: Options
    let onEvent: @Sendable (Event) -> Void
    private let control = Control()

    public init(_ options: Options, onEvent: @escaping @Sendable (Event) -> Void = { _ in }) {
        self.options = options
        self.onEvent = onEvent
    }

    /// Builds, serves and watches until `stop()`, or until SIGINT or SIGTERM
    /// when `stopOnSignals` (Ctrl-C): then open event streams are ended,
    /// requests in flight finish, and the temporary folder is removed.
    public func run(stopOnSignals: Bool = false) async throws {
        let folder = try options.folder ?? ServeFolder.make()
        defer { if options.folder == nil { ServeFolder.remove(folder) } }
        let root = options.root.standardizedFileURL
        let content = root.appendingPathComponent("Content", isDirectory: true)
        let live = LiveSite()
        let builder = SiteBuilder(
            options: Build.Options(root: root, output: folder, includeDrafts: options.includeDrafts,
                                   threads: options.threads, livePreview: true),
            live: live
        )

        // The first build comes before the server listens, so the first request finds the site.
        let baseline = ContentSnapshot(of: content)
        let first = await builder.build(changes: [])
        if let failure = first.report.failure { throw Failure.folder(failure) }
        onEvent(.built(first))

        let watcher = ContentWatcher(
            content: content, baseline: baseline, builder: builder,
            interval: options.pollInterval, settle: options.settle, onRebuild: { [onEvent] in onEvent(.built($0)) }
        )
        var logger = Logger(label: "parley-serve")
        logger.logLevel = .warning
        let host = options.host
        let onEvent = self.onEvent
        let app = Application(
            router: PreviewServer.router(folder: folder, live: live),
            configuration: ApplicationConfiguration(address: .hostname(host, port: options.port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                onEvent(.listening(url: PreviewServer.url(host: host, port: port), folder: folder))
            },
            logger: logger
        )
        // Services stop in reverse order: the watcher first, which ends the
        // event streams, so that the server has no endless response to wait for.
        var configuration = ServiceGroupConfiguration(services: [app, watcher], logger: logger)
        configuration.gracefulShutdownSignals = stopOnSignals ? [.sigint, .sigterm] : []
        // A client that will not let go cannot keep serve from stopping.
        configuration.maximumGracefulShutdownDuration = .seconds(3)
        let group = ServiceGroup(configuration: configuration)
        await control.started(group)
        do {
            try await group.run()
        } catch {
            throw Failure.listen("cannot serve on \(host):\(options.port): \(PreviewServer.reason(error))")
        }
    }

    /// Stops a running server gracefully; `run()` then returns.
    public func stop() async {
        await control.stop()
    }

    /// Whether a host name or address reaches this computer only.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// The address to print: `http://127.0.0.1:8000/`, `http://[::1]:8000/`.
    public static func url(host: String, port: Int) -> URL {
        let shown = host.contains(":") ? "[\(host)]" : host
        return URL(string: "http://\(shown):\(port)/")!
    }
}

// MARK: - Routes

extension PreviewServer {
    /// `/_parley/…` for the live-reload script (at any depth), its events and
    /// the error page; every other address is a file of the folder, through
    /// `FileMiddleware`.
    static func router(folder: URL, live: LiveSite) -> Router<BasicRequestContext> {
        let router = Router(options: [.autoGenerateHeadEndpoints])
        router.add(middleware: PreviewHeaders())
        router.add(middleware: RequestGuard())
        router.add(middleware: LiveReloadMiddleware())
        router.add(middleware: NotFoundMiddleware(folder: folder, live: live))
        router.add(
            middleware: FileMiddleware(fileProvider: SiteFiles(root: folder), searchForIndexHtml: true)
                .withAdditionalMediaTypes(forFileExtensions: MediaTypes.byExtension)
        )
        router.get(RouterPath(LiveReloadScript.eventsPath)) { _, _ -> Response in
            let stream = await live.subscribe()
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-store"
            return Response(status: .ok, headers: headers, body: ResponseBody(asyncSequence: stream.map { ByteBuffer(string: $0) }))
        }
        router.get(RouterPath(LiveReloadScript.errorPath)) { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = MediaTypes.html.description
            let page = ErrorPage.render(lines: await live.errorLines)
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
        }
        return router
    }
}

// MARK: - Helpers

private extension PreviewServer {
    /// The service group once it runs, so that `stop()` can reach it even
    /// when it is called before the first build has finished.
    actor Control {
        private var group: ServiceGroup?
        private var stopping = false

        func started(_ group: ServiceGroup) async {
            self.group = group
            if stopping { await group.triggerGracefulShutdown() }
        }

        func stop() async {
            stopping = true
            await group?.triggerGracefulShutdown()
        }
    }

    static func reason(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("Address already in use") || text.contains("EADDRINUSE") || text.contains("errno: 98") {
            return "the port is in use; choose another with --port, or --port 0 for a free one"
        }
        return text
    }
}
