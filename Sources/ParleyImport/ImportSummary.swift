/// What an import tells the editor: the facts it found and where, what it
/// could not tell or left out, and the numbers that may deserve a figure page.
struct ImportSummary {
    var facts: [String] = []
    var checks: [String] = []
    var figures: [FigureSuggestion] = []

    init(found: FoundTranscript, facts: InterviewFacts, files: InterviewFiles, siteTopics: Set<String>, figureFiles: Set<String>) {
        describe(facts)
        checks += found.notes
        for block in facts.leftOut {
            checks.append("line \(block.line): not imported (neither a fact nor the overview): \"\(block.text.prefix(70))\"")
        }
        checks.append("each question's title was made from its question: edit the 'title' of each q<N>.md")
        for (offset, question) in found.questions.enumerated() {
            if question.answer.isEmpty { checks.append("q\(offset + 1).md has no answer (line \(question.line))") }
            for (index, paragraph) in question.answer.enumerated().dropLast() where paragraph.hasSuffix(",") {
                checks.append("q\(offset + 1).md, paragraph \(index + 1) ends with a comma: the transcript may break "
                    + "a sentence in two there; join the paragraphs if so")
            }
        }
        checkSections(found.questions, siteTopics: siteTopics)
        figures = FigureScanner.scan(files.files)
        if !figures.isEmpty {
            checks.append("\(figures.count) numbers look like key figures (listed below); "
                + "make a figure page for those that are, and link them from the answer")
        }
        for figure in figures where figureFiles.contains(figure.id) {
            checks.append("\(figure.file):\(figure.line): the site already has a figure '\(figure.id)'; link it if it is this one")
        }
    }
}

private extension ImportSummary {
    /// A line per fact, and a check per fact that is missing or was made up.
    mutating func describe(_ facts: InterviewFacts) {
        let keys: [(String, InterviewFacts.Fact?)] = [
            ("title", facts.title), ("date", facts.date), ("interviewee", facts.interviewee),
            ("interviewee_role", facts.intervieweeRole), ("interviewer", facts.interviewer),
            ("interviewer_role", facts.interviewerRole), ("publisher", facts.publisher), ("summary", facts.summary),
        ]
        for (key, fact) in keys {
            if let fact { self.facts.append("\(key): \(fact.value) (\(fact.origin))") }
        }
        if facts.title?.origin.hasPrefix("made") ?? true { checks.append("title: not stated; write a better one in index.md (or pass --title)") }
        if facts.date == nil { checks.append("date: not found; 1970-01-01 was written: set it in index.md (or pass --date)") }
        if facts.interviewee == nil { checks.append("interviewee: not found; 'Unknown' was written (or pass --interviewee)") }
        if facts.interviewer == nil { checks.append("interviewer: not found; 'Unknown' was written (or pass --interviewer)") }
        if facts.interviewee?.origin == "the speaker labels" || facts.interviewer?.origin == "the speaker labels" {
            checks.append("names taken from speaker labels: check their spelling and give full names")
        }
        if facts.intervieweeRole == nil { checks.append("interviewee_role: not found; add it to index.md if there is one") }
        if facts.summary == nil { checks.append("summary: none; add a one-paragraph 'summary' to index.md for lists and feeds") }
        if facts.overview.isEmpty { checks.append("overview: none found; write it as the body of index.md") }
    }

    /// A section heading above questions is a topic when the site has it; otherwise say how to make it.
    mutating func checkSections(_ questions: [FoundQuestion], siteTopics: Set<String>) {
        var order: [String] = []
        var numbers: [String: [Int]] = [:]
        for (offset, question) in questions.enumerated() {
            guard let section = question.section else { continue }
            if numbers[section] == nil { order.append(section) }
            numbers[section, default: []].append(offset + 1)
        }
        for section in order {
            let id = InterviewFiles.topicID(of: section)
            let list = (numbers[section] ?? []).map { "q\($0)" }.joined(separator: ", ")
            if siteTopics.contains(id) {
                checks.append("section \"\(section)\": topic '\(id)' added to \(list)")
            } else {
                checks.append("section \"\(section)\" (\(list)): the site has no topic '\(id)'; "
                    + "make it with 'parley new topic \(id)' and add it to the 'topics' of \(list)")
            }
        }
    }
}
