import Foundation
@testable import ParleyServe
import Testing

@Suite("A snapshot of Content/ tells every kind of change")
struct WatchingTests {
    @Test("edits of the same size, saves by rename, new files, renames and deletions all count; hidden files do not")
    func changes() throws {
        let site = try TemporarySite(copyingSeed: false)
        defer { site.delete() }
        let content = site.url("Content")
        try site.save("Content/a.md", "one")
        try site.save("Content/sub/b.md", "two")
        let start = ContentSnapshot(of: content)
        #expect(start.files.keys.sorted() == ["a.md", "sub/b.md"])
        #expect(ContentSnapshot(of: content) == start)

        try site.overwrite("Content/a.md", "ONE")
        let edited = ContentSnapshot(of: content)
        #expect(edited.changes(since: start) == ["a.md"])

        try site.save("Content/a.md", "ONE")
        let renamedOver = ContentSnapshot(of: content)
        #expect(renamedOver.changes(since: edited) == ["a.md"])

        try site.move("Content/sub/b.md", to: "Content/sub/c.md")
        try site.save("Content/d.md", "new")
        try site.save("Content/.a.md.swp", "editor junk")
        let moved = ContentSnapshot(of: content)
        #expect(moved.changes(since: renamedOver) == ["d.md", "sub/b.md", "sub/c.md"])

        try site.remove("Content/sub")
        #expect(ContentSnapshot(of: content).changes(since: moved) == ["sub/c.md"])
    }

    @Test("a folder that does not exist is an empty snapshot")
    func missingFolder() {
        #expect(ContentSnapshot(of: URL(fileURLWithPath: "/nonexistent/parley/Content")).files.isEmpty)
    }

    @Test("an event's lines each become a data field, and a line break inside one cannot end it early")
    func serverSentEvents() {
        #expect(ServerSentEvent("reload", data: "abc-2").encoded == "event: reload\ndata: abc-2\n\n")
        #expect(ServerSentEvent("failed", lines: ["one", "two\nthree"]).encoded
            == "event: failed\ndata: one\ndata: two\ndata: three\n\n")
    }
}
