import Foundation
import ZIPFoundation

/// Word documents built from their XML parts, as Word writes them.
enum WordFixture {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    /// A paragraph of runs; `style` is a paragraph style such as `Heading2`.
    static func paragraph(_ runs: String..., style: String? = nil, list: Bool = false) -> String {
        var properties = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        if list { properties += #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"# }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs.joined() + "</w:p>"
    }

    /// A run of text, bold and italic as asked.
    static func run(_ text: String, bold: Bool = false, italic: Bool = false) -> String {
        let properties = (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "")
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            + #"<w:t xml:space="preserve">\#(text)</w:t></w:r>"#
    }

    static func document(_ paragraphs: [String]) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + "<w:document \(namespaces)><w:body>" + paragraphs.joined() + "</w:body></w:document>"
    }

    static func relationships(_ links: [String: String]) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + links.sorted { $0.key < $1.key }.map {
                #"<Relationship Id="\#($0.key)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="\#($0.value)" TargetMode="External"/>"#
            }.joined()
            + "</Relationships>"
    }

    /// A zip archive of `parts` (path → bytes), deflated, written to `url`.
    static func write(_ parts: [(String, Data)], to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// A Word document whose body is `paragraphs`, with hyperlink relationships.
    static func write(_ paragraphs: [String], links: [String: String] = [:], to url: URL) throws {
        try write([
            ("[Content_Types].xml", Data(#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.utf8)),
            ("word/document.xml", Data(document(paragraphs).utf8)),
            ("word/_rels/document.xml.rels", Data(relationships(links).utf8)),
        ], to: url)
    }
}
