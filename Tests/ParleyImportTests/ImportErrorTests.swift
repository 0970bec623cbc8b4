import Foundation
import ParleyImport
import Testing

/// Imports that must not happen: each says why, naming the file, and writes nothing.
@Suite("Import errors")
struct ImportErrorTests {
    static let transcript = "Interview with Ada Alpha\n\n5 March 2024\n\nQ: Why?\n\nA: Because.\n"

    @Test("a file with no questions says what was looked for")
    func noQuestions() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write("notes.txt", "Shopping list\n\nEggs, milk and bread.\n")
        let before = site.content
        let failure = try site.failure("notes.txt")
        #expect(failure.description.hasPrefix("notes.txt: error: no questions and answers found; looked for"))
        #expect(failure.message.contains("Q: / A:"))
        #expect(site.content == before)

        try site.write("report.md", "# Annual report\n\n## Finances\n\nWe spent less.\n\n## Staff\n\nWe hired two people.\n")
        #expect(try site.failure("report.md").message.contains("no questions and answers found"))
        #expect(site.content == before)
    }

    @Test("a file that is not a transcript format is refused", arguments: ["talk.pdf", "talk.rtf", "talk"])
    func notATranscript(name: String) throws {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write(name, Self.transcript)
        let failure = try site.failure(name)
        #expect(failure.file == name)
        #expect(failure.message.contains(".txt"))
    }

    @Test("an existing interview is never overwritten, and nothing else is written")
    func existing() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write("talk.txt", Self.transcript)
        try site.write("Content/interviews/alpha-2024/index.md", "mine")
        let before = site.content
        let failure = try site.failure("talk.txt")
        #expect(failure.file == "Content/interviews/alpha-2024")
        #expect(failure.message.contains("never overwrites"))
        #expect(site.content == before)
        _ = try site.imported("talk.txt") { $0.id = "alpha-2024-b" }
        #expect(try site.read("Content/interviews/alpha-2024/index.md") == "mine")
    }

    @Test("a missing file and a folder cannot be read")
    func unreadable() throws {
        let site = try ImportSite()
        defer { site.delete() }
        #expect(try site.failure("nowhere.txt").message == "no such file")
        try FileManager.default.createDirectory(at: site.url("folder.txt"), withIntermediateDirectories: true)
        #expect(try site.failure("folder.txt").message.contains("is a folder"))
    }

    @Test("a dry run and a failed run write nothing; a bad --date or --id is refused")
    func writesNothing() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write("talk.txt", Self.transcript)
        let before = site.content
        let dry = try site.imported("talk.txt") { $0.dryRun = true }
        #expect(!dry.written)
        #expect(dry.files.count == 2)
        #expect(site.content == before)
        #expect(try site.failure("talk.txt") { $0.date = "someday" }.message.contains("not a date"))
        #expect(try site.failure("talk.txt") { $0.id = "Alpha 2024" }.message.contains("not a valid interview id"))
        #expect(site.content == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: site.url("Content").path)
        #expect(names == ["site.yml"])
    }

    @Test("a site without Content/ is refused")
    func noContent() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write("talk.txt", Self.transcript)
        try FileManager.default.removeItem(at: site.url("Content"))
        #expect(try site.failure("talk.txt").message.contains("no Content folder"))
    }
}
