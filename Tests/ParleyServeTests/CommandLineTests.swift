import Foundation
import ParleyTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `parley` executable, run as an author runs it.
@Suite("parley check, new and serve, end to end on the command line")
struct CommandLineTests {
    static func parley(_ arguments: [String], in folder: URL) async throws -> ParleyExecutable.Run {
        try await HTTPConnection.offThread { try ParleyExecutable.run(arguments, in: folder) }
    }

    @Test("check exits 0 on the seed site, and 1 with the error lines when the content is wrong")
    func check() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        let clean = try await Self.parley(["check"], in: site.root)
        #expect(clean.status == 0, "\(clean.errors)")
        #expect(clean.output.contains("no errors"))

        try site.replace("Content/topics/afghanistan.md", "title:", with: "titel:")
        let broken = try await Self.parley(["check", "--site", site.root.path], in: TemporarySite.repository)
        #expect(broken.status == 1)
        #expect(broken.errors.contains("Content/topics/afghanistan.md:2:1: error: unknown key 'titel'"))
        #expect(!FileManager.default.fileExists(atPath: site.url("Public").path))

        let json = try await Self.parley(["check", "--format", "json"], in: site.root)
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { "\($0["file"] ?? ""):\($0["line"] ?? ""):\($0["column"] ?? "")" }
            == ["Content/topics/afghanistan.md:1:1", "Content/topics/afghanistan.md:2:1"])
    }

    @Test("new writes the file, then refuses to write it again")
    func new() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        let first = try await Self.parley(["new", "question", "norov-2020/q8"], in: site.root)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Created Content/interviews/norov-2020/q8.md (question 8)."))
        let again = try await Self.parley(["new", "question", "norov-2020/q8"], in: site.root)
        #expect(again.status == 1)
        #expect(again.errors.contains("already exists"))
        let checked = try await Self.parley(["check"], in: site.root)
        #expect(checked.status == 0, "\(checked.errors)")
        let usage = try await Self.parley(["new", "chapter", "x"], in: site.root)
        #expect(usage.status == 64)
    }

    @Test("serve --port 0 prints its address, serves the site, and stops cleanly on Ctrl-C")
    func serve() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        let process = Process()
        process.executableURL = try ParleyExecutable.url
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = site.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let reader = output.fileHandleForReading
        let (url, folder) = try await HTTPConnection.offThread { () -> (URL, String) in
            var text = ""
            while true {
                let data = reader.availableData
                guard !data.isEmpty else { throw HTTPConnection.Failure(description: "serve ended early: \(text)") }
                text += String(decoding: data, as: UTF8.self)
                if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Serving http://127.0.0.1:") }) {
                    let words = line.split(separator: " ")
                    return (URL(string: String(words[1]))!, String(words[3]))
                }
            }
        }
        let port = try #require(url.port)
        #expect(port != 0)
        let home = try await HTTPConnection.request(port: port, "GET", "/")
        #expect(home.status == 200)
        #expect(home.text.contains("_parley/live-reload.js"))
        #expect(FileManager.default.fileExists(atPath: folder))

        kill(process.processIdentifier, SIGINT)
        let status = try await HTTPConnection.offThread { () -> Int32 in
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder))
        let rest = String(decoding: reader.readDataToEndOfFile(), as: UTF8.self)
        #expect(rest.contains("Stopped."))
    }
}
