import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parsing XML from an untrusted file: no document type, no entity
/// declarations (so no entity expansion and no external entities), UTF-8 only.
enum SafeXML {
    /// Runs `delegate` over `data`, or says which part of the file is not acceptable XML.
    static func parse(_ data: Data, with delegate: XMLParserDelegate, part: String, named name: String) throws(ImportFailure) {
        if contains(data, "<!DOCTYPE") || contains(data, "<!ENTITY") {
            throw ImportFailure(file: name, "\(part) declares a document type or entities, which Word never writes; "
                + "such XML can expand without bound, so the file was not read")
        }
        if data.contains(0) {
            throw ImportFailure(file: name, "\(part) is not UTF-8 XML, which Word writes; the file was not read")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse() else {
            if let failure = (delegate as? WordXMLReader)?.failure { throw failure }
            let line = parser.lineNumber
            throw ImportFailure(file: name, "\(part) is not well-formed XML (near line \(line)): the document is damaged")
        }
    }

    /// An element or attribute name without its namespace prefix: `w:p` → `p`.
    static func localName(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    private static func contains(_ data: Data, _ text: String) -> Bool {
        data.range(of: Data(text.utf8)) != nil
    }
}
