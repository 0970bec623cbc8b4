/// Transcripts whose paragraphs start with the speaker's name, plain or bold
/// (`**HOST NAME: the question**`, then `GUEST NAME: the answer…`). The speaker
/// who asks most is the interviewer; a paragraph without a label continues
/// whoever spoke last.
enum SpeakerReader {
    /// The questions, or nil when fewer than two speakers take turns.
    static func read(_ blocks: [SourceBlock]) -> FoundTranscript? {
        let turns = blocks.enumerated().map { index, block in
            SpeakerTurn(block.text, next: blocks.indices.contains(index + 1) ? blocks[index + 1].text : "")
        }
        let speakers = speakers(in: turns.compactMap { $0 })
        guard speakers.count >= 2, let interviewer = interviewer(of: turns, among: speakers) else { return nil }
        let guest = mostFrequent(turns.compactMap { $0?.speaker }.filter { speakers.contains($0) && $0 != interviewer })
        var found = FoundTranscript(shape: "speaker labels (\"\(interviewer):\" asks)", questions: [], preamble: [],
                                    interviewerLabel: interviewer, intervieweeLabel: guest)
        var current: FoundQuestion?
        var speaking: String?
        var labelled = false
        for (block, turn) in zip(blocks, turns) {
            let speaker = turn.flatMap { speakers.contains($0.speaker) ? $0 : nil }
            if let speaker {
                speaking = speaker.speaker
                labelled = true
                // A label on a line of its own: the turn's text is the next paragraph.
                if speaker.rest.isEmpty { continue }
            }
            let text = speaker?.rest ?? block.text
            defer { labelled = false }
            if speaking == interviewer {
                if let question = current, question.answer.isEmpty || !labelled {
                    current?.question += " " + text
                } else {
                    if let question = current { found.questions.append(question) }
                    current = FoundQuestion(question: text, answer: [], line: block.line)
                }
            } else if current == nil {
                found.preamble.append(block)
            } else if labelled, let speaking, speaking != guest {
                current?.answer.append("**\(speaking):** " + text)
            } else {
                current?.answer.append(text)
            }
        }
        finish(current, interviewer: interviewer, into: &found)
        return found.questions.isEmpty ? nil : found
    }
}

private extension SpeakerReader {
    /// The last question, unless it has no answer: then it is the interviewer's
    /// closing words, which are not imported, and the summary says so.
    static func finish(_ last: FoundQuestion?, interviewer: String, into found: inout FoundTranscript) {
        guard let last else { return }
        if last.answer.isEmpty {
            found.notes.append("line \(last.line): \(interviewer)'s last words have no answer, so they are not a question "
                + "and were not imported: \"\(last.question.prefix(60))\"")
        } else {
            found.questions.append(last)
        }
    }

    /// Labels that take more than one turn; when only two labels occur at all,
    /// both (a one-question interview).
    static func speakers(in turns: [SpeakerTurn]) -> Set<String> {
        var counts: [String: Int] = [:]
        for turn in turns { counts[turn.speaker, default: 0] += 1 }
        let repeated = Set(counts.filter { $0.value > 1 }.keys)
        return repeated.count >= 2 ? repeated : (counts.count == 2 ? Set(counts.keys) : repeated)
    }

    /// The speaker with most turns that ask something; on a tie, the first to speak.
    static func interviewer(of turns: [SpeakerTurn?], among speakers: Set<String>) -> String? {
        var asked: [String: Int] = [:]
        var order: [String] = []
        for case let turn? in turns where speakers.contains(turn.speaker) {
            if !order.contains(turn.speaker) { order.append(turn.speaker) }
            if turn.says.contains("?") { asked[turn.speaker, default: 0] += 1 }
        }
        let most = asked.values.max() ?? 0
        return order.first { (asked[$0] ?? 0) == most }
    }

    static func mostFrequent(_ names: [String]) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for name in names {
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        let most = counts.values.max() ?? 0
        return order.first { counts[$0] == most }
    }
}

/// A paragraph that opens with a speaker's name and a colon (after a time
/// stamp, if the transcript has them), or is only that.
private struct SpeakerTurn {
    var speaker: String
    /// The text after the label; empty when the label stands on its own line.
    var rest: String
    /// What the speaker says: the rest, or the next paragraph after a label on its own.
    var says: String

    /// One to six capitalised words (name particles allowed) before a colon.
    // Built once and only ever read (a Regex is not Sendable, but these never change).
    nonisolated(unsafe) private static let label: Regex<(Substring, Substring)> = #/([A-Z][\w'’.\-]*(?:[ \t]+(?:[A-Z][\w'’.\-]*|de|da|del|van|von|der|al|bin|el|la|le)){0,5})[ \t]*:(?=\s|$)/#
    nonisolated(unsafe) private static let timeStamp: Regex<Substring> = #/[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+/#

    /// Words before a colon that label a fact or a question, not a speaker.
    private static let notSpeakers: Set<String> = [
        "q", "a", "question", "answer", "ans", "date", "title", "interviewer", "interviewee", "location", "place",
        "time", "source", "note", "transcript", "subject", "topic", "published", "recorded", "editor's note", "update",
    ]

    init?(_ text: String, next: String) {
        // Most paragraphs have no colon near their start: say so before any regex runs.
        guard text.prefix(80).contains(":") else { return nil }
        let text = text.prefixMatch(of: Self.timeStamp).map { String(text[$0.range.upperBound...]) } ?? text
        guard let found = LabelledParagraph(text, label: Self.label) else { return nil }
        let name = String(found.match.1)
        guard !Self.notSpeakers.contains(name.lowercased()), !name.contains(where: \.isNumber) else { return nil }
        speaker = name
        rest = found.rest
        says = found.rest.isEmpty ? next : found.rest
    }
}
