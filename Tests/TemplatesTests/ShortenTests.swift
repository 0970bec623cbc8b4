@testable import Templates
import Testing

@Suite("Descriptions")
struct ShortenTests {
    /// The cut as characters see it: the definition the fast path must agree
    /// with. A word fits if it and one space more do (the first word too).
    static func reference(_ text: String, limit: Int) -> String {
        var words: [Substring] = []
        var count = 0
        for word in text.split(whereSeparator: \.isWhitespace) {
            guard count + 1 + word.count <= limit else { return words.joined(separator: " ") + "…" }
            count += (words.isEmpty ? 0 : 1) + word.count
            words.append(word)
        }
        return words.joined(separator: " ")
    }

    @Test("Text is cut at a word, at most the limit in characters, with an ellipsis",
          arguments: [
            "Trade between the member states grew – by 20% – over “the last decade”, and more.",
            "Naïve café owners’ résumés: ÆØÅ, ßtraße, Đorđe, Łódź.\u{00A0}Non-breaking spaces\u{00A0}too.",
            // Combining accents and emoji of several scalars: one character each.
            "Cafe\u{301} cre\u{300}me bru\u{302}le\u{301}e, a\u{308}pple and 👩‍👩‍👧 families 🇫🇷 flags, over and over again.",
            "Tabs\tnewlines\nand\r\nCRLF\u{2028}line separators   collapse.",
            "",
            "   ",
            "OneVeryLongWordWithoutAnySpaceAtAllThatIsLongerThanTheLimitItself",
          ])
    func shortening(_ text: String) {
        for limit in [1, 10, 17, 30, 45, 80, 300] {
            #expect(Layout.shorten(text, limit: limit) == ShortenTests.reference(text, limit: limit), "limit \(limit)")
        }
    }

    @Test("A whole answer is cut to 300 characters")
    func longText() {
        let answer = String(repeating: "Cooperation within the organization’s framework – éé – grows. ", count: 200)
        let description = Layout.shorten(answer)
        #expect(description.count <= 301)
        #expect(description.hasSuffix("…"))
        #expect(description == ShortenTests.reference(answer, limit: 300))
    }
}
