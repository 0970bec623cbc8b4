import Foundation
import ParleyServe
import Testing

/// `parley serve`'s server, run in this process on a free port of 127.0.0.1.
final class RunningServer: Sendable {
    let server: PreviewServer
    let port: Int
    let folder: URL
    let builds: AsyncStream<Rebuild>
    private let task: Task<Void, any Error>

    private init(server: PreviewServer, port: Int, folder: URL, builds: AsyncStream<Rebuild>, task: Task<Void, any Error>) {
        self.server = server
        self.port = port
        self.folder = folder
        self.builds = builds
        self.task = task
    }

    /// Runs `body` with a server of `site`, and always stops the server afterwards.
    static func with<T: Sendable>(
        _ site: TemporarySite, folder: URL? = nil, includeDrafts: Bool = false,
        _ body: (RunningServer) async throws -> T
    ) async throws -> T {
        let running = try await start(site, folder: folder, includeDrafts: includeDrafts)
        do {
            let value = try await body(running)
            try await running.stop()
            return value
        } catch {
            try? await running.stop()
            throw error
        }
    }

    static func start(_ site: TemporarySite, folder: URL? = nil, includeDrafts: Bool = false) async throws -> RunningServer {
        let (listening, listeningContinuation) = AsyncStream.makeStream(of: (Int, URL).self)
        let (builds, buildsContinuation) = AsyncStream.makeStream(of: Rebuild.self)
        let server = PreviewServer(
            .init(root: site.root, host: "127.0.0.1", port: 0, includeDrafts: includeDrafts, threads: 2, folder: folder),
            onEvent: { event in
                switch event {
                case let .built(rebuild): buildsContinuation.yield(rebuild)
                case let .listening(url, folder): listeningContinuation.yield((url.port ?? 0, folder))
                }
            }
        )
        let task = Task {
            defer {
                listeningContinuation.finish()
                buildsContinuation.finish()
            }
            try await server.run()
        }
        guard let (port, served) = await listening.first(where: { _ in true }) else {
            try await task.value
            throw HTTPConnection.Failure(description: "the server stopped before it listened")
        }
        return RunningServer(server: server, port: port, folder: served, builds: builds, task: task)
    }

    /// Stops the server and waits until it has.
    func stop() async throws {
        await server.stop()
        try await task.value
    }

    func get(_ target: String, headers: [String: String] = [:]) async throws -> HTTPConnection.Response {
        try await HTTPConnection.request(port: port, "GET", target, headers: headers)
    }

    /// Waits until `target` is served with text that satisfies `condition`.
    func waitUntil(
        _ target: String, within seconds: Double = 10, _ condition: (HTTPConnection.Response) -> Bool
    ) async throws -> HTTPConnection.Response {
        let deadline = Date() + seconds
        while true {
            let response = try await get(target)
            if condition(response) { return response }
            if Date() > deadline {
                throw HTTPConnection.Failure(description: "\(target) did not change as expected within \(seconds) s")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
