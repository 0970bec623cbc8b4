import Foundation
@testable import Templates
import Testing

@Suite("English stemmer")
struct EnglishStemmerTests {
    /// `word stem` pairs from Snowball's own English stemmer (`Fixtures/make-english-stems.py`).
    static func fixture() throws -> [(word: String, stem: String)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/english-stems.txt")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let parts = line.split(separator: " ")
            return (String(parts[0]), String(parts[1]))
        }
    }

    @Test("Every word of the reference vocabulary gets Snowball's stem")
    func referenceVocabulary() throws {
        let pairs = try Self.fixture()
        #expect(pairs.count > 5_000)
        let wrong = pairs.filter { EnglishStemmer.stem($0.word) != $0.stem }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { "\($0.word): \(EnglishStemmer.stem($0.word)), not \($0.stem)" })")
    }

    @Test("Word forms a reader types meet", arguments: [
        ("terrorists", "terrorist"), ("terrorist", "terrorist"), ("cooperation", "cooper"), ("generously", "generous"),
        ("dying", "die"), ("skies", "sky"), ("ties", "tie"), ("hopping", "hop"), ("hoping", "hope"),
    ])
    func forms(_ word: String, _ stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }

    @Test("Short words, digits and other scripts are left as they are", arguments: ["at", "by", "1990", "ташкент", "日本"])
    func unchanged(_ word: String) {
        #expect(EnglishStemmer.stem(word) == word)
    }
}
