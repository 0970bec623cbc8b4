import ParleySite

/// One result the search can give: an interview, a question, a topic, a
/// figure or a stand-alone page, with the text it is found by and what its result shows.
public struct SearchDocument: Sendable, Equatable {
    /// What a result is, as the kind filter names it.
    enum Kind: String, Sendable, Equatable {
        case interview, question, topic, figure, page
    }

    var kind: Kind
    public var path: SitePath
    var title: String
    /// The line under the title: who and when, or what kind of page.
    var context: String
    /// The question as asked, or a summary: ranked between the title and the blocks.
    var question: String
    /// The answer's blocks, in order (block N is anchored `#pN` on the page).
    var blocks: [String]
    /// The id of the interview it belongs to (nil for topics and figures).
    var interviewID: String?

    /// Every document of the site, in site order: each interview followed by its
    /// questions, then topics, then figures, then stand-alone pages. A document's number is its place here.
    public static func documents(of site: Site) -> [SearchDocument] {
        var documents: [SearchDocument] = []
        for interview in site.interviews {
            let people = [interview.interviewee, interview.interviewer].joined(separator: " · ")
            documents.append(SearchDocument(
                kind: .interview, path: interview.path, title: interview.title,
                context: "\(interview.interviewee) · \(interview.date.long)",
                question: [people, interview.summary ?? ""].joined(separator: " · "), blocks: [],
                interviewID: interview.id))
            for question in interview.questions {
                documents.append(SearchDocument(
                    kind: .question, path: question.path, title: question.title,
                    context: "Question \(question.number) · \(interview.title)",
                    question: question.questionText, blocks: question.blockTexts, interviewID: interview.id))
            }
        }
        for topic in site.topics {
            documents.append(SearchDocument(kind: .topic, path: topic.path, title: topic.title, context: "Topic",
                                            question: topic.summary ?? "", blocks: [], interviewID: nil))
        }
        for figure in site.figures {
            documents.append(SearchDocument(
                kind: .figure, path: figure.path, title: "\(figure.value) \(figure.label)",
                context: "Key figure" + (figure.source.map { " · \($0)" } ?? ""),
                question: figure.period ?? "", blocks: [], interviewID: nil))
        }
        // A page's blocks have no anchors: its text is found, and shown, as one piece.
        for page in site.pages {
            documents.append(SearchDocument(
                kind: .page, path: page.path, title: page.title, context: "Page",
                question: [page.description ?? "", page.text].filter { !$0.isEmpty }.joined(separator: " · "),
                blocks: [], interviewID: nil))
        }
        return documents
    }

    /// The record a result is shown from: `u` the page from the site's root,
    /// `k` its kind, `t` its title, `c` its context line, `q` the question or
    /// summary, `b` the blocks' text (block N links to `#pN`).
    var record: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("u", .string(path.value)), ("k", .string(kind.rawValue)), ("t", .string(title)),
            ("c", .string(context)), ("q", .string(question)),
        ]
        if !blocks.isEmpty { pairs.append(("b", .array(blocks.map(JSONValue.string)))) }
        return .object(pairs)
    }
}
