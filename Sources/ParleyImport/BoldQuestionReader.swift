import Foundation

/// Transcripts whose questions are whole paragraphs in bold that ask
/// (`**What does it cost?**`), each followed by its answer in plain
/// paragraphs: a common way to lay out an interview in Word.
enum BoldQuestionReader {
    /// The questions, or nil when no bold paragraph asks anything.
    static func read(_ blocks: [SourceBlock]) -> FoundTranscript? {
        var found = FoundTranscript(shape: "questions in bold paragraphs", questions: [], preamble: [])
        var current: FoundQuestion?
        for block in blocks {
            if let asked = question(in: block.text) {
                if let question = current, question.answer.isEmpty {
                    current?.question += " " + asked
                } else {
                    if let question = current { found.questions.append(question) }
                    current = FoundQuestion(question: QuestionText.withoutLabel(asked), answer: [], line: block.line)
                }
            } else if current == nil {
                found.preamble.append(block)
            } else {
                current?.answer.append(block.text)
            }
        }
        if let last = current, !last.answer.isEmpty { found.questions.append(last) }
        return found.questions.isEmpty ? nil : found
    }

    /// The text of a paragraph that is all bold and holds a question mark.
    private static func question(in text: String) -> String? {
        for marker in ["**", "__"] where text.hasPrefix(marker) && text.hasSuffix(marker) && text.count > 2 * marker.count {
            let inner = String(text.dropFirst(marker.count).dropLast(marker.count))
            guard !inner.contains(marker), inner.contains("?") else { return nil }
            return inner.trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
