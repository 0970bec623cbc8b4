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
    static let chunkSize = 4
    /// A shard bigger than this is split by the next letter of its terms.
    static let shardBytes = 40_000
    /// The longest shard key, in letters.
    static let longestKey = 4
    public static let metaPath = SitePath("search/meta.js")
    static let interviewsPath = SitePath("search/interviews.js")

    let documents: [SearchDocument]
    let english: Bool
    let shards: [SearchShard]

    /// The index of `documents`, from what each holds (`terms[i]` is `documents[i]`'s).
    public init(documents: [SearchDocument], terms: [SearchDocumentTerms], english: Bool) {
        self.documents = documents
        self.english = english
        let entries = SearchIndex.entries(terms)
        shards = SearchShard.split(entries[...], key: [], limit: SearchIndex.shardBytes)
    }

    /// The documents and terms of a site, worked out on one thread (tests, small sites).
    public init(_ site: Site) {
        let documents = SearchDocument.documents(of: site)
        let english = SearchText.isEnglish(site.settings.language)
        var stems: [String: String] = [:]
        self.init(documents: documents,
                  terms: documents.map { SearchDocumentTerms($0, english: english, stems: &stems) }, english: english)
    }

    /// Every file: the meta file, the interviews, the shards, the record chunks.
    public var fileCount: Int { 2 + shards.count + chunkCount }

    private var chunkCount: Int { (documents.count + SearchIndex.chunkSize - 1) / SearchIndex.chunkSize }

    public func path(of file: Int) -> SitePath {
        switch file {
        case 0: return SearchIndex.metaPath
        case 1: return SearchIndex.interviewsPath
        case 2..<(2 + shards.count): return SearchShard.path(of: shards[file - 2].key)
        default: return SitePath("search/docs/\(file - 2 - shards.count).js")
        }
    }

    /// The script of file `file` (of `fileCount`).
    public func text(of file: Int) -> String {
        switch file {
        case 0: return SearchIndex.script("meta", "", meta)
        case 1: return SearchIndex.script("interviews", "", interviews)
        case 2..<(2 + shards.count): return shards[file - 2].script
        default:
            let chunk = file - 2 - shards.count
            let range = (chunk * SearchIndex.chunkSize)..<min(documents.count, (chunk + 1) * SearchIndex.chunkSize)
            return SearchIndex.script("docs", String(chunk), .array(documents[range].map(\.record)))
        }
    }

    static func script(_ kind: String, _ key: String, _ data: JSONValue) -> String {
        "parleySearch.add(\"\(kind)\"," + JSONValue.string(key).serialized + "," + data.serialized + ");\n"
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

    // MARK: - Scores

    /// Every term with its postings, sorted by term (UTF-8 order).
    private static func entries(_ terms: [SearchDocumentTerms]) -> [SearchShard.Entry] {
        var postings: [String: [SearchDocumentPosting]] = [:]
        var totalLength = 0
        for (document, counts) in terms.enumerated() {
            totalLength += counts.length
            for (term, count) in counts.counts {
                postings[term, default: []].append(SearchDocumentPosting(document: document, counts: count))
            }
        }
        let withText = terms.filter { $0.length > 0 }.count
        let scorer = Scorer(documents: terms.count,
                            averageLength: Scorer.rounded(Double(max(1, totalLength)) / Double(max(1, withText))))
        let lengths = terms.map(\.length)
        let entries = postings.map { term, list in
            let idf = scorer.idf(frequency: list.count)
            return SearchShard.Entry(term: term, postings: SearchPostings.encode(list.map {
                SearchPostings.Posting(document: $0.document, score: scorer.score($0.counts, length: lengths[$0.document], idf: idf))
            }))
        }
        return entries.sorted { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
    }
}

/// A document holding a term, and where.
private struct SearchDocumentPosting {
    var document: Int
    var counts: SearchDocumentTerms.Counts
}

/// BM25 over the answer's text (k1 1.2, b 0.75), plus a bonus of twice the
/// term's weight for the title and once for the question: a term in the
/// title ranks a document above one that only says it often.
private struct Scorer {
    var documents: Int
    var averageLength: Double

    /// The average length of the answers, rounded down to a power of 2^(1/4): an
    /// edit that changes the length of one answer seldom changes every score.
    static func rounded(_ length: Double) -> Double {
        pow(2, (log2(max(1, length)) * 4).rounded(.down) / 4)
    }

    /// How rare a term held by `frequency` documents is.
    func idf(frequency: Int) -> Double {
        let n = Double(documents), df = Double(frequency)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    /// The score, times 10 and rounded (at least 1): what the postings store.
    func score(_ counts: SearchDocumentTerms.Counts, length: Int, idf: Double) -> Int {
        let tf = Double(counts.body)
        let k1 = 1.2, b = 0.75
        let body = tf == 0 ? 0 : tf * (k1 + 1) / (tf + k1 * (1 - b + b * Double(length) / averageLength))
        let score = idf * (body + (counts.title ? 2 : 0) + (counts.question ? 1 : 0))
        return max(1, Int((score * 10).rounded()))
    }
}
