import Foundation

/// A short title made from a question, for navigation and lists: the sentence
/// that asks, cut at a word to at most 60 characters. An editor will improve it.
enum QuestionTitle {
    static let limit = 60

    static func make(_ question: String) -> String {
        let plain = MarkdownText.plain(question)
        let sentences = sentences(of: plain)
        let quotes = CharacterSet(charactersIn: "\"'”’»")
        let asking = sentences.last { $0.trimmingCharacters(in: quotes).hasSuffix("?") } ?? sentences.first ?? plain
        guard asking.count > limit else { return asking }
        var title = ""
        for word in asking.split(separator: " ") {
            if title.count + word.count + 1 > limit - 1 { break }
            title += (title.isEmpty ? "" : " ") + word
        }
        while let last = title.last, ",;:-–".contains(last) { title.removeLast() }
        return title + "…"
    }

    /// The sentences of a text, each with its closing mark.
    private static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let sentence = Sentence.first(of: String(rest))
            let taken = min(rest.count, sentence.count + 1)
            let piece = rest.prefix(taken).trimmingCharacters(in: .whitespaces)
            if !piece.isEmpty { sentences.append(piece) }
            rest = rest.dropFirst(taken)
        }
        return sentences
    }
}
