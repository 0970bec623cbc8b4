import Foundation
import ParleySite

/// One file of the inverted index: the terms that start with its key and
/// with no longer key, and their postings.
public struct SearchShard: Sendable {
    /// A term and its postings' text (`SearchPostings`).
    public struct Entry: Sendable {
        var term: String
        var postings: String

        /// About what it adds to the file.
        var bytes: Int { term.utf8.count + postings.utf8.count + 6 }
    }

    var key: String
    var entries: ArraySlice<Entry>

    /// `search/terms/<key's UTF-8 in hex>.js`: a name any file system takes.
    static func path(of key: String) -> SitePath {
        SitePath("search/terms/" + key.utf8.map { hex($0) }.joined() + ".js")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    var script: Data {
        let pairs = entries.map { ($0.term, JSONValue.string($0.postings)) }
        return SearchIndex.script("terms", key, .object(pairs))
    }

    /// Shards of `entries` (sorted, all starting with `key`): one, unless they
    /// are more than `limit` bytes, when those longer than the key are split
    /// by their next letter (up to `SearchIndex.longestKey` letters).
    static func split(_ entries: ArraySlice<Entry>, key: [Unicode.Scalar], limit: Int) -> [SearchShard] {
        let depth = key.count
        let total = entries.reduce(0) { $0 + $1.bytes }
        if depth > 0 && (total <= limit || depth >= SearchIndex.longestKey) {
            return [SearchShard(key: String(String.UnicodeScalarView(key)), entries: entries)]
        }
        var shards: [SearchShard] = []
        // Terms no longer than the key stay in its shard; they sort first.
        var start = entries.startIndex
        while start < entries.endIndex, entries[start].term.unicodeScalars.count <= depth { start += 1 }
        if start > entries.startIndex {
            shards.append(SearchShard(key: String(String.UnicodeScalarView(key)), entries: entries[..<start]))
        }
        while start < entries.endIndex {
            let next = Array(entries[start].term.unicodeScalars.prefix(depth + 1))
            var end = start + 1
            while end < entries.endIndex, entries[end].term.unicodeScalars.starts(with: next) { end += 1 }
            shards += split(entries[start..<end], key: next, limit: limit)
            start = end
        }
        return shards
    }
}
