import Foundation
import ParleyBuild
import ParleySite
@testable import ParleyServe
import Testing

@Suite("parley init starts a site that builds as it is")
struct SiteSkeletonTests {
    static let today = Day(iso: "2025-02-03")!

    static func emptyFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("parley init \(UUID().uuidString)/new site", isDirectory: true)
    }

    @Test("the new site builds without an error or a warning, every kind of page linked together")
    func builds() throws {
        let folder = SiteSkeletonTests.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let created = try SiteSkeleton.create(in: folder, today: SiteSkeletonTests.today).get()
        #expect(created.paths == [
            "Content/figures/example-figure.md", "Content/interviews/example-interview/index.md",
            "Content/interviews/example-interview/q1.md", "Content/pages/about.md", "Content/site.yml",
            "Content/topics/example-topic.md",
        ])
        let output = folder.appendingPathComponent("Public")
        let report = Build.run(.init(root: folder, output: output, threads: 2))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let figure = try String(contentsOf: output.appendingPathComponent("figures/example-figure/index.html"), encoding: .utf8)
        #expect(figure.contains("../../interviews/example-interview/q1/index.html#p1"))
        let about = try String(contentsOf: output.appendingPathComponent("about/index.html"), encoding: .utf8)
        #expect(about.contains("<h1>About us</h1>"))
        let interview = try String(contentsOf: output.appendingPathComponent("interviews/example-interview/index.html"), encoding: .utf8)
        #expect(interview.contains("<time datetime=\"2025-02-03\">"))
        #expect(interview.contains("<a href=\"../../about/index.html\">about us</a>"))
    }

    @Test("site.yml has every key of the contract, the optional ones as comments")
    func everyKey() {
        let settings = "\n" + SiteSkeleton.settings
        for key in ["title", "base_url"] { #expect(settings.contains("\n\(key): "), "\(key)") }
        for key in ["language", "description", "publisher", "unsafe_html", "logo", "accent", "nav", "footer", "stylesheet", "favicon"] {
            #expect(settings.contains("\n# \(key): ") || settings.contains("\n# \(key):  "), "\(key)")
        }
    }

    @Test("on the command line: exit 0, then 1 for a second init in the same folder")
    func commandLine() async throws {
        let folder = SiteSkeletonTests.emptyFolder()
        let parent = folder.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let first = try await CommandLineTests.parley(["init", "new site"], in: parent)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("  Content/pages/about.md"))
        let again = try await CommandLineTests.parley(["init", "new site"], in: parent)
        #expect(again.status == 1)
        #expect(again.errors.contains("nothing was changed"))
        let built = try await CommandLineTests.parley(["build"], in: folder)
        #expect(built.status == 0, "\(built.errors)")
    }

    @Test("a folder that already holds Content/ is refused and left unchanged")
    func twice() throws {
        let folder = SiteSkeletonTests.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        _ = try SiteSkeleton.create(in: folder, today: SiteSkeletonTests.today).get()
        let site = folder.appendingPathComponent("Content/site.yml")
        try Data("title: Mine\nbase_url: https://example.org/\n".utf8).write(to: site)
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        let again = SiteSkeleton.create(in: folder, today: Day(iso: "2026-01-01")!)
        guard case let .failure(.exists(message)) = again else {
            Issue.record("a second init was not refused: \(again)")
            return
        }
        #expect(message.contains("Content already exists; parley init starts a new site only in a folder without Content/ (nothing was changed)"))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() == before)
        #expect(try String(contentsOf: site, encoding: .utf8) == "title: Mine\nbase_url: https://example.org/\n")
    }
}
