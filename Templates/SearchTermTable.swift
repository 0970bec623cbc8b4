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
    /// Each document's length, as BM25 weighs it against the average (`Scorer.norm`).
    private let norms: [Double]

    /// The terms and postings of some consecutive documents: the documents
    /// of a site are read in parts, on all threads, and the parts joined in
    /// order (`init(parts:)`).
    public struct Part: Sendable {
        private var vocabulary: SearchVocabulary
        /// The postings of every term, by term number and then in document
        /// order: term `n`'s are `postings[starts[n]..<starts[n + 1]]`.
        private var postings: [SearchDocumentPosting] = []
        private var starts: [Int] = []
        /// Each document's length, in order: the terms in its answer's blocks, as BM25 weighs it.
        fileprivate private(set) var lengths: [Int] = []

        /// The part of `documents`, the first of them numbered `first` in the site.
        public init(_ documents: ArraySlice<SearchDocument>, first: Int, english: Bool) {
            vocabulary = SearchVocabulary(english: english)
            var reader = Reader()
            for (offset, document) in documents.enumerated() {
                lengths.append(reader.read(document, number: first + offset, into: &vocabulary))
            }
            (postings, starts) = reader.postingsByTerm(count: vocabulary.terms.count)
        }

        /// The terms, by number.
        fileprivate var terms: [String] { vocabulary.terms }

        /// The postings of term `number`.
        fileprivate func postings(of number: Int) -> ArraySlice<SearchDocumentPosting> {
            postings[starts[number]..<starts[number + 1]]
        }
    }

    /// Counts the terms of documents, one after another.
    private struct Reader {
        /// The postings so far, in document order.
        var postings: [SearchDocumentPosting] = []
        /// Counts by term number for the document being read, all empty between documents.
        var counts: [SearchTermCounts] = []
        /// The terms of the document being read, in the order met.
        var found: [Int] = []

        /// Reads `document`, numbered `number`, and gives its length.
        mutating func read(_ document: SearchDocument, number: Int, into vocabulary: inout SearchVocabulary) -> Int {
            count(document.title, &vocabulary) { $0.title = true }
            count(document.question, &vocabulary) { $0.question = true }
            for block in document.blocks {
                count(block, &vocabulary) { $0.body += 1 }
            }
            var length = 0
            for term in found {
                length += Int(counts[term].body)
                postings.append(SearchDocumentPosting(term: term, document: number, counts: counts[term]))
                counts[term] = .init()
            }
            found.removeAll(keepingCapacity: true)
            return length
        }

        /// Counts the terms of `text`, as `mark` says.
        private mutating func count(_ text: String, _ vocabulary: inout SearchVocabulary, _ mark: (inout SearchTermCounts) -> Void) {
            SearchText.forEachWord(in: text) { word, utf8 in
                guard let term = vocabulary.number(of: word, in: utf8) else { return }
                if term >= counts.count { counts += Array(repeating: .init(), count: term + 1 - counts.count) }
                if counts[term].isEmpty { found.append(term) }
                mark(&counts[term])
            }
        }

        /// The postings sorted by term (of `count` terms), each term's in
        /// document order, and where each term's postings start: a counting sort.
        func postingsByTerm(count: Int) -> ([SearchDocumentPosting], [Int]) {
            var starts = [Int](repeating: 0, count: count + 1)
            for posting in postings { starts[posting.term + 1] += 1 }
            for term in 0..<count { starts[term + 1] += starts[term] }
            var next = starts
            var sorted = postings
            for posting in postings {
                sorted[next[posting.term]] = posting
                next[posting.term] += 1
            }
            return (sorted, starts)
        }
    }

    /// The table of `documents`, on one thread.
    public init(_ documents: [SearchDocument], english: Bool) {
        self.init(parts: [Part(documents[...], first: 0, english: english)])
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
        let lengths = parts.flatMap(\.lengths)
        let withText = lengths.filter { $0 > 0 }.count
        scorer = Scorer(documents: lengths.count,
                        averageLength: Scorer.rounded(Double(max(1, lengths.reduce(0, +))) / Double(max(1, withText))))
        norms = lengths.map(scorer.norm(length:))
    }

    /// How many terms there are.
    public var count: Int { terms.count }

    /// Term `index` with its postings scored and encoded.
    public func entry(_ index: Int) -> SearchShard.Entry {
        let (term, places) = terms[index]
        let lists = places.map { parts[$0.part].postings(of: $0.number) }
        let frequency = lists.reduce(0) { $0 + $1.count }
        let idf = scorer.idf(frequency: frequency)
        var postings: [SearchPostings.Posting] = []
        postings.reserveCapacity(frequency)
        for list in lists {
            for posting in list {
                let score = scorer.score(posting.counts, norm: norms[posting.document], idf: idf)
                postings.append(SearchPostings.Posting(document: posting.document, score: score))
            }
        }
        return SearchShard.Entry(term: term, postings: SearchPostings.encode(postings))
    }
}

/// A document holding a term, and where; its numbers are kept in 32 bits,
/// so that a part's postings take half the memory.
struct SearchDocumentPosting: Sendable {
    private var termNumber: Int32
    private var documentNumber: Int32
    var counts: SearchTermCounts

    init(term: Int, document: Int, counts: SearchTermCounts) {
        termNumber = Int32(term)
        documentNumber = Int32(document)
        self.counts = counts
    }

    /// The term's number in its part.
    var term: Int { Int(termNumber) }
    var document: Int { Int(documentNumber) }
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

    static let k1 = 1.2, b = 0.75

    /// How a document of `length` weighs a term's count, against the average.
    func norm(length: Int) -> Double {
        Scorer.k1 * (1 - Scorer.b + Scorer.b * Double(length) / averageLength)
    }

    /// The score in a document of `norm`, times 10 and rounded (at least 1): what the postings store.
    func score(_ counts: SearchTermCounts, norm: Double, idf: Double) -> Int {
        let tf = Double(counts.body)
        let body = tf == 0 ? 0 : tf * (Scorer.k1 + 1) / (tf + norm)
        let score = idf * (body + (counts.title ? 2 : 0) + (counts.question ? 1 : 0))
        return max(1, Int((score * 10).rounded()))
    }
}
