/// Recognising a transcript's shape from its text: markers first, then
/// headings or speaker labels (whichever finds more questions), then bold
/// question paragraphs.
enum TranscriptShape {
    /// What is looked for, said in the error when nothing is found.
    static let lookedFor = "question and answer markers (QUESTION 1 / ANSWER, Q: / A:, Q1. or Question 1:), "
        + "speaker labels (HOST NAME: … then GUEST NAME: …), questions in bold paragraphs (**What does it cost?**), "
        + "or, in Markdown, question headings (## What does it cost?), each with the answer below"

    static func recognise(_ text: TranscriptText) -> FoundTranscript? {
        if let marked = MarkerReader.read(text.blocks) { return marked }
        let headed = text.isMarkdown ? HeadingReader.read(text.blocks) : nil
        let spoken = SpeakerReader.read(text.blocks)
        switch (headed, spoken) {
        case let (headed?, spoken?): return spoken.questions.count > headed.questions.count ? spoken : headed
        case let (headed?, nil): return headed
        case let (nil, spoken?): return spoken
        case (nil, nil): return BoldQuestionReader.read(text.blocks)
        }
    }
}
