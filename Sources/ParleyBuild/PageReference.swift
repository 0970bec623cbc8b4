import ParleySite

/// A page of the site that a link can name, by the ids of what it shows.
///
/// Each page is made from one content file; `contentFile` and
/// `init(contentFile:)` are the one mapping between the two.
enum PageReference: Hashable, Sendable {
    case interview(String)
    case question(QuestionReference)
    case topic(String)
    case figure(String)
    /// A stand-alone page of `Content/pages/`.
    case page(String)

    /// The page's file in the output.
    var path: SitePath {
        switch self {
        case let .interview(id): return Interview.path(id)
        case let .question(reference): return reference.path
        case let .topic(id): return Topic.path(id)
        case let .figure(id): return Figure.path(id)
        case let .page(id): return Page.path(id)
        }
    }

    /// The content file the page is made from (`Content/topics/trade.md`).
    var contentFile: String {
        let folder = ContentFiles.folder
        switch self {
        case let .interview(id): return "\(folder)/interviews/\(id)/index.md"
        case let .question(reference): return "\(folder)/interviews/\(reference.interviewID)/\(reference.questionID).md"
        case let .topic(id): return "\(folder)/topics/\(id).md"
        case let .figure(id): return "\(folder)/figures/\(id).md"
        case let .page(id): return "\(folder)/pages/\(id).md"
        }
    }

    /// The page made from a content file, by where the file lies in `Content/`;
    /// nil for a file no page is made from.
    init?(contentFile path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.first == ContentFiles.folder, path.hasSuffix(".md"), parts.count >= 3 else { return nil }
        let name = String(parts[parts.count - 1].dropLast(3))
        switch (parts.count, parts[1]) {
        case (3, "topics"): self = .topic(name)
        case (3, "figures"): self = .figure(name)
        case (3, "pages"): self = .page(name)
        case (4, "interviews") where name == "index": self = .interview(parts[2])
        case (4, "interviews"): self = .question(QuestionReference(interviewID: parts[2], questionID: name))
        default: return nil
        }
    }
}
