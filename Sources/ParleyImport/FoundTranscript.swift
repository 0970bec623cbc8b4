/// What a shape reader found in a transcript, before any file is made of it.
struct FoundTranscript {
    /// The shape, for the import's summary: `marker lines ("QUESTION 1" … "ANSWER")`.
    var shape: String
    var questions: [FoundQuestion]
    /// The paragraphs before the first question: title block, overview.
    var preamble: [SourceBlock]
    /// The names the speaker labels give, if the transcript has them.
    var interviewerLabel: String?
    var intervieweeLabel: String?
    /// What the reader left out or could not place, each naming its line.
    var notes: [String] = []
}

/// One question found in a transcript, with its answer.
struct FoundQuestion {
    /// The question as asked, inline Markdown, its label and number taken off.
    var question: String
    /// The answer's paragraphs, as written.
    var answer: [String]
    /// The transcript line the question starts on.
    var line: Int
    /// The section heading the question is under, a candidate topic.
    var section: String?
}
