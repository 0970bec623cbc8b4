import Foundation
import ParleyMarkdown
import ParleySite

/// Turns loaded files into a linked `Site`: checks that what every link
/// names exists (`ContentLink` has already read each link, and the loader
/// has written its URL), checks every reference, and gathers the
/// cross-links both ways.
struct Linker {
    let settings: SiteSettings
    var diagnostics: [Diagnostic] = []

    private(set) var interviews: [String: LoadedInterview] = [:]
    var questions: [QuestionReference: LoadedQuestion] = [:]
    private(set) var topics: [String: LoadedTopic] = [:]
    private(set) var figures: [String: LoadedFigure] = [:]
    private(set) var pages: [String: LoadedPage] = [:]
    /// `site.yml`'s footer and `nav` links, checked as every text's are.
    var settingsTexts: [MarkdownSource] = []
    /// Interviews left out as drafts.
    private(set) var drafts: Set<String> = []
    /// Page → the fragments it has.
    var anchors: [SitePath: PageAnchors] = [:]
    /// The files of `Content/` copied as they are, by their path under `Content/`.
    private(set) var assets: Set<String> = []

    /// Question file → what it links to, as the last assembly found it.
    var signatures: [String: QuestionSignature] = [:]
    /// Page → the texts that link to one of its fragments.
    var fragmentLinks: [SitePath: Set<LinkSource>] = [:]

    /// Files that exist but did not load (their own errors are reported):
    /// links to them are not reported again.
    private(set) var unloaded: Set<String> = []

    init(settings: SiteSettings, files: [LoadedFile], listed: ContentFiles, includeDrafts: Bool) {
        self.settings = settings
        self.assets = Set(listed.assets)
        var allQuestions: [LoadedQuestion] = []
        allQuestions.reserveCapacity(files.count)
        var loadedFiles: Set<String> = []
        for file in files {
            switch file {
            case let .interview(interview):
                loadedFiles.insert(interview.file)
                if interview.draft && !includeDrafts { drafts.insert(interview.id) } else { interviews[interview.id] = interview }
            case let .question(question):
                loadedFiles.insert(question.file)
                allQuestions.append(question)
            case let .topic(topic):
                loadedFiles.insert(topic.file)
                topics[topic.id] = topic
            case let .figure(figure):
                loadedFiles.insert(figure.file)
                figures[figure.id] = figure
            case let .page(page):
                loadedFiles.insert(page.file)
                pages[page.id] = page
            }
        }
        // A question of an interview whose index.md failed to load is still
        // checked; the build fails on that index.md anyway.
        questions.reserveCapacity(allQuestions.count)
        for question in allQuestions where !drafts.contains(question.interviewID) {
            questions[question.reference] = question
        }
        unloaded = Set(listed.pageFiles).subtracting(loadedFiles)
        indexAnchors()
    }

    /// A Markdown text of the content, by what it belongs to.
    enum LinkSource: Hashable {
        case overview(String), question(QuestionReference), answer(QuestionReference), topic(String), figure(String)
        /// A stand-alone page's body.
        case page(String)
        /// The footer (0) or an item of `nav` of `site.yml`, by its place in `settingsTexts`.
        case settings(Int)
    }

    /// The linked site, or nil when an error was found (the diagnostics say which).
    ///
    /// - Parameter assembling: false when other files already failed: links are
    ///   checked, but no site is assembled (its warnings would be misleading).
    mutating func link(threads: Int, assembling: Bool = true) -> Site? {
        checkNumbers()
        checkTopicLists()
        // Every text with links, in a fixed order; checked in parallel, reported in that order.
        let texts = allTexts()
        let linker = self
        let found = parallelMap(texts, threads: threads) { linker.check(linker.text(of: $0)) }
        for (source, problems) in zip(texts, found) {
            diagnostics += problems
            noteFragments(of: source)
        }
        guard assembling, !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return assemble(threads: threads)
    }

    /// Checks the links of `source` again; false if one is broken now.
    mutating func recheck(_ source: LinkSource) -> Bool {
        guard let text = text(of: source) else { return false }
        let problems = check(text)
        diagnostics += problems
        return problems.isEmpty
    }

    /// Remembers which texts link to a fragment of which page, to check them again if the page's blocks change.
    mutating func noteFragments(of source: LinkSource) {
        for link in text(of: source)?.parsed ?? [] {
            if case let .page(page) = link.target, let fragment = link.fragment, !fragment.isEmpty {
                fragmentLinks[page.path, default: []].insert(source)
            }
        }
    }

    /// The diagnostics of a text's links: each names what exists.
    func check(_ text: MarkdownSource?) -> [Diagnostic] {
        guard let text else { return [] }
        var found: [Diagnostic] = []
        for (link, parsed) in zip(text.links, text.parsed) {
            if let message = problem(with: parsed, written: link.destination, in: text.file) {
                found.append(.error(text.file, text.position(of: link), message))
            }
        }
        return found
    }
}

// MARK: - Texts and anchors

private extension Linker {
    /// Every text that may hold links, in the order their diagnostics are reported.
    func allTexts() -> [LinkSource] {
        var texts: [LinkSource] = interviews.keys.sorted().map { .overview($0) }
        for question in questions.values.sorted(by: { $0.file < $1.file }) {
            texts += [.question(question.reference), .answer(question.reference)]
        }
        texts += topics.keys.sorted().map { .topic($0) }
        texts += figures.keys.sorted().map { .figure($0) }
        texts += pages.keys.sorted().map { .page($0) }
        texts += settingsTexts.indices.map { .settings($0) }
        return texts
    }

    func text(of source: LinkSource) -> MarkdownSource? {
        switch source {
        case let .overview(id): return interviews[id]?.overview
        case let .question(reference): return questions[reference]?.question
        case let .answer(reference): return questions[reference]?.answer
        case let .topic(id): return topics[id]?.description
        case let .figure(id): return figures[id]?.context
        case let .page(id): return pages[id]?.body
        case let .settings(index): return settingsTexts.indices.contains(index) ? settingsTexts[index] : nil
        }
    }

    mutating func indexAnchors() {
        anchors.reserveCapacity(interviews.count + questions.count + topics.count + figures.count + pages.count)
        // Interview → question → the number of blocks in its answer.
        var transcripts: [String: [String: Int]] = [:]
        for question in questions.values { transcripts[question.interviewID, default: [:]][question.id] = question.answer.blockCount }
        for interview in interviews.values {
            anchors[Interview.path(interview.id)] = PageAnchors(sections: Interview.sectionAnchors, transcript: transcripts[interview.id] ?? [:])
        }
        for question in questions.values {
            anchors[question.reference.path] = PageAnchors(sections: Question.sectionAnchors, blocks: question.answer.blockCount)
        }
        for id in topics.keys { anchors[Topic.path(id)] = PageAnchors(sections: Topic.sectionAnchors) }
        for id in figures.keys { anchors[Figure.path(id)] = PageAnchors(sections: Figure.sectionAnchors) }
        for id in pages.keys { anchors[Page.path(id)] = PageAnchors(sections: Page.sectionAnchors) }
    }

    mutating func checkNumbers() {
        /// What this check reads of a question: sorting these copies less than sorting the questions.
        struct Numbered {
            var file: String, interviewID: String, id: String, number: Int, position: Position
        }
        let numbered = questions.values.map {
            Numbered(file: $0.file, interviewID: $0.interviewID, id: $0.id, number: $0.number, position: $0.numberPosition)
        }
        // Interview → number → the id of the first question (by file) with it.
        var seen: [String: [Int: String]] = [:]
        for question in numbered.sorted(by: { $0.file < $1.file }) {
            if let first = seen[question.interviewID]?[question.number] {
                diagnostics.append(.error(question.file, question.position,
                    "question number \(question.number) is already used by \(first).md in this interview; give each question its own number"))
            } else {
                seen[question.interviewID, default: [:]][question.number] = question.id
            }
        }
    }

    /// The `topics` lists of questions and figures name topics that exist.
    mutating func checkTopicLists() {
        let lists = questions.values.map { (file: $0.file, topics: $0.topics) }.sorted { $0.file < $1.file }
            + figures.values.sorted { $0.id < $1.id }.map { (file: $0.file, topics: $0.topics) }
        for list in lists {
            for topic in list.topics where topics[topic.id] == nil && !unloaded.contains(PageReference.topic(topic.id).contentFile) {
                diagnostics.append(.error(list.file, topic.position, unknown("topic", topic.id, in: topics.keys)))
            }
        }
    }
}

// MARK: - What a link names

private extension Linker {
    /// What is wrong with a link, in words that say how to mend it; nil if
    /// nothing is, or if it names a file that failed to load (that file's own errors say why).
    func problem(with link: ContentLink, written destination: String, in file: String) -> String? {
        switch link.target {
        case let .invalid(message):
            return message
        case .external:
            return nil
        case let .asset(path):
            guard !assets.contains(path) else { return nil }
            return "the link '\(ContentLink.shortened(destination))' leads nowhere: there is no file \(ContentFiles.folder)/\(path)"
        case let .otherFile(path):
            return leadsNowhere(destination, to: path, from: file)
        case let .page(page):
            if unloaded.contains(page.contentFile) { return nil }
            if let missing = problem(finding: page, written: destination, as: link.form, from: file) { return missing }
            guard let fragment = link.fragment, !(anchors[page.path]?.contains(fragment) ?? false) else { return nil }
            let available = anchors[page.path].map { Linker.describeAnchors($0.all) } ?? ""
            return "there is no '#\(fragment)' on \(page.path.prettyPath)\(available); correct or remove the '#\(fragment)' of the link"
        }
    }

    /// Why `page` does not exist; nil if it does.
    func problem(finding page: PageReference, written destination: String, as form: ContentLink.Form, from file: String) -> String? {
        switch page {
        case let .interview(id):
            if interviews[id] != nil { return nil }
            if drafts.contains(id) { return Linker.draft(id) }
            if form == .path { return leadsNowhere(destination, to: page.contentFile, from: file) }
            return "unknown interview '\(id)'.\(didYouMean(id, in: interviews.keys)) "
                + "Each interview is a folder Content/interviews/<id>/ with an index.md"
        case let .question(reference):
            if questions[reference] != nil { return nil }
            let interview = reference.interviewID
            if drafts.contains(interview) { return Linker.draft(interview) }
            if form == .path { return leadsNowhere(destination, to: page.contentFile, from: file) }
            guard interviews[interview] != nil || unloaded.contains(PageReference.interview(interview).contentFile) else {
                return "unknown interview '\(interview)' in question:\(interview)/\(reference.questionID).\(didYouMean(interview, in: interviews.keys))"
            }
            let ids = questions.keys.filter { $0.interviewID == interview }.map(\.questionID)
            return "the interview '\(interview)' has no question '\(reference.questionID)'.\(didYouMean(reference.questionID, in: ids)) "
                + "A question's id is its file name without .md"
        case let .topic(id):
            if topics[id] != nil { return nil }
            return form == .path ? leadsNowhere(destination, to: page.contentFile, from: file) : unknown("topic", id, in: topics.keys)
        case let .figure(id):
            if figures[id] != nil { return nil }
            return form == .path ? leadsNowhere(destination, to: page.contentFile, from: file) : unknown("figure", id, in: figures.keys)
        case let .page(id):
            if pages[id] != nil { return nil }
            if form == .path { return leadsNowhere(destination, to: page.contentFile, from: file) }
            return "unknown page '\(id)'.\(didYouMean(id, in: pages.keys)) Each page is a file Content/pages/<id>.md: correct the id, or create the file"
        }
    }

    static func draft(_ id: String) -> String {
        "the interview '\(id)' is a draft, left out of this build; build with --drafts, or remove the link"
    }

    /// A relative link to a content file that makes no page, with the nearest file that does.
    func leadsNowhere(_ destination: String, to path: String, from file: String) -> String {
        let address = ContentLink.splitFragment(destination).address
        let folder = ContentLink.folder(of: file)
        let files = interviews.values.map(\.file) + questions.values.map(\.file)
            + topics.values.map(\.file) + figures.values.map(\.file) + pages.values.map(\.file)
        let candidates = files.map { ContentLink.relativePath(from: folder, to: $0) }
        return "the link '\(ContentLink.shortened(destination))' leads nowhere: there is no \(path)."
            + didYouMean(address.removingPercentEncoding ?? address, in: candidates)
    }

    func unknown(_ kind: String, _ id: String, in ids: some Collection<String>) -> String {
        "unknown \(kind) '\(id)'.\(didYouMean(id, in: ids)) "
            + "Each \(kind) is a file Content/\(kind == "topic" ? "topics" : "figures")/<id>.md: correct the id, or create the file"
    }

    static func describeAnchors(_ anchors: Set<String>) -> String {
        let blocks = anchors.filter { $0.hasPrefix("p") && Int($0.dropFirst()) != nil }
        if !blocks.isEmpty {
            return blocks.count == 1 ? "; its answer has 1 block, #p1" : "; its answer has \(blocks.count) blocks, #p1 to #p\(blocks.count)"
        }
        return "; it has " + anchors.sorted().prefix(12).map { "#" + $0 }.joined(separator: ", ")
    }
}
