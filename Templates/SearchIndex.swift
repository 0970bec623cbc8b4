import Foundation
import ParleySite

/// The search index the search page loads piece by piece, from `file://` as
/// over HTTP: every file is a script that hands its data to
/// `parleySearch.add(kind, key, data)`.
///
/// - `search/meta.js`: what the page needs before the first query: the shard
///   keys, the document count, the stop words, whether words are stemmed.
/// - `search/terms/<key>.js`: an inverted index shard, every term starting with
///   the shard's key (the key's UTF-8 in hex) and not with a longer key, each
///   with its postings (`SearchPostings`): documents and BM25 scores with title
///   and question above answer text, worked out here.
/// - `search/docs/<n>.js`: the records (`SearchDocument.record`) of documents
///   `n × chunkSize` and on, loaded for the results shown.
/// - `search/interviews.js`: each interview's id and first document, loaded for
///   the kind and interview filters.
///
/// A document's number is its place in site order, so an edit of a
/// question's text leaves the others' numbers, and so the shards of terms it
/// did not touch, byte for byte as they were.
public struct SearchIndex: Sendable {
    /// Documents in one record file.
    public static let chunkSize = 4
    /// A shard bigger than this is split by the next letter of its terms.
    static let shardBytes = 40_000
    /// The longest shard key, in letters.
    static let longestKey = 4
    public static let metaPath = SitePath("search/meta.js")
    static let interviewsPath = SitePath("search/interviews.js")

    let documents: [SearchDocument]
    let english: Bool
    let shards: [SearchShard]

    /// The index of `documents`, from their terms' entries (`SearchTermTable`), sorted by term.
    public init(documents: [SearchDocument], entries: [SearchShard.Entry], english: Bool) {
        self.documents = documents
        self.english = english
        shards = SearchShard.split(entries[...], key: [], limit: SearchIndex.shardBytes)
    }

    /// The documents and terms of a site, worked out on one thread (tests, small sites).
    public init(_ site: Site) {
        let documents = SearchDocument.documents(of: site)
        let english = SearchText.isEnglish(site.settings.language)
        let table = SearchTermTable(documents, english: english)
        self.init(documents: documents, entries: (0..<table.count).map(table.entry), english: english)
    }

    /// Every file: the meta file, the interviews, the shards, the record chunks.
    public var fileCount: Int { 2 + shards.count + chunkCount }

    private var chunkCount: Int { (documents.count + SearchIndex.chunkSize - 1) / SearchIndex.chunkSize }

    /// The file number of the first record file: the others follow it.
    public var firstRecordFile: Int { 2 + shards.count }

    /// The documents whose records record file `chunk` holds, of `count` documents.
    public static func documents(inChunk chunk: Int, of count: Int) -> Range<Int> {
        (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
    }

    public func path(of file: Int) -> SitePath {
        switch file {
        case 0: return SearchIndex.metaPath
        case 1: return SearchIndex.interviewsPath
        case 2..<(2 + shards.count): return SearchShard.path(of: shards[file - 2].key)
        default: return SitePath("search/docs/\(file - firstRecordFile).js")
        }
    }

    /// The script of file `file` (of `fileCount`), as UTF-8.
    public func script(of file: Int) -> Data {
        switch file {
        case 0: return SearchIndex.script("meta", "", meta)
        case 1: return SearchIndex.script("interviews", "", interviews)
        case 2..<(2 + shards.count): return shards[file - 2].script
        default:
            let chunk = file - firstRecordFile
            let range = SearchIndex.documents(inChunk: chunk, of: documents.count)
            return SearchIndex.script("docs", String(chunk), .array(documents[range].map(\.record)))
        }
    }

    /// The bytes are kept as they are written: making a `String` of them
    /// would check again that they are UTF-8.
    static func script(_ kind: String, _ key: String, _ data: JSONValue) -> Data {
        var out = Array("parleySearch.add(\"\(kind)\",".utf8)
        JSONValue.string(key).write(to: &out)
        out.append(UInt8(ascii: ","))
        data.write(to: &out)
        out += ");\n".utf8
        return Data(out)
    }

    private var meta: JSONValue {
        .object([
            ("documents", .number(documents.count)),
            ("chunk", .number(SearchIndex.chunkSize)),
            ("stem", .bool(english)),
            ("stop", .string(english ? SearchText.stopWordList : "")),
            ("keys", .array(shards.map { .string($0.key) })),
        ])
    }

    /// Pairs of an interview's id and its first document; topics' and figures' first documents by kind.
    private var interviews: JSONValue {
        var list: [JSONValue] = []
        var firsts: [(String, JSONValue)] = []
        for (number, document) in documents.enumerated() {
            switch document.kind {
            case .interview: list.append(.array([.string(document.interviewID ?? ""), .number(number)]))
            case .question: break
            case .topic, .figure, .page:
                if !firsts.contains(where: { $0.0 == document.kind.rawValue }) {
                    firsts.append((document.kind.rawValue, .number(number)))
                }
            }
        }
        return .object([("interviews", .array(list)), ("firsts", .object(firsts))])
    }

}
