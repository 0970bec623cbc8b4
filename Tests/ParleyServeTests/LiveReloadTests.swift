import Foundation
import ParleyBuild
@testable import ParleyServe
import Testing

@Suite("parley serve rebuilds on every change under Content/ and tells open pages to reload")
struct LiveReloadTests {
    static let topic = "Content/topics/afghanistan.md"

    @Test("an edit is served, and announced to listening pages by a reload event")
    func editIsServedAndAnnounced() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let events = try await EventStream.open(port: server.port)
            let hello = try await events.next("hello")
            try site.replace(LiveReloadTests.topic, "title: ", with: "title: Edited while serving — ")
            let reload = try await events.next("reload")
            #expect(reload.data != hello.data)
            let page = try await server.get("/topics/afghanistan/")
            #expect(page.text.contains("Edited while serving"))
        }
    }

    @Test("a rebuild writes the same bytes as a full build of the same content")
    func rebuildMatchesFullBuild() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let events = try await EventStream.open(port: server.port)
            _ = try await events.next("hello")
            try site.replace("Content/interviews/norov-2020/q3.md", "title: ", with: "title: Renamed — ")
            _ = try await events.next("reload")
            let fresh = site.url("fresh")
            let report = Build.run(.init(root: site.root, output: fresh, threads: 1, livePreview: true))
            #expect(report.succeeded)
            #expect(try LiveReloadTests.files(in: server.folder) == LiveReloadTests.files(in: fresh))
        }
    }

    @Test("new, renamed and deleted files are all seen")
    func addRenameDelete() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            try site.save("Content/topics/new-topic.md", "---\ntitle: A new topic\n---\n")
            _ = try await server.waitUntil("/topics/new-topic/") { $0.status == 200 && $0.text.contains("A new topic") }
            try site.move("Content/topics/new-topic.md", to: "Content/topics/moved-topic.md")
            _ = try await server.waitUntil("/topics/moved-topic/") { $0.status == 200 }
            #expect(try await server.get("/topics/new-topic/").status == 404)
            try site.remove("Content/topics/moved-topic.md")
            _ = try await server.waitUntil("/topics/moved-topic/") { $0.status == 404 }
        }
    }

    @Test("a save in place, of the same size, is seen as well as a save by rename")
    func saveInPlace() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let text = try site.read(LiveReloadTests.topic)
            let title = try #require(text.split(separator: "\n").first { $0.hasPrefix("title:") })
            let same = "title: " + String(repeating: "X", count: title.count - "title: ".count)
            try site.overwrite(LiveReloadTests.topic, text.replacingOccurrences(of: title, with: same))
            _ = try await server.waitUntil("/topics/afghanistan/") { $0.text.contains(String(same.dropFirst(7))) }
        }
    }

    @Test("bad content keeps the last good site served, shows the errors, and the fix brings the page back")
    func errorsAndRecovery() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let before = try await server.get("/topics/afghanistan/")
            let events = try await EventStream.open(port: server.port)
            _ = try await events.next("hello")

            try site.replace(LiveReloadTests.topic, "title:", with: "titel:")
            let failed = try await events.next("failed")
            #expect(failed.data.contains("Content/topics/afghanistan.md:2:1: error: unknown key 'titel'"))
            #expect(failed.data.hasSuffix("serving the last good build."))

            // The server keeps running and keeps the last good site.
            let during = try await server.get("/topics/afghanistan/")
            #expect(during.status == 200)
            #expect(during.body == before.body)
            // A page opened now hears about the errors at once, and the error page lists them.
            let late = try await EventStream.open(port: server.port)
            #expect(try await late.next("failed").data == failed.data)
            let errorPage = try await server.get("/_parley/error")
            #expect(errorPage.text.contains("Content/topics/afghanistan.md:2:1: error: unknown key &#39;titel&#39;"))
            #expect(errorPage.text.contains("/_parley/live-reload.js"))

            try site.replace(LiveReloadTests.topic, "titel:", with: "title: Fixed —")
            _ = try await events.next("reload")
            _ = try await late.next("reload")
            let after = try await server.get("/topics/afghanistan/")
            #expect(after.text.contains("Fixed —"))
            #expect(!(try await server.get("/_parley/error")).text.contains("error:"))
        }
    }

    @Test("a site that has never built shows the error page at every address until it is fixed")
    func neverBuilt() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try site.replace("Content/site.yml", "title:", with: "titel:")
        try await RunningServer.with(site) { server in
            let response = try await server.get("/")
            #expect(response.status == 500)
            #expect(response.text.contains("Content/site.yml:"))
            #expect(response.text.contains("nothing to serve until"))
            try site.replace("Content/site.yml", "titel:", with: "title:")
            _ = try await server.waitUntil("/") { $0.status == 200 }
        }
    }

    @Test("the terminal hears of every build, and of the files that started it")
    func buildEvents() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            var builds = server.builds.makeAsyncIterator()
            let first = try #require(await builds.next())
            #expect(first.changes.isEmpty && first.succeeded && first.reloaded)
            try site.replace(LiveReloadTests.topic, "title: ", with: "title: Again ")
            let second = try #require(await builds.next())
            #expect(second.changes == ["topics/afghanistan.md"])
            #expect(second.reloaded && second.generation == first.generation + 1)
        }
    }

    /// Every file of a folder and its bytes, by relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }
}
