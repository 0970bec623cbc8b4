import ParleyMarkdown
import ParleySite
import Templates

extension Linker {
    /// Builds the model from resolved links: cross-links both ways, rendered Markdown.
    mutating func assemble(_ resolved: [String: [ResolvedLink]]) -> Site {
        // Interviews newest first; questions by number.
        let interviewOrder = interviews.values.sorted { ($0.date, $1.id) > ($1.date, $0.id) }
        let rank = Dictionary(uniqueKeysWithValues: interviewOrder.enumerated().map { ($1.id, $0) })
        // Keys computed once: a dictionary lookup per comparison costs more than the sort.
        let orderedQuestions = questions.values.map { (rank: rank[$0.interviewID]!, question: $0) }
            .sorted { ($0.rank, $0.question.number, $0.question.id) < ($1.rank, $1.question.number, $1.question.id) }
            .map(\.question)
        let rendered = orderedQuestions.map(\.rendered)

        // Questions, with their topics and figures; citations for the figures.
        var citations: [String: [Citation]] = [:]
        var questionsByTopic: [String: [QuestionReference]] = [:]
        var questionsByInterview: [String: [Question]] = [:]
        for (question, html) in zip(orderedQuestions, rendered) {
            let links = (resolved[question.file + "#question"] ?? []) + (resolved[question.file] ?? [])
            let topicIDs = Set(question.topics.map(\.id) + links.compactMap(\.topic)).sorted()
            let figureIDs = Linker.unique(links.compactMap(\.figure))
            for topic in topicIDs { questionsByTopic[topic, default: []].append(question.reference) }
            var cited: Set<String> = []
            for link in resolved[question.file + "#question"] ?? [] {
                guard let figure = link.figure, cited.insert(figure + "#").inserted else { continue }
                citations[figure, default: []].append(Citation(
                    question: question.reference, block: nil, quote: html.questionHTMLForLists))
            }
            for (link, source) in zip(resolved[question.file] ?? [], question.answer.links) {
                let block = source.block + 1
                guard let figure = link.figure, cited.insert("\(figure)#\(block)").inserted else { continue }
                citations[figure, default: []].append(Citation(
                    question: question.reference, block: block, quote: html.quotes[block] ?? .empty))
            }
            questionsByInterview[question.interviewID, default: []].append(Question(
                interviewID: question.interviewID, id: question.id, number: question.number, title: question.title,
                questionHTML: html.questionHTML, questionHTMLForLists: html.questionHTMLForLists,
                questionText: html.questionText, answer: html.answer, transcriptAnswer: html.transcriptAnswer,
                blockCount: question.answer.blockCount, blockTexts: html.blockTexts,
                topicIDs: topicIDs, figureIDs: figureIDs, revision: question.revision))
        }

        let siteInterviews = interviewOrder.map { loaded -> Interview in
            let questions = questionsByInterview[loaded.id] ?? []
            if questions.isEmpty {
                diagnostics.append(.warning(loaded.file, .start,
                    "the interview has no questions yet; add files q1.md, q2.md, … beside its index.md"))
            }
            return Interview(
                id: loaded.id, title: loaded.title, date: loaded.date, interviewee: loaded.interviewee,
                intervieweeRole: loaded.intervieweeRole, interviewer: loaded.interviewer,
                interviewerRole: loaded.interviewerRole, publisher: loaded.publisher, summary: loaded.summary,
                overview: loaded.overviewHTML,
                questions: questions,
                topicIDs: Set(questions.flatMap(\.topicIDs)).sorted(),
                figureIDs: Linker.unique(questions.flatMap(\.figureIDs)),
                revision: loaded.revision)
        }

        var figuresByTopic: [String: [String]] = [:]
        let siteFigures = figures.values.sorted { $0.id < $1.id }.map { loaded -> Figure in
            let topicIDs = Set(loaded.topics.map(\.id)).sorted()
            for topic in topicIDs { figuresByTopic[topic, default: []].append(loaded.id) }
            let cites = citations[loaded.id] ?? []
            if cites.isEmpty {
                diagnostics.append(.warning(loaded.file, .start,
                    "no answer cites the figure '\(loaded.id)'; link to it where an answer states it: [\(loaded.value)](figure:\(loaded.id))"))
            }
            return Figure(
                id: loaded.id, value: loaded.value, label: loaded.label, source: loaded.source, period: loaded.period,
                topicIDs: topicIDs,
                context: loaded.contextHTML,
                citations: cites, revision: loaded.revision)
        }

        let siteTopics = topics.values.sorted { ($0.title, $0.id) < ($1.title, $1.id) }.map { loaded -> Topic in
            let questions = questionsByTopic[loaded.id] ?? []
            if questions.isEmpty {
                diagnostics.append(.warning(loaded.file, .start,
                    "no question is on the topic '\(loaded.id)'; add it to a question's 'topics', or link to it with [text](topic:\(loaded.id))"))
            }
            return Topic(
                id: loaded.id, title: loaded.title, summary: loaded.summary,
                description: loaded.descriptionHTML,
                questions: questions, figureIDs: figuresByTopic[loaded.id] ?? [], revision: loaded.revision)
        }

        return Site(settings: settings, interviews: siteInterviews, topics: siteTopics, figures: siteFigures)
    }

    /// Each id once, where it first appears: figures in the order a reader meets them.
    static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
