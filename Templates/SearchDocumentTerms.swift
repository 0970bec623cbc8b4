/// What one document holds of each term, counted at build time: the part of
/// the index each document adds, worked out for each on its own (in parallel).
public struct SearchDocumentTerms: Sendable {
    /// Where a term is in a document.
    struct Counts: Sendable {
        /// In the title.
        var title = false
        /// In the question or summary.
        var question = false
        /// Times in the answer's blocks.
        var body = 0
    }

    var counts: [String: Counts] = [:]
    /// Terms in the answer's blocks: the length BM25 normalises by.
    var length = 0

    /// The terms of `document`; `stems` keeps the stems already made, across documents.
    public init(_ document: SearchDocument, english: Bool, stems: inout [String: String]) {
        var counts: [String: Counts] = [:]
        var length = 0
        func each(_ text: String, _ body: (inout Counts) -> Void) {
            SearchText.forEachWord(in: text) { word in
                let term: String
                if let known = stems[word] {
                    term = known
                } else {
                    term = SearchText.term(of: word, english: english) ?? ""
                    stems[word] = term
                }
                if !term.isEmpty { body(&counts[term, default: Counts()]) }
            }
        }
        each(document.title) { $0.title = true }
        each(document.question) { $0.question = true }
        for block in document.blocks {
            each(block) { $0.body += 1; length += 1 }
        }
        self.counts = counts
        self.length = length
    }
}
