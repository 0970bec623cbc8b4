import Foundation
import ParleyBuild
import ParleyTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `parley build` killed (SIGKILL) while it rewrites an output folder: every
/// file there holds its old bytes or its new ones, never a part, and the next
/// build repairs everything. And two builds at once into one folder take turns.
///
/// The `parley` these run is the one `swift test` builds beside the tests.
@Suite("Interrupted and concurrent builds", .serialized, .timeLimit(.minutes(3)))
struct InterruptedBuildTests {
    /// A site big enough that writing it takes a while: the small site and 150 files to copy.
    static func site(version: Int) throws -> SiteFixture {
        var changes: [String: String?] = [:]
        var random = SystemRandomNumberGenerator()
        for index in 0..<150 where version == 1 || index % 10 != 0 {
            let size = Int.random(in: 2_000...60_000, using: &random)
            changes["Content/files/f\(index + (version == 1 ? 0 : 1000 * (index % 7 == 0 ? 1 : 0))).txt"] =
                String(repeating: "v\(version) \(index) ", count: size / 8)
        }
        changes["Content/topics/trade.md"] = "---\ntitle: Trade, version \(version)\n---\n\nVersion \(version).\n"
        if version == 2 { changes["Content/figures/ports.md"] = "---\nvalue: \"4\"\nlabel: new ports, version 2\n---\n" }
        return try SiteFixture(changes)
    }

    /// The site's files in `folder`, without Parley's own bookkeeping (manifest, lock, temporaries).
    static func siteFiles(_ folder: URL) -> [String: Data] {
        SiteFixture.snapshot(folder).filter { path, _ in
            !path.split(separator: "/").contains { $0.hasPrefix(".parley-") || ($0.hasPrefix(".") && $0.hasSuffix(".tmp")) }
        }
    }

    static func temporaries(_ folder: URL) -> [String] {
        SiteFixture.snapshot(folder).keys.filter { $0.split(separator: "/").last.map { $0.hasPrefix(".") && $0.hasSuffix(".tmp") } ?? false }
    }

    /// Starts `parley build` on `site` into `output`; what it says on stderr
    /// goes to `errors` if given (a file, so that the build never waits on a full pipe).
    static func start(_ site: SiteFixture, output: URL, errors: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = try ParleyExecutable.url
        process.arguments = ["build", "--site", site.root.path, "--output", output.path, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        if let errors {
            FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errors)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return process
    }

    static func build(_ site: SiteFixture, output: URL) throws -> Int32 {
        let process = try start(site, output: output)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Whether a build holds the output folder's lock now, as it does from
    /// before its first file is written until after its last.
    static func isWriting(_ output: URL) -> Bool {
        let descriptor = open(output.appendingPathComponent(OutputWriter.lockName).path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) != 0 else {
            flock(descriptor, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK
    }

    /// Waits until `process` writes into `output` (or ends); the moment it began.
    static func waitUntilWriting(_ process: Process, output: URL) -> Date {
        while process.isRunning, !isWriting(output) { usleep(200) }
        return Date()
    }

    /// Starts `parley build`, lets it write for `delay` seconds, and kills it;
    /// whether it was still writing just before the kill.
    static func killWhileWriting(_ site: SiteFixture, output: URL, after delay: Double) throws -> Bool {
        let process = try start(site, output: output)
        _ = waitUntilWriting(process, output: output)
        usleep(UInt32(delay * 1_000_000))
        let writing = isWriting(output)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return writing && process.terminationReason == .uncaughtSignal
    }

    @Test("A build killed while it writes leaves old or new files, and the next build repairs them")
    func killed() throws {
        let old = try Self.site(version: 1), new = try Self.site(version: 2)
        let work = try SiteFixture(exactly: [:])
        defer { old.remove(); new.remove(); work.remove() }
        let before = work.root.appendingPathComponent("before"), output = work.root.appendingPathComponent("out")
        #expect(old.build(output: before).succeeded)
        let oldFiles = Self.siteFiles(before)
        // How long a build into a copy of the old output writes.
        try FileManager.default.copyItem(at: before, to: output)
        let reference = try Self.start(new, output: output)
        let writingStarted = Self.waitUntilWriting(reference, output: output)
        reference.waitUntilExit()
        let writing = Date().timeIntervalSince(writingStarted)
        #expect(reference.terminationStatus == 0)
        let newFiles = Self.siteFiles(output)
        #expect(oldFiles.count > 150 && newFiles.count > 150 && oldFiles != newFiles)

        var random = SystemRandomNumberGenerator()
        var killedWriting = 0, midWrite = 0
        let trials = 12
        for trial in 0..<trials {
            try FileManager.default.removeItem(at: output)
            try FileManager.default.copyItem(at: before, to: output)
            // Two kills in a row, each at a random moment of the writing, then a build left to finish.
            for _ in 0..<2 {
                let delay = Double.random(in: 0...(writing * 0.8), using: &random)
                if try Self.killWhileWriting(new, output: output, after: delay) { killedWriting += 1 }
                let files = Self.siteFiles(output)
                for (path, bytes) in files {
                    #expect(bytes == oldFiles[path] || bytes == newFiles[path], "trial \(trial): \(path) is torn")
                }
                if files != oldFiles && files != newFiles { midWrite += 1 }
            }
            #expect(try Self.build(new, output: output) == 0, "trial \(trial): the repairing build failed")
            #expect(Self.siteFiles(output) == newFiles, "trial \(trial): the repairing build did not repair everything")
            #expect(Self.temporaries(output) == [], "trial \(trial): temporary files are left")
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(OutputWriter.lockName).path))
        }
        #expect(killedWriting > 0, "no build was killed while it was writing")
        #expect(midWrite > 0, "no kill left the folder part old and part new: none landed mid-write")
        print("InterruptedBuildTests: \(killedWriting) of \(2 * trials) builds killed while writing, \(midWrite) left part old, part new "
              + "(writing takes \(String(format: "%.3f", writing)) s)")
    }

    @Test("Two builds at once into one folder take turns, and both succeed")
    func concurrent() throws {
        let site = try Self.site(version: 1)
        defer { site.remove() }
        let reference = site.root.appendingPathComponent("reference")
        #expect(site.build(output: reference).succeeded)
        for _ in 0..<3 {
            try? FileManager.default.removeItem(at: site.output)
            let logs = ["first", "second"].map { site.root.appendingPathComponent("\($0).stderr") }
            let builds = try logs.map { try Self.start(site, output: site.output, errors: $0) }
            for (build, log) in zip(builds, logs) {
                build.waitUntilExit()
                let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                #expect(build.terminationStatus == 0,
                        "a build ended with \(build.terminationReason == .exit ? "status" : "signal") \(build.terminationStatus), saying: \(said)")
            }
            #expect(Self.siteFiles(site.output) == Self.siteFiles(reference))
            #expect(Self.temporaries(site.output) == [])
        }
    }

    @Test("A build stops with a clear message when another holds the folder too long")
    func busy() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        // Hold the lock as another build would.
        let lockPath = site.output.appendingPathComponent(OutputWriter.lockName).path
        let holder = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(flock(holder, LOCK_EX) == 0)
        let file = OutputFile(path: .init("index.html"), bytes: Data("changed".utf8))
        #expect {
            try OutputWriter(folder: site.output, threads: 1, lockWait: 0.2).write([file])
        } throws: { error in
            "\(error)" == "another parley build is writing into \(site.output.standardizedFileURL.path) (it holds \(lockPath)) "
                + "and has not finished in 0 s; run this build again when it has"
        }
        unlink(lockPath)
        flock(holder, LOCK_UN)
        close(holder)
        // Once it lets go, the build goes ahead; the lock file goes with it.
        #expect(try OutputWriter(folder: site.output, threads: 1, lockWait: 0.2).write([file]).written == 1)
        #expect(!FileManager.default.fileExists(atPath: lockPath))
        #expect(try site.read("index.html") == "changed")
    }

    @Test("What a killed build left (temporaries, a lock file) does not make the folder foreign")
    func leftovers() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try Data().write(to: site.output.appendingPathComponent(OutputWriter.lockName))
        try Data("half".utf8).write(to: site.output.appendingPathComponent("..parley-manifest.parley-123.tmp"))
        let report = site.build()
        #expect(report.succeeded, "\(report.failure ?? "")")
        #expect(Self.temporaries(site.output) == [])
    }
}
