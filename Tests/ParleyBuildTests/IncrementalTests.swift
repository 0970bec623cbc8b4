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
        let report = try rebuild(site, session) {
            try site.write(ContentErrorTests.q2, "---\nnumber: 2\ntitle: Security\nquestion: What about security?\ntopics: [security]\n---\n\nAs I said in [the first answer](q1.md#p2), it matters a lot.\n")
        }
        #expect(report.parsed == 1)
        // The question, the interview, and the security topic page.
        #expect(report.rendered == 3)
        #expect(report.counts.written == 4)
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
