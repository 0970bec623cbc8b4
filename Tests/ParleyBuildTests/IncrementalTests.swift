import Foundation
import ParleyBuild
import Testing

/// Rebuilds in one session parse only what changed, render only the pages
/// whose inputs changed, and write exactly what a fresh full build writes.
@Suite("Incremental rebuilds")
struct IncrementalTests {
    /// Applies `change`, rebuilds in `session`, and checks the output against a fresh build.
    func rebuild(_ site: SiteFixture, _ session: BuildSession, _ change: () throws -> Void) throws -> Build.Report {
        try change()
        let report = session.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let fresh = site.root.appendingPathComponent("fresh-\(UUID().uuidString)")
        #expect(site.build(output: fresh).succeeded)
        #expect(SiteFixture.snapshot(site.output) == SiteFixture.snapshot(fresh))
        try? FileManager.default.removeItem(at: fresh)
        return report
    }

    @Test("An edited answer is the only file parsed again, and few pages are rendered")
    func editedAnswer() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let session = BuildSession(.init(root: site.root, output: site.output, threads: 2))
        let first = session.build()
        #expect(first.parsed == 7)
        let before = SiteFixture.snapshot(site.output)
        let report = try rebuild(site, session) {
            try site.write(ContentErrorTests.q2, "---\nnumber: 2\ntitle: Security\nquestion: What about security?\ntopics: [security]\n---\n\nAs I said in [the first answer](q1.md#p2), it matters a lot.\n")
        }
        #expect(report.parsed == 1)
        // The question and the interview; not the security topic page, which
        // shows the question's title and asking, not its answer.
        #expect(report.rendered == 2)
        // Those, the feed, and the search files of the answer's words.
        let after = SiteFixture.snapshot(site.output)
        let changed = after.keys.filter { after[$0] != before[$0] }
        #expect(report.counts.written == changed.count)
        #expect(changed.filter { !$0.hasPrefix("search/") }.sorted() ==
            ["feed.xml", "interviews/alpha-2024/index.html", "interviews/alpha-2024/q2/index.html"])
        #expect(changed.count - 3 < after.keys.filter { $0.hasPrefix("search/") }.count)
    }

    @Test("Answers whose links change only in their text are linked alone, and still checked")
    func answersLinkedAlone() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let session = BuildSession(.init(root: site.root, output: site.output, threads: 2))
        #expect(session.build().succeeded)
        let q1 = SiteFixture.files[ContentErrorTests.q1]!
        // The citing block's words change: the figure pages quote the new words.
        let reworded = try rebuild(site, session) {
            try site.write(ContentErrorTests.q1, q1.replacingOccurrences(of: "last year", with: "in 2023"))
        }
        #expect(reworded.relinked == 1)
        #expect(try site.read("figures/exports/index.html").contains("in 2023"))
        // A broken fragment in an edited answer is still an error, at its place.
        try site.write(ContentErrorTests.q2, "---\nnumber: 2\ntitle: Security\nquestion: What about security?\ntopics: [security]\n---\n\nAs I said in [the first answer](q1.md#p9), it matters.\n")
        let broken = session.build()
        #expect(!broken.succeeded)
        #expect(broken.errors.map(\.description).contains { $0.hasPrefix("\(ContentErrorTests.q2):8:14: error: there is no '#p9'") })
        // After a failed build, the whole site is linked again.
        #expect(try rebuild(site, session) {
            try site.write(ContentErrorTests.q2, SiteFixture.files[ContentErrorTests.q2]!)
        }.relinked == nil)
        #expect(try rebuild(site, session) {
            try site.write(ContentErrorTests.q2, SiteFixture.files[ContentErrorTests.q2]!.replacingOccurrences(of: "it matters", with: "it counts"))
        }.relinked == 1)
        // A new citation, a new topic link and a new block each change other pages: all linked again.
        #expect(try rebuild(site, session) {
            try site.write(ContentErrorTests.q2, SiteFixture.files[ContentErrorTests.q2]! + " It cost [12 billion](figure:exports).")
        }.relinked == nil)
        #expect(try site.read("figures/exports/index.html").contains("interviews/alpha-2024/q2/index.html#p1"))
        #expect(try rebuild(site, session) {
            try site.write(ContentErrorTests.q2, SiteFixture.files[ContentErrorTests.q2]! + " On [trade](topic:trade).")
        }.relinked == nil)
        _ = try rebuild(site, session) {
            try site.write(ContentErrorTests.q2, SiteFixture.files[ContentErrorTests.q2]!)
        }
        // A new block: the texts that link to the page's fragments are checked again.
        #expect(try rebuild(site, session) {
            try site.write(ContentErrorTests.q2, SiteFixture.files[ContentErrorTests.q2]! + "\n\nA second block.\n")
        }.relinked == 1)
        #expect(try site.read("interviews/alpha-2024/q2/index.html").contains("id=\"p2\""))
        // A topic links to that block; q2 losing it is an error in the topic, found though only q2 changed.
        _ = try rebuild(site, session) {
            try site.write("Content/topics/trade.md", "---\ntitle: Trade\n---\n\nSee [the second block](../interviews/alpha-2024/q2.md#p2).\n")
        }
        try site.write(ContentErrorTests.q2, SiteFixture.files[ContentErrorTests.q2]!)
        let lost = session.build()
        #expect(lost.errors.map(\.description).contains { $0.hasPrefix("Content/topics/trade.md:5:5: error: there is no '#p2'") },
                "\(lost.errors)")
        // Without the link, the block goes quietly.
        _ = try rebuild(site, session) {
            try site.write("Content/topics/trade.md", "---\ntitle: Trade\n---\n\nSee [question 2](../interviews/alpha-2024/q2.md).\n")
        }
        _ = try rebuild(site, session) {
            try site.write(ContentErrorTests.q2, SiteFixture.files[ContentErrorTests.q2]! + "\n\nA second block.\n")
        }
        #expect(try rebuild(site, session) {
            try site.write(ContentErrorTests.q2, SiteFixture.files[ContentErrorTests.q2]!)
        }.relinked == 1)
        // An answer that loses a block and links to it in the same edit.
        _ = try rebuild(site, session) {
            try site.write(ContentErrorTests.q2, SiteFixture.files[ContentErrorTests.q2]! + "\n\nA second block.\n")
        }
        try site.write(ContentErrorTests.q2, SiteFixture.files[ContentErrorTests.q2]! + " See [below](#p2).")
        let selfLink = session.build()
        #expect(selfLink.errors.map(\.description).contains { $0.hasPrefix("\(ContentErrorTests.q2):8:") && $0.contains("there is no '#p2'") },
                "\(selfLink.errors)")
    }

    @Test("A changed answer rewrites only the search files of the words it changed and its record")
    func searchShards() throws {
        var files = SiteFixture.files
        // 30 interviews of one question each, older than the fixture's.
        for number in 1...30 {
            let id = "extra-\(number)"
            files["Content/interviews/\(id)/index.md"] = "---\ntitle: Extra \(number)\ndate: 2001-01-\(String(format: "%02d", number))\ninterviewee: E\ninterviewer: F\n---\n"
            files["Content/interviews/\(id)/q1.md"] = "---\nnumber: 1\ntitle: Q\nquestion: Why?\n---\n\nBecause of [3 ports](figure:ports).\n"
        }
        let site = try SiteFixture(exactly: files)
        defer { site.remove() }
        let session = BuildSession(.init(root: site.root, output: site.output, threads: 2))
        #expect(session.build().succeeded)
        let before = SiteFixture.snapshot(site.output)
        let index = SearchIndexReader(site: site)
        // The oldest interview's question is the last question of all.
        let documents = try #require(try index.meta()["documents"] as? Int)
        let number = documents - 1 - 2 - 2
        #expect(try index.record(number)["u"] as? String == "interviews/extra-1/q1/index.html")
        _ = try rebuild(site, session) {
            try site.write("Content/interviews/extra-1/q1.md", "---\nnumber: 1\ntitle: Q\nquestion: Why?\n---\n\nBecause of [4 ports](figure:ports).\n")
        }
        let after = SiteFixture.snapshot(site.output)
        let changed = after.keys.filter { after[$0] != before[$0] }.sorted()
        // Its record, the shard of "3" (one document fewer) and of "4" (new).
        let chunk = try #require(try index.meta()["chunk"] as? Int)
        #expect(changed.filter { $0.hasPrefix("search/") } == ["search/docs/\(number / chunk).js", "search/terms/33.js", "search/terms/34.js"])
        // The question, its interview, the figure page that quotes it; the interview is too old for the feed.
        #expect(changed.count == 6, "\(changed)")
    }

    @Test("Renamed titles, new and deleted files, and a fixed error all give a fresh build's bytes")
    func manyChanges() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let session = BuildSession(.init(root: site.root, output: site.output, threads: 2))
        #expect(session.build().succeeded)
        _ = try rebuild(site, session) {
            try site.write("Content/topics/trade.md", "---\ntitle: Trade and industry\n---\n")
        }
        _ = try rebuild(site, session) {
            // The next question's "previous" link shows this title.
            try site.write(ContentErrorTests.q1, SiteFixture.files[ContentErrorTests.q1]!.replacingOccurrences(of: "title: Trade", with: "title: Trade first"))
        }
        _ = try rebuild(site, session) {
            try site.write("Content/interviews/alpha-2024/q3.md", "---\nnumber: 3\ntitle: Ports\nquestion: Where?\n---\n\n[Three](figure:ports).\n")
        }
        _ = try rebuild(site, session) {
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/interviews/alpha-2024/q3.md"))
        }
        try site.write("Content/figures/ports.md", "---\nvalue: 3\nlabl: new ports\n---\n")
        #expect(!session.build().succeeded)
        _ = try rebuild(site, session) {
            try site.write("Content/figures/ports.md", "---\nvalue: \"4\"\nlabel: new ports\n---\n")
        }
        _ = try rebuild(site, session) {
            try site.write("Content/site.yml", "title: Renamed Institute\nbase_url: https://example.org/other/\n")
        }
    }

    @Test("A manifest another build rewrote since is read again, so its files are still removed when stale")
    func manifestRewrittenByAnotherBuild() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let session = BuildSession(.init(root: site.root, output: site.output, threads: 2))
        #expect(session.build().succeeded)
        // Another build into the same folder copies a new file, and lists it in the manifest.
        try site.write("Content/files/notes.txt", "Notes.\n")
        #expect(site.build(output: site.output).succeeded)
        #expect(try site.read("files/notes.txt") == "Notes.\n")
        // The session's next build no longer has the file: it reads the new manifest and removes it.
        let report = try rebuild(site, session) {
            try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/files/notes.txt"))
        }
        #expect(report.counts.removed == 1)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("files/notes.txt").path))
    }

    @Test("A rebuild with nothing changed parses, renders and writes nothing")
    func nothingChanged() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        let session = BuildSession(.init(root: site.root, output: site.output, threads: 2))
        let first = session.build()
        let second = session.build()
        #expect(second.parsed == 0 && second.rendered == 0)
        #expect(second.counts == .init(written: 0, unchanged: first.files, removed: 0))
    }
}
