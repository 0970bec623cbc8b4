import ParleySite
@testable import Templates
import Testing

@Suite("Search term table")
struct SearchTermTableTests {
    static let documents: [SearchDocument] = (0..<9).map { number in
        SearchDocument(
            kind: .question, path: SitePath("interviews/a/q\(number)/index.html"), title: "Question \(number) on trade",
            context: "", question: number.isMultiple(of: 2) ? "What of the railways?" : "And the pipelines?",
            blocks: ["Trade grew by \(number * 3) percent.", "The railway’s freight, and the pipelines’ gas, in \(2000 + number)."],
            interviewID: "a")
    }

    static func entries(_ table: SearchTermTable) -> [String] {
        (0..<table.count).map { table.entry($0) }.map { "\($0.term) \($0.postings)" }
    }

    static func table(parts ranges: [Range<Int>]) -> SearchTermTable {
        SearchTermTable(parts: ranges.map { SearchTermTable.Part(documents[$0], first: $0.lowerBound, english: true) })
    }

    @Test("Documents read in parts give the entries of one part, whatever the cut")
    func partsJoin() {
        let whole = Self.entries(SearchTermTable(Self.documents, english: true))
        #expect(whole.count > 10)
        for ranges in [[0..<9], [0..<1, 1..<9], [0..<4, 4..<5, 5..<9], (0..<9).map { $0..<($0 + 1) }] {
            #expect(Self.entries(Self.table(parts: ranges)) == whole, "\(ranges)")
        }
    }

    @Test("A term's postings list every document that holds it, in order, scored")
    func postings() {
        let table = SearchTermTable(Self.documents, english: true)
        let terms = (0..<table.count).map { table.entry($0) }
        let railway = try! #require(terms.first { $0.term == "railway" })
        let numbers = SearchPostings.numbers(railway.postings)
        // Gaps of 1 from document -1: every document, then its score.
        #expect(stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] } == Array(repeating: 1, count: 9))
        #expect(stride(from: 1, to: numbers.count, by: 2).allSatisfy { numbers[$0] >= 1 })
        #expect(!terms.contains { $0.term == "the" || $0.term == "and" })
        #expect(terms.map(\.term) == terms.map(\.term).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test("A term's words in one document make one posting, their counts added up")
    func wordsOfOneTerm() {
        let documents = [["Terrorists and a terrorist."], ["The terrorist, the terrorist."]].enumerated().map { number, blocks in
            SearchDocument(kind: .question, path: SitePath("interviews/a/q\(number)/index.html"), title: "Question",
                           context: "", question: "", blocks: blocks, interviewID: "a")
        }
        let table = SearchTermTable(documents, english: true)
        let entries = (0..<table.count).map { table.entry($0) }
        #expect(entries.map(\.term) == ["question", "terrorist"])
        let numbers = SearchPostings.numbers(entries[1].postings)
        // Both documents, each once, and scored alike: twice the term in two words.
        #expect(numbers.count == 4)
        #expect(numbers[0] == 1 && numbers[2] == 1)
        #expect(numbers[1] == numbers[3])
    }

    @Test("Each word is kept with its stem, and a table made with an earlier one's stems gives the same entries")
    func knownStems() {
        let first = SearchTermTable(Self.documents, english: true)
        #expect(first.stems["railways"] == "railway")
        #expect(first.stems["the"] == nil)
        let again = SearchTermTable(parts: [SearchTermTable.Part(Self.documents[...], first: 0, english: true)], known: first.stems)
        #expect(Self.entries(again) == Self.entries(first))
    }
}
