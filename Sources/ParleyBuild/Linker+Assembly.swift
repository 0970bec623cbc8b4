import ParleyMarkdown
import ParleySite

/// What a question links to, as far as other pages see it.
struct QuestionSignature: Equatable {
    var number: Int
    var topicIDs: [String]
    var figureIDs: [String]
    /// `figure#block` of each citation, in order (`figure#` for the question as asked).
    var citations: [String]
}

extension Linker {
    /// Builds the model from the checked links and the loader's rendered Markdown: cross-links both ways.
    mutating func assemble(threads: Int) -> Site {
        // Interviews newest first; questions by number.
        let interviewOrder = interviews.values.sorted { ($0.date, $1.id) > ($1.date, $0.id) }
        let linked = linkQuestions(in: interviewOrder, threads: threads)
        let siteFigures = figures.values.sorted { $0.id < $1.id }.map { figure(linked: $0, citations: linked.citations) }
        var figuresByTopic: [String: [String]] = [:]
        for figure in siteFigures {
            for topic in figure.topicIDs { figuresByTopic[topic, default: []].append(figure.id) }
        }
        let siteTopics = topics.values.sorted { ($0.title, $0.id) < ($1.title, $1.id) }.map {
            topic(linked: $0, questions: linked.questionsByTopic[$0.id] ?? [], figures: figuresByTopic[$0.id] ?? [])
        }
        let siteInterviews = interviewOrder.map { interview(linked: $0, questions: linked.questionsByInterview[$0.id] ?? []) }
        let sitePages = pages.values.sorted { $0.id < $1.id }.map { loaded in
            Page(id: loaded.id, title: loaded.title, description: loaded.description, body: loaded.bodyHTML,
                 text: loaded.text, revision: loaded.revision)
        }
        return Site(settings: settings, interviews: siteInterviews, topics: siteTopics, figures: siteFigures, pages: sitePages)
    }

    /// Every question linked, and what the other pages need of them.
    struct LinkedQuestions {
        var questionsByInterview: [String: [Question]] = [:]
        var questionsByTopic: [String: [QuestionReference]] = [:]
        /// Figure id → the places that cite it, in the order of the site.
        var citations: [String: [Citation]] = [:]
    }

    /// Links every question, in the site's order (interviews as given, questions by number).
    private mutating func linkQuestions(in interviewOrder: [LoadedInterview], threads: Int) -> LinkedQuestions {
        let rank = Dictionary(uniqueKeysWithValues: interviewOrder.enumerated().map { ($1.id, $0) })
        // The sort's keys computed once (a dictionary lookup per comparison
        // costs more than the sort), and the questions' references sorted, not
        // the questions: each copy of one copies every field.
        let order = questions.values.map {
            QuestionOrder(rank: rank[$0.interviewID]!, number: $0.number, reference: $0.reference, file: $0.file)
        }.sorted()
        let linker = self
        let parts = parallelMap(order, threads: threads) { Linker.part(of: linker.questions[$0.reference]!) }
        var linked = LinkedQuestions()
        for (question, part) in zip(order, parts) {
            for topic in part.question.topicIDs { linked.questionsByTopic[topic, default: []].append(question.reference) }
            for cited in part.citations { linked.citations[cited.figure, default: []].append(cited.citation) }
            linked.questionsByInterview[question.reference.interviewID, default: []].append(part.question)
            signatures[question.file] = part.signature
        }
        return linked
    }

    /// Where a question comes in the site: by its interview's place, then its number, then its id.
    private struct QuestionOrder: Comparable {
        var rank: Int
        var number: Int
        var reference: QuestionReference
        var file: String

        static func < (lhs: QuestionOrder, rhs: QuestionOrder) -> Bool {
            (lhs.rank, lhs.number, lhs.reference.questionID) < (rhs.rank, rhs.number, rhs.reference.questionID)
        }
    }

    private mutating func interview(linked loaded: LoadedInterview, questions: [Question]) -> Interview {
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

    private mutating func figure(linked loaded: LoadedFigure, citations: [String: [Citation]]) -> Figure {
        let cites = citations[loaded.id] ?? []
        if cites.isEmpty {
            diagnostics.append(.warning(loaded.file, .start,
                "no answer cites the figure '\(loaded.id)'; link to it where an answer states it: [\(loaded.value)](figure:\(loaded.id))"))
        }
        return Figure(
            id: loaded.id, value: loaded.value, label: loaded.label, source: loaded.source, period: loaded.period,
            topicIDs: Set(loaded.topics.map(\.id)).sorted(), context: loaded.contextHTML,
            citations: cites, revision: loaded.revision)
    }

    private mutating func topic(linked loaded: LoadedTopic, questions: [QuestionReference], figures: [String]) -> Topic {
        if questions.isEmpty {
            diagnostics.append(.warning(loaded.file, .start,
                "no question is on the topic '\(loaded.id)'; add it to a question's 'topics', or link to it with [text](topic:\(loaded.id))"))
        }
        return Topic(
            id: loaded.id, title: loaded.title, summary: loaded.summary, description: loaded.descriptionHTML,
            questions: questions, figureIDs: figures, revision: loaded.revision)
    }

    /// A figure, and one place that cites it.
    struct FigureCitation {
        var figure: String
        var citation: Citation
    }

    /// What one question brings to the site: itself, linked, and its citations of figures.
    struct QuestionPart {
        var question: Question
        /// Each figure cited, with the citation, in the order of the text.
        var citations: [FigureCitation]
        var signature: QuestionSignature
    }

    static func part(of question: LoadedQuestion) -> QuestionPart {
        let html = question.rendered
        let links = question.question.parsed + question.answer.parsed
        let topicIDs = Set(question.topics.map(\.id) + links.compactMap(\.namedTopic)).sorted()
        let figureIDs = Linker.unique(links.compactMap(\.citedFigure))
        var citations: [FigureCitation] = []
        var cited: Set<String> = []
        for link in question.question.parsed {
            guard let figure = link.citedFigure, cited.insert(figure + "#").inserted else { continue }
            citations.append(FigureCitation(figure: figure, citation: Citation(
                question: question.reference, block: nil, quote: html.questionHTMLForLists)))
        }
        for (link, source) in zip(question.answer.parsed, question.answer.links) {
            let block = source.block + 1
            guard let figure = link.citedFigure, cited.insert("\(figure)#\(block)").inserted else { continue }
            citations.append(FigureCitation(figure: figure, citation: Citation(
                question: question.reference, block: block, quote: html.quotes[block] ?? .empty)))
        }
        let linked = Question(
            interviewID: question.interviewID, id: question.id, number: question.number, title: question.title,
            questionHTML: html.questionHTML, questionHTMLForLists: html.questionHTMLForLists,
            questionText: html.questionText, answer: html.answer, transcriptAnswer: html.transcriptAnswer,
            blockCount: question.answer.blockCount, blockTexts: html.blockTexts,
            topicIDs: topicIDs, figureIDs: figureIDs, revision: question.revision)
        let signature = QuestionSignature(
            number: question.number, topicIDs: topicIDs, figureIDs: figureIDs,
            citations: citations.map { "\($0.figure)#\($0.citation.block.map(String.init) ?? "")" })
        return QuestionPart(question: linked, citations: citations, signature: signature)
    }

    /// Links changed questions into the site linked last time, when each still
    /// has its number and links to the same topics and figures from the same
    /// blocks: then no other page's lists change, and the site is the last one
    /// with these questions replaced. If an answer's number of blocks changed,
    /// the texts that link to its page's fragments are checked again. Nil when
    /// that does not hold, or a link is broken: link it all.
    mutating func relink(_ changed: [LoadedQuestion], into site: Site) -> Site? {
        var toRecheck: Set<LinkSource> = []
        var interviews = site.interviews
        var figures = site.figures
        // The changed answers' anchors first, so that every link, theirs too, is checked against them.
        for question in changed {
            guard let old = questions[question.reference] else { return nil }
            if old.answer.blockCount != question.answer.blockCount {
                let page = question.reference.path, interviewPage = Interview.path(question.interviewID)
                anchors[page]?.blocks = question.answer.blockCount
                anchors[interviewPage]?.transcript[question.id] = question.answer.blockCount
                toRecheck.formUnion(fragmentLinks[page] ?? [])
                toRecheck.formUnion(fragmentLinks[interviewPage] ?? [])
            }
            questions[question.reference] = question
        }
        for question in changed {
            guard let before = signatures[question.file],
                  let i = site.index(ofInterview: question.interviewID),
                  let q = interviews[i].questions.firstIndex(where: { $0.id == question.id })
            else { return nil }
            let problems = check(question.question) + check(question.answer)
            diagnostics += problems
            let part = Linker.part(of: question)
            guard problems.isEmpty, part.signature == before else { return nil }
            noteFragments(of: .question(question.reference))
            noteFragments(of: .answer(question.reference))
            interviews[i].questions[q] = part.question
            for cited in part.citations {
                let citation = cited.citation
                guard let f = site.index(ofFigure: cited.figure),
                      let c = figures[f].citations.firstIndex(where: { $0.question == citation.question && $0.block == citation.block })
                else { return nil }
                figures[f].citations[c] = citation
            }
        }
        for source in toRecheck where !recheck(source) { return nil }
        return site.replacing(interviews: interviews, figures: figures)
    }

    /// Each id once, where it first appears: figures in the order a reader meets them.
    static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
