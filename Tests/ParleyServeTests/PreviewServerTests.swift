import Foundation
import ParleyBuild
@testable import ParleyServe
import Testing

@Suite("parley serve answers real HTTP requests on 127.0.0.1 as a web server would")
struct PreviewServerTests {
    @Test("a page is served as UTF-8 HTML with its length, ETag and Last-Modified")
    func servesPage() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let response = try await server.get("/")
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "text/html; charset=utf-8")
            #expect(response.headers["content-length"] == String(response.body.count))
            #expect(response.headers["etag"] != nil)
            #expect(response.headers["last-modified"] != nil)
            #expect(response.headers["cache-control"] == "no-cache")
            #expect(response.text == (try String(contentsOf: server.folder.appendingPathComponent("index.html"), encoding: .utf8)))
        }
    }

    @Test("a file replaced between its length and its body is served whole, as it was when its length was taken")
    func replacedWhileServed() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("index.html")
        try Data("the old page, which is longer".utf8).write(to: page)
        let files = SiteFiles(root: folder)
        let id = try #require(files.getFileIdentifier("/index.html"))
        let attributes = try #require(try await files.getAttributes(id: id))
        // A rebuild renames a new, shorter file into place.
        try Data("new".utf8).write(to: page, options: .atomic)
        // The body is made of the bytes the length was counted from.
        #expect(attributes.size == id.snapshot.count)
        #expect(String(decoding: id.snapshot, as: UTF8.self) == "the old page, which is longer")
    }

    @Test("HEAD gives the same headers as GET, and no body")
    func head() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let get = try await server.get("/topics/")
            let head = try await HTTPConnection.request(port: server.port, "HEAD", "/topics/")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            for name in ["content-type", "content-length", "etag", "last-modified"] {
                #expect(head.headers[name] == get.headers[name], "\(name)")
            }
        }
    }

    static let contentTypes = [
        ("/index.html", "text/html; charset=utf-8"),
        ("/assets/parley.css", "text/css; charset=utf-8"),
        ("/media/app.js", "text/javascript; charset=utf-8"),
        ("/feed.xml", "application/xml; charset=utf-8"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/media/data.json", "application/json; charset=utf-8"),
        ("/media/map.svg", "image/svg+xml; charset=utf-8"),
        ("/media/photo.png", "image/png"),
        ("/media/photo.jpg", "image/jpeg"),
        ("/media/photo.webp", "image/webp"),
        ("/media/report.pdf", "application/pdf"),
        ("/media/font.woff2", "font/woff2"),
        ("/_parley/live-reload.js", "text/javascript; charset=utf-8"),
    ]

    @Test("each kind of file gets its Content-Type, with a charset for text")
    func contentTypes() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        for name in ["app.js", "data.json", "map.svg", "photo.png", "photo.jpg", "photo.webp", "report.pdf", "font.woff2"] {
            try site.save("Content/media/\(name)", "bytes of \(name)")
        }
        try await RunningServer.with(site) { server in
            for (path, type) in PreviewServerTests.contentTypes {
                let response = try await server.get(path)
                #expect(response.status == 200, "\(path)")
                #expect(response.headers["content-type"] == type, "\(path)")
            }
        }
    }

    @Test("asking again with the ETag or the Last-Modified date gets 304 Not Modified")
    func notModified() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let first = try await server.get("/figures/")
            let etag = try #require(first.headers["etag"])
            let lastModified = try #require(first.headers["last-modified"])
            let byTag = try await server.get("/figures/", headers: ["If-None-Match": etag])
            #expect(byTag.status == 304)
            #expect(byTag.body.isEmpty)
            let byDate = try await server.get("/figures/", headers: ["If-Modified-Since": lastModified])
            #expect(byDate.status == 304)
            let otherTag = try await server.get("/figures/", headers: ["If-None-Match": "W/\"something else\""])
            #expect(otherTag.status == 200)
        }
    }

    @Test("an address that is not in the site gets the site's 404.html with status 404")
    func notFound() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let page = try String(contentsOf: server.folder.appendingPathComponent("404.html"), encoding: .utf8)
            let title = try #require(page.firstRange(of: #/<title>[^<]*</title>/#)).lowerBound
            for target in ["/no-such-page", "/topics/no-such-topic/", "/assets/missing.css"] {
                let response = try await server.get(target)
                #expect(response.status == 404, "\(target)")
                #expect(response.headers["content-type"] == "text/html; charset=utf-8")
                #expect(response.text.contains(page[title...].prefix(60)))
                #expect(response.text.contains("live-reload.js"))
            }
            let head = try await HTTPConnection.request(port: server.port, "HEAD", "/no-such-page")
            #expect(head.status == 404)
            #expect(head.body.isEmpty)
        }
    }

    @Test("the 404 page shown deep in the site still loads the live-reload script")
    func notFoundPageReloads() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let page = try await server.get("/topics/no-such-topic/deeper")
            let source = try #require(page.text.firstRange(of: #/<script src="([^"]*live-reload\.js)"/#)?.lowerBound)
            let src = String(page.text[source...].dropFirst("<script src=\"".count).prefix { $0 != "\"" })
            let resolved = try #require(URL(string: src, relativeTo: URL(string: "http://127.0.0.1/topics/no-such-topic/deeper")))
            let script = try await server.get(resolved.path)
            #expect(script.status == 200)
            #expect(script.text.contains("new EventSource(\"/_parley/events\")"))
        }
    }

    @Test("a folder without its slash redirects to it, and a folder serves its index.html")
    func folders() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let redirect = try await server.get("/interviews/norov-2020")
            #expect(redirect.status == 301)
            #expect(redirect.headers["location"] == "/interviews/norov-2020/")
            let folder = try await server.get("/interviews/norov-2020/")
            let index = try await server.get("/interviews/norov-2020/index.html")
            #expect(folder.status == 200)
            #expect(folder.body == index.body)
        }
    }

    @Test("a folder without index.html is not listed")
    func noListings() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let response = try await server.get("/assets/")
            #expect(response.status == 404)
            #expect(!response.text.contains("parley.css"))
        }
    }

    static let climbingPaths = [
        "/../secret.txt", "/../Content/site.yml", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
        "/assets/..%2f..%2fsecret.txt", "/assets%2F..%2F..%2Fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
        "//secret.txt", "/.%2e/secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/secret.txt%00.html",
        "/%252e%252e/secret.txt", "/./../secret.txt",
    ]

    @Test("a path that climbs out of the folder is refused, however it is spelt")
    func traversal() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try site.save("secret.txt", "the secret")
        try await RunningServer.with(site, folder: site.url("served")) { server in
            for target in PreviewServerTests.climbingPaths {
                let response = try await server.get(target)
                #expect([400, 404].contains(response.status), "\(target) gave \(response.status)")
                #expect(!response.text.contains("the secret"), "\(target)")
                #expect(!response.text.contains("base_url"), "\(target)")
            }
        }
    }

    @Test("a symbolic link that leads out of the folder is not followed")
    func symlinks() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try site.save("secret.txt", "the secret")
        try await RunningServer.with(site, folder: site.url("served")) { server in
            try FileManager.default.createSymbolicLink(at: server.folder.appendingPathComponent("leak.txt"),
                                                       withDestinationURL: site.url("secret.txt"))
            try FileManager.default.createSymbolicLink(at: server.folder.appendingPathComponent("up"),
                                                       withDestinationURL: site.root)
            for target in ["/leak.txt", "/up/secret.txt", "/up/Content/site.yml"] {
                let response = try await server.get(target)
                #expect(response.status == 404, "\(target)")
                #expect(!response.text.contains("the secret"))
            }
        }
    }

    @Test("Parley's manifest and other hidden files are not served")
    func hiddenFiles() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            #expect(FileManager.default.fileExists(atPath: server.folder.appendingPathComponent(OutputWriter.manifestName).path))
            // A Finder file, a repository, an editor's swap file and a hidden folder, beside a visible file.
            let hidden = [".DS_Store", ".git/config", "interviews/.index.html.swp", ".well-hidden/page.html"]
            for path in hidden + ["visible.txt"] {
                let url = server.folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("the secret".utf8).write(to: url)
            }
            #expect(try await server.get("/visible.txt").status == 200)
            for path in [OutputWriter.manifestName] + hidden {
                let response = try await server.get("/" + path)
                #expect(response.status == 404, "\(path)")
                #expect(!response.text.contains("the secret"), "\(path)")
            }
        }
    }

    @Test("many clients at once all get the page, while event streams stay open")
    func concurrentClients() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let expected = try await server.get("/interviews/norov-2020/").body
            var streams: [EventStream] = []
            for _ in 0..<8 { streams.append(try await EventStream.open(port: server.port)) }
            let port = server.port
            let bodies = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
                for index in 0..<64 {
                    let target = index.isMultiple(of: 2) ? "/interviews/norov-2020/" : "/interviews/norov-2020/index.html"
                    group.addTask {
                        let response = try await HTTPConnection.request(port: port, "GET", target)
                        return (response.status, response.body)
                    }
                }
                var all: [(Int, Data)] = []
                for try await result in group { all.append(result) }
                return all
            }
            #expect(bodies.count == 64)
            #expect(bodies.allSatisfy { $0.0 == 200 && $0.1 == expected })
            for stream in streams { _ = try await stream.next("hello") }
        }
    }

    @Test("served pages load the live-reload script; the site's Public/ is never written")
    func livePreviewOnlyWhenServing() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        try await RunningServer.with(site) { server in
            let home = try await server.get("/")
            #expect(home.text.contains("<script src=\"_parley/live-reload.js\" defer></script>"))
            let question = try await server.get("/interviews/norov-2020/q3/")
            #expect(question.text.contains("<script src=\"../../../_parley/live-reload.js\" defer></script>"))
            let script = try await server.get("/_parley/live-reload.js")
            #expect(script.text.contains("new EventSource"))
            #expect(script.text.contains("sessionStorage"))
            #expect(!server.folder.path.hasPrefix(site.root.path))
        }
        #expect(!FileManager.default.fileExists(atPath: site.url("Public").path))
    }

    @Test("the temporary folder it served from is removed when it stops")
    func removesFolder() async throws {
        let site = try TemporarySite()
        defer { site.delete() }
        let folder = try await RunningServer.with(site) { server in server.folder }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test("a request guard refuses encoded slashes, backslashes, NUL and dot-dot, and lets ordinary paths through")
    func requestGuard() {
        #expect(RequestPath.isSafe("/"))
        #expect(RequestPath.isSafe("/topics/afghanistan/index.html"))
        #expect(RequestPath.isSafe("/media/a%20b.png"))
        #expect(RequestPath.isSafe("/a..b/file..txt"))
        for bad in ["/..", "/a/../b", "/%2e%2e/x", "/a%2fb", "/a%5Cb", "/a\\b", "//x", "x", "/a%00b"] {
            #expect(!RequestPath.isSafe(bad), "\(bad)")
        }
    }
}
