import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The targets of a Word document's hyperlinks, from `word/_rels/document.xml.rels`.
enum WordRelationships {
    /// Relationship id → URL, for the relationships that are hyperlinks.
    static func links(in data: Data, named name: String) throws(ImportFailure) -> [String: String] {
        let reader = Reader()
        try SafeXML.parse(data, with: reader, part: "word/_rels/document.xml.rels", named: name)
        return reader.links
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var links: [String: String] = [:]

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            guard SafeXML.localName(elementName) == "Relationship",
                  let id = attributes["Id"], let target = attributes["Target"],
                  attributes["Type"]?.hasSuffix("/hyperlink") == true
            else { return }
            links[id] = target
        }
    }
}
