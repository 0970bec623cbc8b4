import Foundation
import ParleyTestSupport
import Testing

/// `parley import` run as an editor runs it.
@Suite("parley import on the command line")
struct CommandLineTests {
    static func parley(_ arguments: [String], in folder: URL) throws -> ParleyExecutable.Run {
        try ParleyExecutable.run(arguments, in: folder)
    }

    @Test("imports the seed, then refuses to import it again; a dry run writes nothing; a bad file exits 1")
    func importing() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write("seed.txt", try Data(contentsOf: ImportSite.seed))
        let dry = try Self.parley(["import", "seed.txt", "--dry-run"], in: site.root)
        #expect(dry.status == 0, "\(dry.errors)")
        #expect(dry.output.contains("Would import 7 questions as interview 'norov-2020'"))
        #expect(dry.output.contains("q2.md:43: **288 terrorist crimes**  →  parley new figure terrorist-crimes"))
        #expect(!FileManager.default.fileExists(atPath: site.url("Content/interviews").path))

        let first = try Self.parley(["import", site.url("seed.txt").path, "--site", site.root.path], in: ImportSite.seed.deletingLastPathComponent())
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Imported 7 questions"))
        let again = try Self.parley(["import", "seed.txt"], in: site.root)
        #expect(again.status == 1)
        #expect(again.errors.contains("Content/interviews/norov-2020: error: already exists"))

        try site.write("noise.docx", Data(repeating: 0x41, count: 100))
        let noise = try Self.parley(["import", "noise.docx", "--id", "other"], in: site.root)
        #expect(noise.status == 1)
        #expect(noise.errors.hasPrefix("noise.docx: error: is not a Word document"))
        #expect(noise.errors.contains("nothing was written"))

        let build = try Self.parley(["build", "--drafts"], in: site.root)
        #expect(build.status == 0, "\(build.errors)")
    }
}
