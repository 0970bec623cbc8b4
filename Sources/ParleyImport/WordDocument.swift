import Foundation
import ZIPFoundation

/// A Word (`.docx`) transcript as Markdown: a zip archive whose
/// `word/document.xml` holds the paragraphs. The archive is untrusted, so
/// what is inflated is capped while inflating, and XML that declares a
/// document type or entities (which Word never writes) is refused before it is parsed.
enum WordDocument {
    /// The most bytes inflated from the archive, in all: a long interview's
    /// `document.xml` is a few MB, and parsing stays within seconds. (Images and
    /// other parts are never inflated.)
    static let limit = 16 << 20

    /// The document's paragraphs as Markdown, one block each.
    static func markdown(of url: URL, named name: String) throws(ImportFailure) -> String {
        let head = try TranscriptFile.bytes(of: url, named: name, first: 4)
        guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw ImportFailure(file: name, "is not a Word document: a .docx file is a zip archive, and this is not one")
        }
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ImportFailure(file: name, "is not a readable Word document: the zip archive is damaged or truncated")
        }
        guard let body = archive["word/document.xml"] else {
            throw ImportFailure(file: name, "is a zip archive but not a Word document: it has no word/document.xml")
        }
        var budget = limit
        let document = try inflate(body, of: archive, budget: &budget, named: name)
        let links = try archive["word/_rels/document.xml.rels"].map { entry throws(ImportFailure) in
            try WordRelationships.links(in: inflate(entry, of: archive, budget: &budget, named: name), named: name)
        } ?? [:]
        return try WordXMLReader.markdown(of: document, links: links, named: name)
    }

    /// An entry's bytes, stopping as soon as more than `budget` bytes come out of it.
    static func inflate(_ entry: Entry, of archive: Archive, budget: inout Int, named name: String) throws(ImportFailure) -> Data {
        let tooLarge = ImportFailure(file: name, "\(entry.path) inflates to more than \(limit >> 20) MB, "
            + "far more than any transcript: it may be a zip bomb, and was not read")
        guard entry.uncompressedSize <= UInt64(budget) else { throw tooLarge }
        var data = Data()
        var remaining = budget
        do {
            // The checksum is not computed: the inflater already fails on a damaged
            // stream, and a damaged stored part fails as XML.
            _ = try archive.extract(entry, bufferSize: 64 << 10, skipCRC32: true) { chunk in
                remaining -= chunk.count
                guard remaining >= 0 else { throw InflateLimit() }
                data.append(chunk)
            }
        } catch is InflateLimit {
            throw tooLarge
        } catch {
            throw ImportFailure(file: name, "is not a readable Word document: \(entry.path) is damaged or truncated")
        }
        budget = remaining
        return data
    }

    /// Thrown from inside the inflating loop to stop it.
    private struct InflateLimit: Error {}
}
