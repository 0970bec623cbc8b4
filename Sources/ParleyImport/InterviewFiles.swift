/// The text of an imported interview's files: `index.md` with the facts and
/// the overview, and one `q<N>.md` per question, numbered in the order asked.
struct InterviewFiles {
    var id: String
    var facts: InterviewFacts
    var questions: [FoundQuestion]
    /// Whether paragraphs are plain text, whose Markdown block syntax must be escaped.
    var plainText: Bool
    /// The topic ids the site has, so that a question's section becomes a topic only when it exists.
    var topics: Set<String>

    /// The folder the files go in, relative to the site's folder.
    var folder: String { "Content/interviews/\(id)" }

    var files: [PlannedFile] {
        [PlannedFile(path: folder + "/index.md", text: index)]
            + questions.enumerated().map { offset, question in
                PlannedFile(path: folder + "/q\(offset + 1).md", text: text(of: question, number: offset + 1))
            }
    }

    /// The interview file: required keys always present (placeholders where the
    /// transcript is silent, which the summary lists), optional ones when known.
    var index: String {
        var lines = ["---"]
        lines.append("title: " + YAMLText.quoted(facts.title?.value ?? "Interview"))
        lines.append("date: " + (facts.date?.value ?? "1970-01-01"))
        lines.append("interviewee: " + YAMLText.quoted(facts.interviewee?.value ?? "Unknown"))
        if let role = facts.intervieweeRole { lines.append("interviewee_role: " + YAMLText.quoted(role.value)) }
        lines.append("interviewer: " + YAMLText.quoted(facts.interviewer?.value ?? "Unknown"))
        if let role = facts.interviewerRole { lines.append("interviewer_role: " + YAMLText.quoted(role.value)) }
        if let publisher = facts.publisher { lines.append("publisher: " + YAMLText.quoted(publisher.value)) }
        if let summary = facts.summary { lines.append("summary: " + YAMLText.quoted(summary.value)) }
        lines.append("draft: true")
        lines.append("---")
        return body(lines, paragraphs: facts.overview)
    }

    /// The topic id a question's section would have.
    static func topicID(of section: String) -> String { InterviewID.slug(MarkdownText.plain(section)) }
}

private extension InterviewFiles {
    func text(of question: FoundQuestion, number: Int) -> String {
        var lines = ["---", "number: \(number)"]
        lines.append("title: " + YAMLText.quoted(QuestionTitle.make(question.question)))
        lines.append("question: " + YAMLText.quoted(QuestionText.inline(question.question)))
        if let section = question.section, topics.contains(Self.topicID(of: section)) {
            lines.append("topics:")
            lines.append("  - " + Self.topicID(of: section))
        }
        lines.append("---")
        return body(lines, paragraphs: question.answer)
    }

    /// Front matter lines, a blank line, then the paragraphs separated by blank lines.
    func body(_ frontMatter: [String], paragraphs: [String]) -> String {
        let blocks = paragraphs.map { plainText ? MarkdownEscape.block($0) : $0 }
        return (frontMatter + [""] + blocks.flatMap { [$0, ""] }).joined(separator: "\n")
    }
}
