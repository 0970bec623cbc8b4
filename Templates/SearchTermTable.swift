import Foundation

/// Every term of the documents with the documents that hold it, sorted by
/// term (UTF-8 order): the inverted index before it is scored and split into
/// shards. Each term's entry (`entry(_:)`) is worked out on its own, so that
/// the build scores them on all threads.
public struct SearchTermTable: Sendable {
    /// Where some of a term's postings are: the part, and the number there
    /// of a word of the term (a term may have several words in a part:
    /// `terrorist`, `terrorists`).
    private struct Place: Sendable {
        var part: Int
        var number: Int
    }

    private let parts: [Part]
    /// The terms, sorted, each with its places in part order; the postings stay in the parts.
    private let terms: [(term: String, places: [Place])]
    private let scorer: Scorer
    /// Each document's length, as BM25 weighs it against the average (`Scorer.norm`).
    private let norms: [Double]
    /// Each word met, with its term: kept by `parley serve` for the next
    /// build, so that a rebuild stems only the words new to it.
    public let stems: [String: String]

    /// The words and postings of some consecutive documents: the documents
    /// of a site are read in parts, on all threads, and the parts joined in
    /// order (`init(parts:)`), where the words become terms.
    public struct Part: Sendable {
        private var vocabulary: SearchVocabulary
        /// The postings of every word, by word number and then in document
        /// order: word `n`'s are `postings[starts[n]..<starts[n + 1]]`.
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
            (postings, starts) = reader.postingsByWord(count: vocabulary.words.count)
        }

        /// The words, by number, stop words left out.
        fileprivate var words: [String] { vocabulary.words }

        fileprivate var english: Bool { vocabulary.english }

        /// The postings of word `number`.
        fileprivate func postings(of number: Int) -> ArraySlice<SearchDocumentPosting> {
            postings[starts[number]..<starts[number + 1]]
        }
    }

    /// Counts the words of documents, one after another.
    private struct Reader {
        /// The postings so far, in document order.
        var postings: [SearchDocumentPosting] = []
        /// Counts by word number for the document being read, all empty between documents.
        var counts: [SearchTermCounts] = []
        /// The words of the document being read, in the order met.
        var found: [Int] = []
        /// The words of the text being read.
        var split = SearchWords()

        /// Where in a document a text is, as its words are counted.
        enum Field { case title, question, body }

        /// Reads `document`, numbered `number`, and gives its length.
        mutating func read(_ document: SearchDocument, number: Int, into vocabulary: inout SearchVocabulary) -> Int {
            count(document.title, as: .title, &vocabulary)
            count(document.question, as: .question, &vocabulary)
            for block in document.blocks {
                count(block, as: .body, &vocabulary)
            }
            var length = 0
            for word in found {
                length += Int(counts[word].body)
                postings.append(SearchDocumentPosting(word: word, document: number, counts: counts[word]))
                counts[word] = SearchTermCounts()
            }
            found.removeAll(keepingCapacity: true)
            return length
        }

        /// Counts the words of `text`, found in `field`.
        private mutating func count(_ text: String, as field: Field, _ vocabulary: inout SearchVocabulary) {
            split.read(text)
            for word in split.words {
                guard let number = vocabulary.number(of: word, in: split.utf8) else { continue }
                // Words are numbered in the order met, so a new one is next.
                if number == counts.count { counts.append(SearchTermCounts()) }
                if counts[number].isEmpty { found.append(number) }
                switch field {
                case .title: counts[number].title = true
                case .question: counts[number].question = true
                case .body: counts[number].body += 1
                }
            }
        }

        /// The postings sorted by word (of `count` words), each word's in
        /// document order, and where each word's postings start: a counting sort.
        func postingsByWord(count: Int) -> ([SearchDocumentPosting], [Int]) {
            var starts = [Int](repeating: 0, count: count + 1)
            for posting in postings { starts[posting.word + 1] += 1 }
            for word in 0..<count { starts[word + 1] += starts[word] }
            var next = starts
            var sorted = postings
            for posting in postings {
                sorted[next[posting.word]] = posting
                next[posting.word] += 1
            }
            return (sorted, starts)
        }
    }

    /// The table of `documents`, on one thread.
    public init(_ documents: [SearchDocument], english: Bool) {
        self.init(parts: [Part(documents[...], first: 0, english: english)])
    }

    /// The table of the documents of `parts`, in document order: each word
    /// met is stemmed here, once however many parts it is in, unless
    /// `known` (the `stems` of an earlier table) has it.
    public init(parts: [Part], known: [String: String] = [:]) {
        var placesByWord: [String: [Place]] = [:]
        for (part, each) in parts.enumerated() {
            for (number, word) in each.words.enumerated() {
                placesByWord[word, default: []].append(Place(part: part, number: number))
            }
        }
        let english = parts.first?.english ?? false
        var placesByTerm: [String: [[Place]]] = [:]
        var stems: [String: String] = [:]
        stems.reserveCapacity(placesByWord.count)
        for (word, places) in placesByWord {
            let term = known[word] ?? SearchText.stem(word, english: english)
            stems[word] = term
            placesByTerm[term, default: []].append(places)
        }
        self.stems = stems
        self.parts = parts
        terms = placesByTerm.map { term, lists in
            (term: term, places: lists.count == 1 ? lists[0] : lists.joined().sorted { $0.part < $1.part })
        }
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
        let lists = self.lists(places)
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

    /// The postings lists of a term's places, one a part, in document order:
    /// where the term has several words in a part, their postings merged, a
    /// document's counts added up.
    private func lists(_ places: [Place]) -> [ArraySlice<SearchDocumentPosting>] {
        var lists: [ArraySlice<SearchDocumentPosting>] = []
        var start = 0
        while start < places.count {
            var end = start + 1
            while end < places.count && places[end].part == places[start].part { end += 1 }
            let part = parts[places[start].part]
            if end == start + 1 {
                lists.append(part.postings(of: places[start].number))
            } else {
                lists.append(SearchTermTable.merged(places[start..<end].map { part.postings(of: $0.number) })[...])
            }
            start = end
        }
        return lists
    }

    /// Postings lists of one part's documents, each in document order, as one list.
    private static func merged(_ lists: [ArraySlice<SearchDocumentPosting>]) -> [SearchDocumentPosting] {
        lists.dropFirst().reduce(Array(lists[0])) { merged($0, $1) }
    }

    /// Two lists in document order as one, a document's counts added up.
    private static func merged(
        _ first: [SearchDocumentPosting], _ second: ArraySlice<SearchDocumentPosting>
    ) -> [SearchDocumentPosting] {
        var merged: [SearchDocumentPosting] = []
        merged.reserveCapacity(first.count + second.count)
        var i = first.startIndex, j = second.startIndex
        while i < first.endIndex || j < second.endIndex {
            if j == second.endIndex || (i < first.endIndex && first[i].document < second[j].document) {
                merged.append(first[i])
                i += 1
            } else if i == first.endIndex || second[j].document < first[i].document {
                merged.append(second[j])
                j += 1
            } else {
                var both = first[i]
                both.counts.add(second[j].counts)
                merged.append(both)
                i += 1
                j += 1
            }
        }
        return merged
    }
}

/// A document holding a word, and where; its numbers are kept in 32 bits,
/// so that a part's postings take half the memory.
struct SearchDocumentPosting: Sendable {
    private var wordNumber: Int32
    private var documentNumber: Int32
    var counts: SearchTermCounts

    init(word: Int, document: Int, counts: SearchTermCounts) {
        wordNumber = Int32(word)
        documentNumber = Int32(document)
        self.counts = counts
    }

    /// The word's number in its part.
    var word: Int { Int(wordNumber) }
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
