import Foundation
import ParleyBuild
import ParleySite
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What lies in Content/ besides plain files: symbolic links, pipes, names
/// with spaces and non-Latin letters, names written in two Unicode forms.
@Suite("Paths in Content/", .timeLimit(.minutes(1)))
struct ContentPathTests {
    static let q2 = "Content/interviews/alpha-2024/q2.md"

    static func question(body: String) -> String {
        "---\nnumber: 2\ntitle: Security\nquestion: What?\n---\n\n\(body)\n"
    }

    func link(_ site: SiteFixture, _ path: String, to target: String) throws {
        let url = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    // MARK: - Symbolic links

    @Test("A symbolic link to a file outside the site is refused")
    func linkToFileOutside() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try link(site, "Content/secrets.txt", to: "/etc/passwd")
        let report = try site.build(within: 20)
        let resolved = URL(fileURLWithPath: "/etc/passwd").resolvingSymlinksInPath().path
        #expect(report.errors.map(\.description) == [
            "Content/secrets.txt:1:1: error: this symbolic link leads to \(resolved), outside the site's folder; "
                + "Parley does not publish files from outside the site: copy the file into Content/ instead",
        ])
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test("A symbolic link to a folder outside the site is refused")
    func linkToFolderOutside() throws {
        let site = try SiteFixture()
        let outside = try SiteFixture(exactly: ["notes/a.txt": "private"])
        defer { site.remove(); outside.remove() }
        try link(site, "Content/images", to: outside.root.appendingPathComponent("notes").path)
        let report = try site.build(within: 20)
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.file == "Content/images")
        #expect(report.errors.first?.message.contains("outside the site's folder") == true)
    }

    @Test("A symbolic link within the site is followed")
    func linkInside() throws {
        let site = try SiteFixture(["shared/logo.png": "PNG", Self.q2: Self.question(body: "![logo](../../images/logo.png)")])
        defer { site.remove() }
        try link(site, "Content/images", to: "../shared")
        let report = try site.build(within: 20)
        #expect(report.succeeded, "\(report.errors.map(\.description))")
        #expect(try site.read("images/logo.png") == "PNG")
    }

    @Test("A symbolic link that loops, or leads nowhere, is refused")
    func loopsAndDangling() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        try link(site, "Content/topics/again", to: "..")
        try link(site, "Content/gone.png", to: "nowhere.png")
        let report = try site.build(within: 20)
        #expect(report.errors.map(\.description) == [
            "Content/gone.png:1:1: error: this symbolic link leads nowhere; remove it or point it at a file in the site's folder",
            "Content/topics/again:1:1: error: this symbolic link leads back to a folder that holds it ("
                + site.root.appendingPathComponent("Content").resolvingSymlinksInPath().path + "); remove it",
        ])
    }

    @Test("A pipe in Content/ is refused, not read (reading it would wait forever)")
    func pipe() throws {
        let site = try SiteFixture()
        defer { site.remove() }
        #expect(mkfifo(site.root.appendingPathComponent("Content/topics/pipe.md").path, 0o644) == 0)
        let report = try site.build(within: 20)
        #expect(report.errors.map(\.description) == [
            "Content/topics/pipe.md:1:1: error: this is not a file but a pipe, a socket or a device; Parley reads only files and folders: remove it from Content/",
        ])
    }

    // MARK: - Names

    @Test("Files whose names have spaces and non-Latin letters are copied and linked")
    func assetNames() throws {
        let names = ["images/map of asia.png", "images/карта.png", "files/报告 2020.pdf", "files/résumé (final).txt"]
        var changes: [String: String?] = [:]
        for name in names { changes["Content/" + name] = "bytes of \(name)" }
        changes[Self.q2] = Self.question(body: """
            ![map](../../images/map%20of%20asia.png) and ![карта](../../images/карта.png).

            The [report](<../../files/报告 2020.pdf>) and the [résumé](../../files/r%C3%A9sum%C3%A9%20(final).txt).
            """)
        let site = try SiteFixture(changes)
        defer { site.remove() }
        let report = try site.build(within: 20)
        #expect(report.succeeded, "\(report.errors.map(\.description))")
        for name in names {
            #expect(try site.read(name) == "bytes of \(name)", "\(name)")
        }
        let files = SiteFixture.snapshot(site.output).map { OutputFile(path: .init($0.key), bytes: $0.value) }
        #expect(RenderedLinks.check(files).map(\.description) == [])
        let page = try site.read("interviews/alpha-2024/q2/index.html")
        #expect(page.contains("map%20of%20asia.png"))
    }

    static let composed = "caf\u{E9}"           // é as one scalar (NFC)
    static let decomposed = "cafe\u{301}"        // e and a combining accent (NFD)

    @Test("A name in two Unicode forms is one name: two such files are an error")
    func twoForms() throws {
        // Two keys of one Swift dictionary cannot differ only so: Swift compares strings
        // by canonical equivalence. The file system compares bytes.
        let site = try SiteFixture()
        defer { site.remove() }
        try site.write("Content/images/\(Self.composed).png", "composed")
        try site.write("Content/images/\(Self.decomposed).png", "decomposed")
        let names = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("Content/images").path)
        #expect(names.count == 2)
        let report = try site.build(within: 20)
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.message.contains("are the same name written two ways in Unicode") == true,
                "\(report.errors.map(\.description))")
    }

    @Test("A link written decomposed finds the file named composed")
    func decomposedLink() throws {
        let site = try SiteFixture([
            "Content/images/\(Self.composed).png": "composed",
            Self.q2: Self.question(body: "![café](../../images/\(Self.decomposed).png)"),
        ])
        defer { site.remove() }
        let report = try site.build(within: 20)
        #expect(report.succeeded, "\(report.errors.map(\.description))")
        #expect(try site.read("images/\(Self.composed).png") == "composed")
    }

    @Test("A file named decomposed is published under its composed name, once")
    func decomposedFile() throws {
        let site = try SiteFixture([
            "Content/images/\(Self.decomposed).png": "decomposed",
            Self.q2: Self.question(body: "![café](../../images/\(Self.composed).png)"),
        ])
        defer { site.remove() }
        // Linux file systems keep names as bytes: the file is read through
        // ContentFiles.sourceURL, which finds the NFD name for the NFC path.
        let report = try site.build(within: 20)
        #expect(report.succeeded, "\(report.errors.map(\.description))")
        let published = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("images").path)
        #expect(published.map { Array($0.unicodeScalars) } == [Array("\(Self.composed).png".unicodeScalars)])
        #expect(try site.read("images/\(Self.composed).png") == "decomposed")
    }
}
