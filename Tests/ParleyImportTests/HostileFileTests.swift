import Foundation
import ParleyImport
import Testing
import ZIPFoundation

/// Untrusted transcripts: each is refused with a message naming the file,
/// quickly, and nothing is written.
@Suite("Hostile and broken transcripts")
struct HostileFileTests {
    /// Imports `name` and requires a failure naming it, within `seconds`, with `Content/` unchanged.
    static func refuses(_ site: ImportSite, _ name: String, within seconds: Double = 5, saying words: String) throws {
        let before = site.content
        let start = Date()
        let failure = try site.failure(name)
        #expect(Date().timeIntervalSince(start) < seconds, "took \(Date().timeIntervalSince(start)) s")
        #expect(failure.file == name)
        #expect(failure.description.hasPrefix("\(name): error: "))
        #expect(failure.message.contains(words), "\(failure.message)")
        #expect(site.content == before, "the failed import wrote something")
        #expect(!FileManager.default.fileExists(atPath: site.url("Content/interviews").path))
    }

    @Test("a zip bomb: inflating stops at the cap, with an error that says so")
    func zipBomb() throws {
        let site = try ImportSite()
        defer { site.delete() }
        let size = 20 << 20
        let zeros = Data(count: 1 << 20)
        let url = site.url("bomb.docx")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) { _, chunk in
            zeros.prefix(chunk)
        }
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0 < 1 << 20)
        try Self.refuses(site, "bomb.docx", saying: "16 MB")

        // The same archive claiming its part inflates to 1000 bytes: inflating stops at the cap.
        var lying = try Data(contentsOf: url)
        Self.patch(&lying, signature: [0x50, 0x4B, 0x03, 0x04], sizeAt: 22)
        Self.patch(&lying, signature: [0x50, 0x4B, 0x01, 0x02], sizeAt: 24)
        try site.write("lying.docx", lying)
        try Self.refuses(site, "lying.docx", saying: "16 MB")
    }

    /// Writes 1000 as the uncompressed size of the first header with `signature`.
    static func patch(_ data: inout Data, signature: [UInt8], sizeAt offset: Int) {
        guard let header = data.firstRange(of: signature) else {
            Issue.record("no header \(signature) in the archive")
            return
        }
        let start = header.lowerBound + offset
        data.replaceSubrange(start..<start + 4, with: [0xE8, 0x03, 0x00, 0x00])
    }

    @Test("a billion laughs: XML that declares entities is refused within a second")
    func entityBomb() throws {
        let site = try ImportSite()
        defer { site.delete() }
        var entities = #"<!ENTITY lol "lol">"#
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: level == 1 ? "&lol;" : "&lol\(level - 1);", count: 10) + "\">"
        }
        let xml = #"<?xml version="1.0"?><!DOCTYPE w:document [\#(entities)]>"#
            + "<w:document \(WordFixture.namespaces)><w:body><w:p><w:r><w:t>Q: &lol9;</w:t></w:r></w:p></w:body></w:document>"
        try WordFixture.write([("word/document.xml", Data(xml.utf8))], to: site.url("laughs.docx"))
        try Self.refuses(site, "laughs.docx", within: 1, saying: "entities")
    }

    @Test("a truncated Word file, and random bytes named .docx, are not readable Word documents")
    func brokenZip() throws {
        let site = try ImportSite()
        defer { site.delete() }
        let paragraphs = (1...200).map { WordFixture.paragraph(WordFixture.run("Q: Question \($0) with some words to make the file longer?")) }
        try WordFixture.write(paragraphs, to: site.url("whole.docx"))
        let whole = try Data(contentsOf: site.url("whole.docx"))
        try site.write("cut.docx", whole.prefix(whole.count / 2))
        try Self.refuses(site, "cut.docx", saying: "damaged or truncated")
        var generator = SystemRandomNumberGenerator()
        try site.write("noise.docx", Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        try Self.refuses(site, "noise.docx", saying: "is not a Word document")
    }

    @Test("a text file that is not UTF-8, or random bytes, is refused")
    func notUTF8() throws {
        let site = try ImportSite()
        defer { site.delete() }
        try site.write("latin1.txt", Data("Q: Caf\u{E9}?\n\nA: Oui.\n".data(using: .isoLatin1)!))
        try Self.refuses(site, "latin1.txt", saying: "not UTF-8")
        try site.write("noise.md", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 0x80) }))
        try Self.refuses(site, "noise.md", saying: "not UTF-8")
    }

    @Test("a huge text file is refused without reading it all")
    func huge() throws {
        let site = try ImportSite()
        defer { site.delete() }
        let line = Data("Q: Why?\n\nA: Because.\n\n".utf8)
        var data = Data()
        while data.count <= 5 << 20 { data.append(line) }
        try site.write("huge.txt", data)
        try Self.refuses(site, "huge.txt", saying: "larger than 4 MB")
    }
}
