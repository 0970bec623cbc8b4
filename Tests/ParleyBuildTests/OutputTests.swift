import Foundation
import ParleyBuild
import Testing

/// How a build treats the output folder: nothing written on error, unchanged
/// files left alone, only its own files removed, the same bytes every time.
@Suite("Output folder")
struct OutputTests {
    @Test("A second build of the same content writes nothing")
    func unchangedNotRewritten() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let first = site.build()
        #expect(first.succeeded)
        #expect(first.counts.written == first.files)
        let page = site.output.appendingPathComponent("interviews/alpha-2024/q1/index.html")
        let modified = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
        let second = site.build()
        #expect(second.counts == .init(written: 0, unchanged: first.files, removed: 0))
        #expect(try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date == modified)
    }

    @Test("An edit rewrites only the files whose bytes change")
    func onlyChangedFiles() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = SiteFixture.snapshot(site.output)
        try site.write(ContentErrorTests.q2, "---\nnumber: 2\ntitle: Security\nquestion: What about security?\ntopics: [security]\n---\n\nIt matters a lot.\n")
        let report = site.build()
        #expect(report.succeeded)
        let after = SiteFixture.snapshot(site.output)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(report.counts.written == changed.count)
        // The question page, the interview's transcript, the feed's full text, and the search files of the words changed.
        #expect(changed.filter { !$0.hasPrefix("search/") }.sorted() ==
            ["feed.xml", "interviews/alpha-2024/index.html", "interviews/alpha-2024/q2/index.html"])
        let search = after.keys.filter { $0.hasPrefix("search/") }
        #expect(changed.count - 3 < search.count, "\(changed.sorted())")
        #expect(try site.read("interviews/alpha-2024/q2/index.html").contains("It matters a lot."))
    }

    @Test("A failed build leaves the output exactly as it was")
    func failedBuildTouchesNothing() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = SiteFixture.snapshot(site.output)
        try site.write("Content/topics/trade.md", "---\ntitle: Trade\nsumary: typo\n---\n")
        try site.write("Content/interviews/alpha-2024/q3.md", "---\nnumber: 3\ntitle: New\nquestion: New?\n---\n\nNew.\n")
        let report = site.build()
        #expect(!report.succeeded)
        #expect(SiteFixture.snapshot(site.output) == before)
    }

    @Test("Files Parley no longer makes are removed; files it never wrote are kept")
    func removesOnlyItsOwn() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = Set(SiteFixture.snapshot(site.output).keys)
        let mine = site.output.appendingPathComponent("topics/notes.txt")
        try Data("mine".utf8).write(to: mine)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/figures/ports.md"))
        try site.write(ContentErrorTests.q1, "---\nnumber: 1\ntitle: Trade\nquestion: How?\ntopics: [trade]\n---\n\n[12 billion](figure:exports).\n\nOn [security](topic:security).\n")
        let report = site.build()
        #expect(report.succeeded)
        // The figure's page, and the search index's files of words no page holds any more.
        let gone = before.subtracting(SiteFixture.snapshot(site.output).keys)
        #expect(report.counts.removed == gone.count)
        #expect(gone.filter { !$0.hasPrefix("search/") } == ["figures/ports/index.html"])
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("figures/ports").path))
        #expect(FileManager.default.fileExists(atPath: mine.path))
    }

    @Test("A non-empty folder that Parley did not write is refused")
    func refusesForeignFolder() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try Data("hello".utf8).write(to: site.output.appendingPathComponent("index.html"))
        let report = site.build()
        #expect(report.failure?.contains("is not empty and Parley did not write it") == true)
        #expect(try site.read("index.html") == "hello")
    }

    @Test("The site folder and Content/ are refused as output", arguments: ["", "Content", "Content/topics"])
    func refusesUnsafeOutput(_ folder: String) throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let before = SiteFixture.snapshot(site.root)
        let report = site.build(output: site.root.appendingPathComponent(folder))
        #expect(report.failure?.hasPrefix("refusing to write the site") == true)
        #expect(SiteFixture.snapshot(site.root) == before)
    }

    @Test("The same content gives the same bytes, whatever the thread count")
    func deterministic() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let one = site.root.appendingPathComponent("one"), many = site.root.appendingPathComponent("many")
        #expect(site.build(threads: 1, output: one).succeeded)
        #expect(site.build(threads: 8, output: many).succeeded)
        #expect(SiteFixture.snapshot(one) == SiteFixture.snapshot(many))
        #expect(SiteFixture.snapshot(one).count > 10)
    }

    @Test("A build told to leave the search index out writes every other file as a full build does")
    func withoutSearchIndex() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let full = site.root.appendingPathComponent("full"), without = site.root.appendingPathComponent("without")
        #expect(site.build(output: full).succeeded)
        var options = Build.Options(root: site.root, output: without, threads: 2)
        options.searchIndex = false
        #expect(Build.run(options).succeeded)
        let index = SiteFixture.snapshot(full).filter { path, _ in
            path == "search/meta.js" || path == "search/interviews.js" || path.hasPrefix("search/terms/") || path.hasPrefix("search/docs/")
        }
        #expect(index.keys.contains("search/meta.js") && index.keys.contains { $0.hasPrefix("search/terms/") })
        // The manifest lists the files written: all but the index's.
        let manifest = OutputWriter.manifestName
        #expect(SiteFixture.snapshot(without).filter { $0.key != manifest }
            == SiteFixture.snapshot(full).filter { index[$0.key] == nil && $0.key != manifest })
        #expect(SiteFixture.snapshot(without).keys.contains("search/index.html"))
        #expect(!(try site.read(manifest, in: without)).contains("search/meta.js"))
    }

    @Test("The same content gives the same bytes, whatever order its files were written in")
    func independentOfFileOrder() throws {
        let forward = try SiteFixture()
        let backward = try SiteFixture(exactly: [:])
        defer { forward.remove(); backward.remove() }
        for (path, text) in SiteFixture.files.sorted(by: { $0.key > $1.key }) { try backward.write(path, text) }
        #expect(forward.build().succeeded && backward.build().succeeded)
        #expect(SiteFixture.snapshot(forward.output) == SiteFixture.snapshot(backward.output))
    }

    @Test("Drafts are left out unless asked for")
    func drafts() throws {
        let site = try SiteFixture([
            "Content/interviews/beta-2025/index.md": "---\ntitle: Draft\ndate: 2025-01-01\ninterviewee: C\ninterviewer: D\ndraft: true\n---\n",
            "Content/interviews/beta-2025/q1.md": "---\nnumber: 1\ntitle: Soon\nquestion: When?\n---\n\nSoon, on [trade](topic:trade).\n",
        ])
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("interviews/beta-2025").path))
        #expect(site.build(drafts: true).succeeded)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("interviews/beta-2025/q1/index.html").path))
    }
}
