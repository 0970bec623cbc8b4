import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `word/document.xml` as Markdown: each paragraph a block, headings as `#`,
/// list paragraphs as `- ` items, bold and italic runs as `**` and `*`,
/// hyperlinks as Markdown links, and Markdown's own characters escaped.
final class WordXMLReader: NSObject, XMLParserDelegate {
    /// The document's Markdown, blocks separated by blank lines.
    static func markdown(of data: Data, links: [String: String], named name: String) throws(ImportFailure) -> String {
        let reader = WordXMLReader(links: links, name: name)
        try SafeXML.parse(data, with: reader, part: "word/document.xml", named: name)
        var markdown = ""
        for (previous, block) in zip([nil] + reader.blocks.map(Optional.some), reader.blocks) {
            let inList = previous?.hasPrefix("- ") == true && block.hasPrefix("- ")
            markdown += (previous == nil ? "" : inList ? "\n" : "\n\n") + block
        }
        return markdown + "\n"
    }

    private let links: [String: String]
    private let name: String
    /// Set when reading stopped because the document holds too much text.
    private(set) var failure: ImportFailure?
    private var size = 0
    private var blocks: [String] = []
    private var paragraph = WordParagraph()
    private var run = WordRun()
    private var inRunProperties = false
    private var inText = false
    private var link: String?

    private init(links: [String: String], name: String) {
        self.links = links
        self.name = name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        var value: String? { attributes.first { SafeXML.localName($0.key) == "val" }?.value }
        switch SafeXML.localName(elementName) {
        case "p": paragraph = WordParagraph()
        case "pStyle": paragraph.style = value ?? ""
        case "numPr": paragraph.isListItem = true
        case "r": run = WordRun(link: link)
        case "rPr": inRunProperties = true
        case "b" where inRunProperties: run.bold = !["0", "false", "off"].contains(value ?? "true")
        case "i" where inRunProperties: run.italic = !["0", "false", "off"].contains(value ?? "true")
        case "t": inText = true
        case "tab", "br", "cr": run.text += " "
        case "hyperlink":
            let id = attributes.first { SafeXML.localName($0.key) == "id" }?.value
            link = id.flatMap { links[$0] }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch SafeXML.localName(elementName) {
        case "p":
            let text = paragraph.markdown
            if !text.isEmpty { blocks.append(text) }
            size += text.utf8.count + 2
            if size > TranscriptFile.textLimit {
                failure = ImportFailure(file: name, "holds more than \(TranscriptFile.textLimit >> 20) MB of text, "
                    + "too much for a transcript; split it, or check that it is the right file")
                parser.abortParsing()
            }
        case "r": paragraph.runs.append(run)
        case "rPr": inRunProperties = false
        case "t": inText = false
        case "hyperlink": link = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { run.text += string }
    }
}
