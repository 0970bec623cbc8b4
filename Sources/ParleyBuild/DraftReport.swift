/// What the interviews left out as drafts would have brought: a figure that
/// only a draft cites, or a topic only a draft is on, is not unused but
/// waiting, and its warning says so.
struct DraftReport {
    /// Figure id → the draft interviews whose questions cite it; the same for topics.
    private var figures: [String: Set<String>] = [:]
    private var topics: [String: Set<String>] = [:]

    /// What the questions of the `drafts` (interview ids) among `files` link to.
    init(files: [LoadedFile], drafts: Set<String>) {
        guard !drafts.isEmpty else { return }
        for file in files {
            guard case let .question(question) = file, drafts.contains(question.interviewID) else { continue }
            let links = question.question.parsed + question.answer.parsed
            for figure in links.compactMap(\.citedFigure) { figures[figure, default: []].insert(question.interviewID) }
            for topic in links.compactMap(\.namedTopic) + question.topics.map(\.id) {
                topics[topic, default: []].insert(question.interviewID)
            }
        }
    }

    /// `diagnostics` with each "unused" warning of a figure or topic a draft uses said as such.
    func relabel(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !figures.isEmpty || !topics.isEmpty else { return diagnostics }
        return diagnostics.map { diagnostic in
            guard diagnostic.severity == .warning else { return diagnostic }
            var relabelled = diagnostic
            if let id = DraftReport.id(in: diagnostic.message, after: "no answer cites the figure '"), let drafts = figures[id] {
                relabelled.message = "the figure '\(id)' is cited only by \(DraftReport.interviews(drafts)), "
                    + "left out of this build as a draft; it is published with it (build with --drafts to see it now)"
            } else if let id = DraftReport.id(in: diagnostic.message, after: "no question is on the topic '"), let drafts = topics[id] {
                relabelled.message = "only \(DraftReport.interviews(drafts)) is on the topic '\(id)', "
                    + "left out of this build as a draft; the topic is published with it (build with --drafts to see it now)"
            }
            return relabelled
        }
    }

    private static func id(in message: String, after prefix: String) -> String? {
        guard message.hasPrefix(prefix) else { return nil }
        let rest = message.dropFirst(prefix.count)
        return rest.firstIndex(of: "'").map { String(rest[..<$0]) }
    }

    private static func interviews(_ ids: Set<String>) -> String {
        let sorted = ids.sorted().map { "'\($0)'" }
        return sorted.count == 1 ? "the draft interview \(sorted[0])" : "the draft interviews \(sorted.joined(separator: ", "))"
    }
}
