@testable import Templates
import Testing

@Suite("Search vocabulary")
struct SearchVocabularyTests {
    /// The numbers of the words of `text`, read into `vocabulary`.
    static func numbers(_ text: String, _ vocabulary: inout SearchVocabulary) -> [Int?] {
        var split = SearchWords()
        split.read(text)
        return split.words.map { vocabulary.number(of: $0, in: split.utf8) }
    }

    @Test("A word is known again whatever its case, and words alike in their first eight letters are told apart")
    func lookUp() {
        var vocabulary = SearchVocabulary(english: false)
        let first = Self.numbers("Internationalism internationalist INTERNATIONALISM intern Intern", &vocabulary)
        #expect(first == [0, 1, 0, 2, 2])
        #expect(vocabulary.words == ["internationalism", "internationalist", "intern"])
        #expect(Self.numbers("abcdefgh abcdefghi abcdefgh", &vocabulary) == [3, 4, 3])
    }

    @Test("Words of either splitting path, and with an apostrophe, are the same word")
    func bothPaths() {
        var vocabulary = SearchVocabulary(english: false)
        // "Member’s" and "members" are split where they stand; "Mémbers" is folded first.
        #expect(Self.numbers("Member’s members Mémbers MEMBER'S", &vocabulary) == [0, 0, 0, 0])
        #expect(vocabulary.words == ["members"])
    }

    @Test("On an English site stop words have no number, and the others are kept as they are said")
    func english() {
        var vocabulary = SearchVocabulary(english: true)
        #expect(Self.numbers("The terrorists and the terrorist", &vocabulary) == [nil, 0, nil, nil, 1])
        #expect(vocabulary.words == ["terrorists", "terrorist"])
    }

    @Test("Thousands of words keep their numbers as the table grows")
    func growth() {
        var vocabulary = SearchVocabulary(english: false)
        let words = (0..<20_000).map { "w\($0)" }.joined(separator: " ")
        let numbers = Self.numbers(words, &vocabulary)
        #expect(numbers == (0..<20_000).map { $0 })
        #expect(Self.numbers(words, &vocabulary) == numbers)
    }
}
