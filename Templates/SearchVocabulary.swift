/// Where a term is in one document.
struct SearchTermCounts: Sendable, Equatable {
    /// In the title.
    var title = false
    /// In the question or summary.
    var question = false
    /// Times in the answer's blocks.
    var body = 0
}

/// The terms met in some documents, each numbered once, and each word's
/// term: a word is looked up once each time it is said, and stemmed once.
struct SearchVocabulary: Sendable {
    let english: Bool
    /// Each folded word's term number; nil for a stop word.
    private var words: [String: Int?] = [:]
    private var numbers: [String: Int] = [:]
    /// The terms by number.
    private(set) var terms: [String] = []

    init(english: Bool) {
        self.english = english
    }

    /// The number of the term a folded word is indexed under; nil for a stop word.
    mutating func number(ofWord word: String) -> Int? {
        if let known = words[word] { return known }
        let number = SearchText.term(of: word, english: english).map { self.number(ofTerm: $0) }
        words[word] = number
        return number
    }

    mutating func number(ofTerm term: String) -> Int {
        if let known = numbers[term] { return known }
        terms.append(term)
        numbers[term] = terms.count - 1
        return terms.count - 1
    }
}
