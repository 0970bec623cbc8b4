import ArgumentParser
import Foundation
import ParleyBuild
import ParleyServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on this computer, and rebuild it whenever Content/ changes.",
        discussion: """
        The site is built into a new temporary folder ($TMPDIR/parley-serve-XXXXXX, removed on exit), \
        never into Public/. Every page served loads a small script that reloads it, at the same scroll \
        position, when a rebuild finishes. While the content has errors the last good build keeps being \
        served and the pages show the errors. Ctrl-C stops the server.

        Exit status: 0 stopped with Ctrl-C; 2 the server could not start (the port is taken, say); \
        64 bad command-line usage.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The site's folder, the one that holds Content/.", valueName: "DIR"))
    var site: String = "."

    @Option(name: .long, help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "N"))
    var port: Int = 8000

    @Option(name: .long, help: ArgumentHelp("The address to listen on. The default serves this computer only; 0.0.0.0 serves the network.", valueName: "HOST"))
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Open the site in the default browser once it is served.")
    var open = false

    @Flag(name: .long, help: "Include interviews marked 'draft: true'.")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("Threads to use for each build (default: one per core).", valueName: "N"))
    var jobs: Int?

    @Flag(name: .long, help: "Print errors only: no warnings and no line per rebuild.")
    var quiet = false

    func validate() throws {
        if let problem = FolderArgument.siteProblem(site) { throw ValidationError(problem) }
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL
        let terminal = Terminal(quiet: quiet, open: open)
        if !PreviewServer.isLoopback(host) {
            Console.error("warning: serving on \(host): other computers on the network can read the site")
        }
        let server = PreviewServer(
            .init(root: root, host: host, port: port, includeDrafts: drafts, threads: jobs),
            onEvent: { terminal.show($0) }
        )
        do {
            try await server.run(stopOnSignals: true)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(2)
        }
        terminal.say("Stopped.")
    }
}

// MARK: - Terminal

extension ServeCommand {
    /// Prints serve's events as they come: a line per build, the errors as
    /// the compiler-style lines editors jump to, and the address.
    final class Terminal: @unchecked Sendable {
        private let quiet: Bool
        private let open: Bool
        private let lock = NSLock()
        private var lastWarnings: [Diagnostic] = []
        private var failing = false

        init(quiet: Bool, open: Bool) {
            self.quiet = quiet
            self.open = open
        }

        func show(_ event: PreviewServer.Event) {
            lock.lock()
            defer { lock.unlock() }
            switch event {
            case let .built(rebuild): show(rebuild)
            case let .listening(url, folder):
                say("Serving \(url.absoluteString) from \(folder.path)/ (Public/ is not touched). Press Ctrl-C to stop.")
                if open { Browser.open(url) }
            }
        }

        func show(_ rebuild: Rebuild) {
            let report = rebuild.report
            guard report.succeeded else {
                for line in rebuild.errorLines { Console.error(line) }
                lastWarnings = []
                failing = true
                return
            }
            let fixed = failing
            failing = false
            if report.warnings != lastWarnings {
                Console.print(report.warnings, quiet: quiet)
                lastWarnings = report.warnings
            }
            guard !quiet else { return }
            let milliseconds = Int((report.seconds * 1000).rounded())
            if rebuild.changes.isEmpty {
                say("Built \(report.pages) pages (\(report.files) files) in \(milliseconds) ms.")
            } else {
                let written = report.counts.written + report.counts.removed
                var what = written == 0 ? "no file changed" : "\(written) \(written == 1 ? "file" : "files") updated"
                if fixed { what += "; the errors are fixed" }
                say("\(Terminal.describe(rebuild.changes)) changed: rebuilt in \(milliseconds) ms, \(what).")
            }
        }

        func say(_ line: String) {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }

        static func describe(_ changes: [String]) -> String {
            let paths = changes.map { "Content/" + $0 }
            return paths.count <= 2 ? paths.joined(separator: ", ") : "\(paths[0]) and \(paths.count - 1) more files"
        }
    }

    /// Opens a page in the desktop's browser.
    enum Browser {
        static func open(_ url: URL) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            #if os(macOS)
            process.arguments = ["open", url.absoluteString]
            #else
            process.arguments = ["xdg-open", url.absoluteString]
            #endif
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch {
                Console.error("warning: cannot open a browser (\(error.localizedDescription)); open \(url.absoluteString) yourself")
            }
        }
    }
}
