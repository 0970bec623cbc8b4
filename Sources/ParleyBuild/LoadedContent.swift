import ParleySite

/// An id written in a file, with where: a `topics` entry.
struct PlacedID: Sendable {
    var id: String
    var position: Position
}

/// A content file read and parsed, its fields checked, before linking.
struct LoadedInterview {
    var file: String
    var id: String
    var title: String
    var date: Day
    var interviewee: String
    var intervieweeRole: String?
    var interviewer: String
    var interviewerRole: String?
    var publisher: String?
    var summary: String?
    var draft: Bool
    var overview: MarkdownSource
    var overviewHTML: HTML
    /// Changes whenever the file is loaded anew: what page fingerprints compare.
    var revision = 0
}

struct LoadedQuestion {
    var file: String
    var interviewID: String
    var id: String
    var number: Int
    var numberPosition: Position
    var title: String
    var question: MarkdownSource
    var questionPosition: Position
    var topics: [PlacedID]
    var answer: MarkdownSource
    var rendered: RenderedQuestion
    var revision = 0

    var reference: QuestionReference { QuestionReference(interviewID: interviewID, questionID: id) }
}

struct LoadedTopic {
    var file: String
    var id: String
    var title: String
    var summary: String?
    var description: MarkdownSource
    var descriptionHTML: HTML
    var revision = 0
}

struct LoadedFigure {
    var file: String
    var id: String
    var value: String
    var label: String
    var source: String?
    var period: String?
    var topics: [PlacedID]
    var context: MarkdownSource
    var contextHTML: HTML
    var revision = 0
}

/// The rendered Markdown of one question: everything its pages and the pages
/// that quote it need. A class, like `MarkdownSource`, so that a loaded
/// question is cheap to copy.
final class RenderedQuestion: Sendable {
    let questionHTML: HTML
    let questionHTMLForLists: HTML
    let questionText: String
    let answer: HTML
    let transcriptAnswer: HTML
    /// Block number (from 1) → the block rendered for a figure page.
    let quotes: [Int: HTML]
    let blockTexts: [String]

    init(questionHTML: HTML, questionHTMLForLists: HTML, questionText: String, answer: HTML,
         transcriptAnswer: HTML, quotes: [Int: HTML], blockTexts: [String]) {
        self.questionHTML = questionHTML
        self.questionHTMLForLists = questionHTMLForLists
        self.questionText = questionText
        self.answer = answer
        self.transcriptAnswer = transcriptAnswer
        self.quotes = quotes
        self.blockTexts = blockTexts
    }
}

/// One parsed content file, of whichever kind.
enum LoadedFile {
    case interview(LoadedInterview)
    case question(LoadedQuestion)
    case topic(LoadedTopic)
    case figure(LoadedFigure)
    case page(LoadedPage)

    /// The same file, with its revision set.
    func with(revision: Int) -> LoadedFile {
        switch self {
        case var .interview(file): file.revision = revision; return .interview(file)
        case var .question(file): file.revision = revision; return .question(file)
        case var .topic(file): file.revision = revision; return .topic(file)
        case var .figure(file): file.revision = revision; return .figure(file)
        case var .page(file): file.revision = revision; return .page(file)
        }
    }
}
