@testable import Templates
import Testing

@Suite("Search text")
struct SearchTextTests {
    @Test("Folding lower-cases and drops diacritics, in every script")
    func folding() {
        #expect(SearchText.fold("Taşkent ÉLYSÉE Łódź Ñandú Ångström") == "taskent elysee łodz nandu angstrom")
        #expect(SearchText.fold("Ташкент") == "ташкент")
        #expect(SearchText.fold("Cafe\u{301}") == "cafe")
    }

    @Test("Words are runs of letters and digits; apostrophes inside a word are dropped")
    func words() {
        #expect(SearchText.words("The SCO's 22.5% share, co-operation—and “Tashkent”!") ==
            ["the", "scos", "22", "5", "share", "co", "operation", "and", "tashkent"])
        #expect(SearchText.words("state’s l'État 'quoted'") == ["states", "letat", "quoted"])
        #expect(SearchText.words("  ,;  ") == [])
    }

    @Test("The ASCII and Unicode paths split alike")
    func bothPaths() {
        let ascii = "Member-states' trade: 1,200 tonnes in 2020, up from 980."
        #expect(SearchText.words(ascii) == SearchText.words(ascii + " é").dropLast())
        let typeset = "’Tis the SCO’s co–operation’ — “Yes”"
        #expect(SearchText.words(typeset) == ["tis", "the", "scos", "co", "operation", "yes"])
        #expect(SearchText.words(typeset) == SearchText.words(typeset + " é").dropLast())
    }

    @Test("The plain separators fold to themselves and split words")
    func plainSeparators() {
        let separators = (0...0x20AC).compactMap(Unicode.Scalar.init).filter(SearchText.isPlainSeparator)
        #expect(separators.count > 50)
        for scalar in separators {
            let text = String(scalar)
            #expect(!SearchText.isWordCharacter(scalar), "\(text)")
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "\(text)")
            #expect(scalar.properties.lowercaseMapping == text, "\(text)")
            #expect(text.decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar]), "\(text)")
            #expect(scalar.properties.generalCategory != .nonspacingMark, "\(text)")
        }
        let typeset = "“It’s the members’ call,” she said — 22.5 % of £1.2 bn … « oui » · 3 × 4\u{A0}km"
            + String(String.UnicodeScalarView(separators))
        var utf8: [UInt8] = []
        var words: [SearchWord] = []
        SearchText.splitFolded(typeset, into: &utf8, &words)
        let folded = words.map { $0.string(in: utf8) }
        #expect(SearchText.words(typeset) == folded)
        #expect(folded == ["its", "the", "members", "call", "she", "said", "22", "5", "of", "1", "2", "bn",
                           "oui", "3", "4", "km"])
    }

    @Test("A word longer than 40 letters is no word")
    func longWords() {
        #expect(SearchText.words(String(repeating: "a", count: 41) + " b") == ["b"])
        #expect(SearchText.words(String(repeating: "a", count: 40)) == [String(repeating: "a", count: 40)])
    }

    @Test("English terms are stemmed, without stop words; other languages' are folded words")
    func terms() {
        #expect(SearchText.terms("The terrorists of the region", english: true) == ["terrorist", "region"])
        #expect(SearchText.terms("The terrorists", english: false) == ["the", "terrorists"])
        #expect(SearchText.isEnglish("en") && SearchText.isEnglish("en-GB") && !SearchText.isEnglish("fr"))
    }

    @Test("Postings are written as gaps and scores and read back")
    func postings() {
        let postings = [(0, 12), (1, 1), (40, 700), (41, 31), (5_000, 32)].map {
            SearchPostings.Posting(document: $0.0, score: $0.1)
        }
        let text = SearchPostings.encode(postings)
        #expect(text.utf8.allSatisfy { SearchPostings.alphabet.contains($0) })
        #expect(SearchPostings.numbers(text) == [1, 12, 1, 1, 39, 700, 1, 31, 4_959, 32])
    }
}
