/// Transcripts that mark each question and answer with a label: `QUESTION 1`
/// and `ANSWER` on lines of their own (the label may come without its number),
/// `Q:` / `A:`, `Q1.` or `Question 1:` before the text.
enum MarkerReader {
    /// The questions, or nil when the transcript has no question marker followed by an answer.
    static func read(_ blocks: [SourceBlock]) -> FoundTranscript? {
        var found = FoundTranscript(shape: "", questions: [], preamble: [])
        var current: FoundQuestion?
        var inAnswer = false
        var labels: [String] = []
        func finish() {
            if let question = current { found.questions.append(question) }
            current = nil
        }
        for block in blocks {
            if let marker = Marker(block.text), marker.kind == .question {
                finish()
                labels.append(marker.label)
                current = FoundQuestion(question: marker.rest, answer: [], line: block.line)
                inAnswer = !marker.rest.isEmpty
            } else if let marker = Marker(block.text), marker.kind == .answer, current != nil {
                if labels.count < 2 { labels.append(marker.label) }
                inAnswer = true
                if !marker.rest.isEmpty { current?.answer.append(marker.rest) }
            } else if current == nil {
                found.preamble.append(block)
            } else if inAnswer {
                current?.answer.append(block.text)
            } else {
                let asked = current?.question ?? ""
                current?.question = asked.isEmpty ? block.text : asked + " " + block.text
            }
        }
        finish()
        found.questions = found.questions.map { question in
            var question = question
            question.question = QuestionText.withoutNumber(question.question)
            return question
        }
        guard found.questions.contains(where: { !$0.question.isEmpty && !$0.answer.isEmpty }) else { return nil }
        found.shape = "marker lines (" + labels.prefix(2).map { "\"\($0)\"" }.joined(separator: " … ") + ")"
        return found
    }
}

/// A question or answer label at the start of a paragraph.
private struct Marker {
    enum Kind { case question, answer }

    var kind: Kind
    /// The label as written, for the summary: `QUESTION 1`, `Q:`.
    var label: String
    /// The text after the label, empty when the label stands on its own line.
    var rest: String

    // Built once and only ever read (a Regex is not Sendable, but these never change).
    nonisolated(unsafe) private static let question: Regex<(Substring, Substring, Substring?, Substring?)> = #/(?i)(question|q)[ \t]*(\d{1,3})?[ \t]*([.:)\-–])?(?=\s|$)/#
    nonisolated(unsafe) private static let answer: Regex<(Substring, Substring, Substring?, Substring?)> = #/(?i)(answer|ans|a)[ \t]*(\d{1,3})?[ \t]*([.:)\-–])?(?=\s|$)/#

    init?(_ text: String) {
        // Most paragraphs start with neither label: say so before any regex runs.
        guard let first = text.drop(while: { $0 == "*" || $0 == "_" }).first, "QqAa".contains(first) else { return nil }
        if let found = LabelledParagraph(text, label: Self.question) {
            guard Self.isMarker(word: found.match.1, number: found.match.2, punctuation: found.match.3, rest: found.rest) else {
                return nil
            }
            self.init(kind: .question, label: String(found.match.0), rest: found.rest)
        } else if let found = LabelledParagraph(text, label: Self.answer) {
            guard Self.isMarker(word: found.match.1, number: found.match.2, punctuation: found.match.3, rest: found.rest) else {
                return nil
            }
            self.init(kind: .answer, label: String(found.match.0), rest: found.rest)
        } else {
            return nil
        }
    }

    private init(kind: Kind, label: String, rest: String) {
        self.kind = kind
        self.label = label
        self.rest = rest
    }

    /// Whether a label is one: alone on its line, or, before text, with a number or
    /// punctuation (so that "A new approach" and "Question everything" are text).
    /// A single letter needs `:`, `.` or `)`, or a number, even alone.
    private static func isMarker(word: Substring, number: Substring?, punctuation: Substring?, rest: String) -> Bool {
        if word.count == 1 {
            return number != nil || [":", ".", ")"].contains(punctuation ?? "")
        }
        if rest.isEmpty { return word.count > 3 || punctuation != nil || number != nil }
        return punctuation != nil || number != nil
    }
}
