/// Markdown transcripts whose questions are headings (`## What does it cost?`)
/// with the answer below; headings of a higher level above them are sections,
/// which may become topics. The first question is the first heading that asks
/// (holds a `?`); the headings of its level before it belong to the title block.
enum HeadingReader {
    /// The questions, or nil when no heading has text below it.
    static func read(_ blocks: [SourceBlock]) -> FoundTranscript? {
        guard let level = questionLevel(blocks) else { return nil }
        // A document whose headings ask nothing (a report, a README) is not an interview.
        guard blocks.contains(where: { heading($0, level: level)?.contains("?") ?? false }) else { return nil }
        var found = FoundTranscript(shape: "question headings (\(String(repeating: "#", count: level)) …)",
                                    questions: [], preamble: [])
        var current: FoundQuestion?
        var section: String?
        func finish() {
            if let question = current {
                if question.answer.isEmpty {
                    found.notes.append("line \(question.line): the heading \"\(question.question)\" has no text below it; it was not imported")
                } else {
                    found.questions.append(question)
                }
            }
            current = nil
        }
        for block in blocks {
            if let text = heading(block, level: level), current != nil || text.contains("?") {
                finish()
                current = FoundQuestion(question: QuestionText.withoutLabel(text), answer: [], line: block.line, section: section)
            } else if let depth = TextBlocks.headingLevel(block.text), depth < level, current != nil || !found.preamble.isEmpty {
                finish()
                section = headingText(block.text)
            } else if current != nil {
                current?.answer.append(block.text)
            } else {
                found.preamble.append(block)
            }
        }
        finish()
        return found.questions.isEmpty ? nil : found
    }

    /// A heading's text without its `#` marks.
    static func headingText(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        words.removeFirst()
        if let last = words.last, last.allSatisfy({ $0 == "#" }) { words.removeLast() }
        return words.joined(separator: " ")
    }
}

private extension HeadingReader {
    /// The deepest heading level that has text below it at least once.
    static func questionLevel(_ blocks: [SourceBlock]) -> Int? {
        var levels: Set<Int> = []
        for (block, next) in zip(blocks, blocks.dropFirst()) {
            if let level = TextBlocks.headingLevel(block.text), TextBlocks.headingLevel(next.text) == nil {
                levels.insert(level)
            }
        }
        return levels.max()
    }

    /// The block's text if it is a heading of `level`.
    static func heading(_ block: SourceBlock, level: Int) -> String? {
        TextBlocks.headingLevel(block.text) == level ? headingText(block.text) : nil
    }
}
