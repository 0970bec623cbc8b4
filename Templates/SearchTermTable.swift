import Foundation

/// Every term of the documents with the documents that hold it, sorted by
/// term (UTF-8 order): the inverted index before it is scored and split into
/// shards. Each term's entry (`entry(_:)`) is worked out on its own, so that
/// the build scores them on all threads.
public struct SearchTermTable: Sendable {
    /// Where a term's postings from one part are: the part, and the term's number there.
    private struct Place: Sendable {
        var part: Int
        var number: Int
    }

    private let parts: [Part]
    /// The terms, sorted, each with its places in part order (so its postings
    /// are in document order); the postings stay in the parts.
    private let terms: [(term: String, places: [Place])]
    private let scorer: Scorer
    /// Each document's length, as BM25 weighs it.
    private let lengths: [Int]

    /// The terms and postings of some consecutive documents: the documents
    /// of a site are read in parts, on all threads, and the parts joined in
    /// order (`init(parts:)`).
    public struct Part: Sendable {
        private var vocabulary: SearchVocabulary
        /// Each term's postings, by its number in `vocabulary`, in document order.
        private var postings: [[SearchDocumentPosting]] = []
        /// Each document's length, in order: the terms in its answer's blocks, as BM25 weighs it.
        fileprivate private(set) var lengths: [Int] = []
        /// Counts by term number for the document being read, all empty between documents.
        private var counts: [SearchTermCounts] = []

        public init(english: Bool) {
            vocabulary = SearchVocabulary(english: english)
        }

        /// Reads `document`, numbered `number` in the site, into the part.
        public mutating func add(_ document: SearchDocument, number: Int) {
            var found: [Int] = []
            func each(_ text: String, _ body: (inout SearchTermCounts) -> Void) {
                SearchText.forEachWord(in: text) { word in
                    guard let term = vocabulary.number(ofWord: word) else { return }
                    if term >= counts.count { counts += Array(repeating: .init(), count: term + 1 - counts.count) }
                    if counts[term] == .init() { found.append(term) }
                    body(&counts[term])
                }
            }
            each(document.title) { $0.title = true }
            each(document.question) { $0.question = true }
            for block in document.blocks {
                each(block) { $0.body += 1 }
            }
            var length = 0
            for term in found {
                length += counts[term].body
                post(term, number: number, counts: counts[term])
                counts[term] = .init()
            }
            lengths.append(length)
        }

        private mutating func post(_ term: Int, number: Int, counts: SearchTermCounts) {
            if term >= postings.count { postings += Array(repeating: [], count: term + 1 - postings.count) }
            postings[term].append(SearchDocumentPosting(document: number, counts: counts))
        }

        /// The terms, by number.
        fileprivate var terms: [String] { vocabulary.terms }

        /// The postings of term `number`.
        fileprivate func postings(of number: Int) -> [SearchDocumentPosting] { postings[number] }
    }

    /// The table of `documents`, on one thread.
    public init(_ documents: [SearchDocument], english: Bool) {
        var part = Part(english: english)
        for (number, document) in documents.enumerated() { part.add(document, number: number) }
        self.init(parts: [part])
    }

    /// The table of the documents of `parts`, in document order.
    public init(parts: [Part]) {
        var places: [String: [Place]] = [:]
        for (part, each) in parts.enumerated() {
            for (number, term) in each.terms.enumerated() { places[term, default: []].append(Place(part: part, number: number)) }
        }
        self.parts = parts
        terms = places.map { (term: $0.key, places: $0.value) }
            .sorted { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
        lengths = parts.flatMap(\.lengths)
        let withText = lengths.filter { $0 > 0 }.count
        scorer = Scorer(documents: lengths.count,
                        averageLength: Scorer.rounded(Double(max(1, lengths.reduce(0, +))) / Double(max(1, withText))))
    }

    /// How many terms there are.
    public var count: Int { terms.count }

    /// Term `index` with its postings scored and encoded.
    public func entry(_ index: Int) -> SearchShard.Entry {
        let (term, places) = terms[index]
        let list = places.flatMap { parts[$0.part].postings(of: $0.number) }
        let idf = scorer.idf(frequency: list.count)
        return SearchShard.Entry(term: term, postings: SearchPostings.encode(list.map {
            SearchPostings.Posting(document: $0.document, score: scorer.score($0.counts, length: lengths[$0.document], idf: idf))
        }))
    }
}

/// A document holding a term, and where.
struct SearchDocumentPosting {
    var document: Int
    var counts: SearchTermCounts
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
    func score(_ counts: SearchTermCounts, length: Int, idf: Double) -> Int {
        let tf = Double(counts.body)
        let k1 = 1.2, b = 0.75
        let body = tf == 0 ? 0 : tf * (k1 + 1) / (tf + k1 * (1 - b + b * Double(length) / averageLength))
        let score = idf * (body + (counts.title ? 2 : 0) + (counts.question ? 1 : 0))
        return max(1, Int((score * 10).rounded()))
    }
}
