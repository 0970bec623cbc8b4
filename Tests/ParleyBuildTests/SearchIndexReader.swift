import Foundation
import Testing

/// Reads the search index a build wrote, as the search script does: the meta
/// file, the shard that holds a term, the records of a document.
struct SearchIndexReader {
    let site: SiteFixture
    var output: URL? = nil

    /// The data of a `parleySearch.add(kind, key, data);` script, checked for its kind and key.
    func data(_ path: String, kind: String, key: String) throws -> Any {
        let script = try site.read("search/" + path, in: output)
        let prefix = "parleySearch.add(\"\(kind)\",\"\(key)\","
        #expect(script.hasPrefix(prefix) && script.hasSuffix(");\n"), "\(path): \(script.prefix(60))")
        let json = String(script.dropFirst(prefix.count).dropLast(3))
        return try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    }

    func meta() throws -> [String: Any] {
        try #require(try data("meta.js", kind: "meta", key: "") as? [String: Any])
    }

    /// The shard key a term is under: the longest key it starts with.
    func key(of term: String) throws -> String? {
        let keys = try #require(try meta()["keys"] as? [String])
        return keys.filter { term.hasPrefix($0) }.max { $0.count < $1.count }
    }

    /// The postings' text of `term`, nil if the index does not hold it.
    func postings(_ term: String) throws -> String? {
        guard let key = try key(of: term) else { return nil }
        let hex = key.utf8.map { String(format: "%02x", $0) }.joined()
        let shard = try #require(try data("terms/\(hex).js", kind: "terms", key: key) as? [String: String])
        return shard[term]
    }

    /// The record of document `number`.
    func record(_ number: Int) throws -> [String: Any] {
        let chunk = try #require(try meta()["chunk"] as? Int)
        let records = try #require(try data("docs/\(number / chunk).js", kind: "docs", key: String(number / chunk)) as? [[String: Any]])
        return records[number % chunk]
    }
}
