import Foundation

/// Every term of the documents with the documents that hold it, sorted by
/// term (UTF-8 order): the inverted index before it is scored and split into
/// shards. Each term's entry (`entry(_:)`) is worked out on its own, so that
/// the build scores them on all threads.
public struct SearchTermTable: Sendable {
    /// The terms, sorted, each with its postings in document order.
    let terms: [(term: String, postings: [SearchDocumentPosting])]
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
        /// What each document added, in order.
        public private(set) var documents: [SearchDocumentTerms] = []
        /// Counts by term number for the document being read, all empty between documents.
        private var counts: [SearchDocumentTerms.Counts] = []

        public init(english: Bool) {
            vocabulary = SearchVocabulary(english: english)
        }

        /// Reads `document`, numbered `number` in the site, into the part.
        public mutating func add(_ document: SearchDocument, number: Int) {
            var found: [Int] = []
            func each(_ text: String, _ body: (inout SearchDocumentTerms.Counts) -> Void) {
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
            var terms = SearchDocumentTerms()
            terms.terms.reserveCapacity(found.count)
            for term in found {
                terms.terms.append(.init(text: vocabulary.terms[term], counts: counts[term]))
                terms.length += counts[term].body
                post(term, number: number, counts: counts[term])
                counts[term] = .init()
            }
            documents.append(terms)
        }

        /// Adds a document read before, numbered `number` in the site.
        public mutating func add(_ terms: SearchDocumentTerms, number: Int) {
            for term in terms.terms {
                post(vocabulary.number(ofTerm: term.text), number: number, counts: term.counts)
            }
            documents.append(terms)
        }

        private mutating func post(_ term: Int, number: Int, counts: SearchDocumentTerms.Counts) {
            if term >= postings.count { postings += Array(repeating: [], count: term + 1 - postings.count) }
            postings[term].append(SearchDocumentPosting(document: number, counts: counts))
        }

        /// Each term with its postings.
        fileprivate var terms: some Sequence<(String, [SearchDocumentPosting])> {
            zip(vocabulary.terms, postings)
        }
    }

    /// The table of `documents`, on one thread.
    public init(_ documents: [SearchDocument], english: Bool) {
        var part = Part(english: english)
        for (number, document) in documents.enumerated() { part.add(document, number: number) }
        self.init(parts: [part])
    }

    /// The table of the documents of `parts`, in document order.
    public init(parts: [Part]) {
        var postings: [String: [SearchDocumentPosting]] = [:]
        for part in parts {
            for (term, list) in part.terms { postings[term, default: []] += list }
        }
        terms = postings.map { (term: $0.key, postings: $0.value) }
            .sorted { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
        lengths = parts.flatMap { $0.documents.map(\.length) }
        let withText = lengths.filter { $0 > 0 }.count
        scorer = Scorer(documents: lengths.count,
                        averageLength: Scorer.rounded(Double(max(1, lengths.reduce(0, +))) / Double(max(1, withText))))
    }

    /// How many terms there are.
    public var count: Int { terms.count }

    /// Term `index` with its postings scored and encoded.
    public func entry(_ index: Int) -> SearchShard.Entry {
        let (term, list) = terms[index]
        let idf = scorer.idf(frequency: list.count)
        return SearchShard.Entry(term: term, postings: SearchPostings.encode(list.map {
            SearchPostings.Posting(document: $0.document, score: scorer.score($0.counts, length: lengths[$0.document], idf: idf))
        }))
    }
}

/// A document holding a term, and where.
struct SearchDocumentPosting {
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
