import Foundation
import ParleyMarkdown
import ParleySite

/// Turns loaded files into a linked `Site`: resolves every link, checks every
/// reference and that each link leads where the loader rendered it to, and
/// gathers the cross-links both ways.
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
    private(set) var drafts: Set<String> = []
    /// Content path (`Content/…`) → the page made from it.
    private(set) var pagesByFile: [String: SitePath] = [:]
    /// Page → the fragments it has.
    var anchors: [SitePath: PageAnchors] = [:]
    /// Content path → the copied file's path.
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
        for file in files {
            switch file {
            case let .interview(interview):
                if interview.draft && !includeDrafts { drafts.insert(interview.id) } else { interviews[interview.id] = interview }
            case let .question(question): allQuestions.append(question)
            case let .topic(topic): topics[topic.id] = topic
            case let .figure(figure): figures[figure.id] = figure
            case let .page(page): pages[page.id] = page
            }
        }
        // A question of an interview whose index.md failed to load is still
        // checked; the build fails on that index.md anyway.
        questions.reserveCapacity(allQuestions.count)
        for question in allQuestions where !drafts.contains(question.interviewID) {
            questions[question.reference] = question
        }
        index()
        var loadedFiles = Set(pagesByFile.keys)
        for interview in interviews.values where interview.draft { loadedFiles.insert(interview.file) }
        for file in files {
            if case let .question(question) = file { loadedFiles.insert(question.file) }
        }
        var listedFiles = listed.topics.map(\.path) + listed.figures.map(\.path) + listed.pages.map(\.path)
        for folder in listed.interviews {
            listedFiles += folder.questions.map(\.path) + (folder.index.map { [$0] } ?? [])
        }
        unloaded = Set(listedFiles).subtracting(loadedFiles)
    }

    // MARK: - Pages and anchors

    private mutating func index() {
        let pages = interviews.count + questions.count + topics.count + figures.count
        anchors.reserveCapacity(pages)
        pagesByFile.reserveCapacity(pages)
        let questionsByInterview = Dictionary(grouping: questions.values, by: \.interviewID)
        for interview in interviews.values {
            var transcript: [String: Int] = [:]
            for question in questionsByInterview[interview.id] ?? [] { transcript[question.id] = question.answer.blockCount }
            anchors[Interview.path(interview.id)] = PageAnchors(sections: Interview.sectionAnchors, transcript: transcript)
            pagesByFile[interview.file] = Interview.path(interview.id)
        }
        for question in questions.values {
            anchors[question.reference.path] = PageAnchors(sections: Question.sectionAnchors, blocks: question.answer.blockCount)
            pagesByFile[question.file] = question.reference.path
        }
        for topic in topics.values {
            anchors[Topic.path(topic.id)] = PageAnchors(sections: Topic.sectionAnchors)
            pagesByFile[topic.file] = Topic.path(topic.id)
        }
        for figure in figures.values {
            anchors[Figure.path(figure.id)] = PageAnchors(sections: Figure.sectionAnchors)
            pagesByFile[figure.file] = Figure.path(figure.id)
        }
        for page in self.pages.values {
            anchors[Page.path(page.id)] = PageAnchors(sections: Page.sectionAnchors)
            pagesByFile[page.file] = Page.path(page.id)
        }
    }

    // MARK: - Linking

    /// The linked site, or nil when an error was found (the diagnostics say which).
    ///
    /// - Parameter assembling: false when other files already failed: links are
    ///   checked, but no site is assembled (its warnings would be misleading).
    mutating func link(threads: Int, assembling: Bool = true) -> Site? {
        checkNumbers()
        // Every text with links, in a fixed order; resolved in parallel, reported in that order.
        var texts: [(source: MarkdownSource, page: SitePath, key: String, from: LinkSource)] = []
        for interview in interviews.values.sorted(by: { $0.id < $1.id }) {
            texts.append((interview.overview, Interview.path(interview.id), interview.file, .overview(interview.id)))
        }
        for question in questions.values.sorted(by: { $0.file < $1.file }) {
            texts.append((question.question, question.reference.path, question.file + "#question", .question(question.reference)))
            texts.append((question.answer, question.reference.path, question.file, .answer(question.reference)))
            for topic in question.topics where topics[topic.id] == nil && !unloaded.contains("Content/topics/\(topic.id).md") {
                report(question.file, topic.position, unknown("topic", topic.id, in: topics.keys))
            }
        }
        for topic in topics.values.sorted(by: { $0.id < $1.id }) {
            texts.append((topic.description, Topic.path(topic.id), topic.file, .topic(topic.id)))
        }
        for figure in figures.values.sorted(by: { $0.id < $1.id }) {
            texts.append((figure.context, Figure.path(figure.id), figure.file, .figure(figure.id)))
            for topic in figure.topics where topics[topic.id] == nil && !unloaded.contains("Content/topics/\(topic.id).md") {
                report(figure.file, topic.position, unknown("topic", topic.id, in: topics.keys))
            }
        }
        for page in pages.values.sorted(by: { $0.id < $1.id }) {
            texts.append((page.body, Page.path(page.id), page.file, .page(page.id)))
        }
        for (index, text) in settingsTexts.enumerated() {
            texts.append((text, .home, text.file + "#\(index)", .settings(index)))
        }
        let linker = self
        let results = parallelMap(texts, threads: threads) { text -> ([ResolvedLink], [Diagnostic]) in
            var found: [Diagnostic] = []
            let links = zip(text.source.links, text.source.expected).map {
                linker.checkedResolve($0, expected: $1, in: text.source, page: text.page, into: &found)
            }
            return (links, found)
        }
        var resolved: [String: [ResolvedLink]] = [:]
        resolved.reserveCapacity(texts.count)
        for (text, (links, found)) in zip(texts, results) {
            resolved[text.key] = links
            diagnostics += found
            noteFragments(links, text.from)
        }
        guard assembling, !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return assemble(resolved, threads: threads)
    }

    /// A Markdown text of the content, by what it belongs to.
    enum LinkSource: Hashable {
        case overview(String), question(QuestionReference), answer(QuestionReference), topic(String), figure(String)
        case page(String), settings(Int)
    }

    /// Remembers which texts link to a fragment of which page, to check them again if the page's blocks change.
    mutating func noteFragments(_ links: [ResolvedLink], _ from: LinkSource) {
        for link in links {
            if case let .page(path, fragment?) = link.target, !fragment.isEmpty { fragmentLinks[path, default: []].insert(from) }
        }
    }

    /// Resolves the links of `source` again; false if one is broken now.
    mutating func recheck(_ source: LinkSource) -> Bool {
        let text: MarkdownSource?, page: SitePath
        switch source {
        case let .overview(id): text = interviews[id]?.overview; page = Interview.path(id)
        case let .question(reference): text = questions[reference]?.question; page = reference.path
        case let .answer(reference): text = questions[reference]?.answer; page = reference.path
        case let .topic(id): text = topics[id]?.description; page = Topic.path(id)
        case let .figure(id): text = figures[id]?.context; page = Figure.path(id)
        case let .page(id): text = pages[id]?.body; page = Page.path(id)
        case let .settings(index): text = settingsTexts.indices.contains(index) ? settingsTexts[index] : nil; page = .home
        }
        guard let text else { return false }
        let reported = diagnostics.count
        for (link, expected) in zip(text.links, text.expected) { _ = checkedResolve(link, expected: expected, in: text, page: page) }
        return diagnostics.count == reported
    }

    private mutating func checkNumbers() {
        var seen: [String: [Int: LoadedQuestion]] = [:]
        for question in questions.values.sorted(by: { $0.file < $1.file }) {
            if let first = seen[question.interviewID]?[question.number] {
                report(question.file, question.numberPosition,
                       "question number \(question.number) is already used by \(first.id).md in this interview; give each question its own number")
            } else {
                seen[question.interviewID, default: [:]][question.number] = question
            }
        }
    }

    private mutating func report(_ file: String, _ position: Position, _ message: String) {
        diagnostics.append(.error(file, position, message))
    }

    private func unknown(_ kind: String, _ id: String, in ids: some Collection<String>) -> String {
        "unknown \(kind) '\(id)'.\(didYouMean(id, in: ids)) "
            + "Each \(kind) is a file Content/\(kind == "topic" ? "topics" : "figures")/<id>.md"
    }

    /// The internal link schemes of CONTENT.md.
    static let schemes = ["figure", "topic", "interview", "question", "page"]
    /// Schemes that run code in the reader's browser: never emitted.
    static let dangerousSchemes: Set<String> = ["javascript", "vbscript", "data", "file"]

    /// Where a link leads if what it names exists: a function of the link and
    /// the file alone, so that the loader renders Markdown as soon as it is
    /// parsed. `resolve` then checks that the target exists, with its fragment.
    static func expected(_ link: MarkdownDocument.Link, file: String, page: SitePath) -> ResolvedLink {
        let destination = link.destination
        guard !destination.isEmpty else { return ResolvedLink(target: .broken) }
        let (address, fragment) = Linker.splitFragment(destination)
        if let scheme = Linker.scheme(of: address) {
            let reference = String(address.dropFirst(scheme.count + 1))
            switch scheme.lowercased() {
            case "figure": return ResolvedLink(target: .page(Figure.path(reference), fragment: fragment), figure: reference)
            case "topic": return ResolvedLink(target: .page(Topic.path(reference), fragment: fragment), topic: reference)
            case "interview": return ResolvedLink(target: .page(Interview.path(reference), fragment: fragment))
            case "page": return ResolvedLink(target: .page(Page.path(reference), fragment: fragment))
            case "question":
                let parts = reference.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2 else { return ResolvedLink(target: .broken) }
                return ResolvedLink(target: .page(Question.path(parts[0], parts[1]), fragment: fragment))
            default: return ResolvedLink(target: .external(destination))
            }
        }
        if address.hasPrefix("//") { return ResolvedLink(target: .external(destination)) }
        if address.isEmpty { return ResolvedLink(target: .page(page, fragment: fragment)) }
        guard !address.hasPrefix("/"), !address.contains("?"),
              let path = Linker.join(Linker.folder(of: file), address.removingPercentEncoding ?? address)
        else { return ResolvedLink(target: .broken) }
        if path.hasSuffix(".md") {
            guard let target = Linker.page(ofContentFile: path) else { return ResolvedLink(target: .broken) }
            return ResolvedLink(target: .page(target, fragment: fragment),
                                figure: path.hasPrefix("Content/figures/") ? Linker.id(ofFile: path) : nil,
                                topic: path.hasPrefix("Content/topics/") ? Linker.id(ofFile: path) : nil)
        }
        return ResolvedLink(target: .asset(SitePath(String(path.dropFirst(ContentFiles.folder.count + 1))), fragment: fragment))
    }

    /// The page made from a content file, by where the file lies in `Content/`.
    static func page(ofContentFile path: String) -> SitePath? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.first == ContentFiles.folder, path.hasSuffix(".md") else { return nil }
        switch (parts.count, parts.count > 1 ? parts[1] : "") {
        case (3, "topics"): return Topic.path(Linker.id(ofFile: path))
        case (3, "figures"): return Figure.path(Linker.id(ofFile: path))
        case (3, "pages"): return Page.path(Linker.id(ofFile: path))
        case (4, "interviews"):
            return parts[3] == "index.md" ? Interview.path(parts[2]) : Question.path(parts[2], Linker.id(ofFile: path))
        default: return nil
        }
    }

    /// `resolve`, and a check that the link leads where the loader rendered it.
    mutating func checkedResolve(
        _ link: MarkdownDocument.Link, expected: ResolvedLink, in source: MarkdownSource, page: SitePath
    ) -> ResolvedLink {
        var found: [Diagnostic] = []
        let resolved = checkedResolve(link, expected: expected, in: source, page: page, into: &found)
        diagnostics += found
        return resolved
    }

    /// The same, reporting into `found`: without changing the linker, so texts resolve in parallel.
    func checkedResolve(
        _ link: MarkdownDocument.Link, expected: ResolvedLink, in source: MarkdownSource, page: SitePath,
        into found: inout [Diagnostic]
    ) -> ResolvedLink {
        let resolved = resolve(link, in: source, page: page, into: &found)
        if resolved.target != .broken {
            if expected.target != resolved.target || expected.figure != resolved.figure || expected.topic != resolved.topic {
                found.append(.error(source.file, source.position(of: link),
                    "internal error: this link was rendered to lead elsewhere than it resolves; please report it with the link's text"))
            }
        }
        return resolved
    }

    private func resolve(
        _ link: MarkdownDocument.Link, in source: MarkdownSource, page: SitePath, into found: inout [Diagnostic]
    ) -> ResolvedLink {
        // Positions cost a scan of the text: computed only for a diagnostic.
        let position = Lazy { source.position(of: link) }
        let destination = link.destination
        func check(_ target: LinkTarget, figure: String? = nil, topic: String? = nil,
                   _ source: MarkdownSource, _ position: Lazy<Position>) -> ResolvedLink {
            self.check(target, figure: figure, topic: topic, source, position, into: &found)
        }
        func broken(_ message: String) -> ResolvedLink {
            found.append(.error(source.file, position.value, message))
            return ResolvedLink(target: .broken)
        }
        if destination.isEmpty {
            return broken("the link has no destination; write one between the parentheses: [text](topic:afghanistan)")
        }
        let (address, fragment) = Linker.splitFragment(destination)
        if let scheme = Linker.scheme(of: address) {
            let reference = String(address.dropFirst(scheme.count + 1))
            switch scheme.lowercased() {
            case "figure":
                if unloaded.contains("Content/figures/\(reference).md") { return ResolvedLink(target: .broken) }
                guard figures[reference] != nil else { return broken(unknown("figure", reference, in: figures.keys)) }
                return check(.page(Figure.path(reference), fragment: fragment), figure: reference, source, position)
            case "topic":
                if unloaded.contains("Content/topics/\(reference).md") { return ResolvedLink(target: .broken) }
                guard topics[reference] != nil else { return broken(unknown("topic", reference, in: topics.keys)) }
                return check(.page(Topic.path(reference), fragment: fragment), topic: reference, source, position)
            case "interview":
                if unloaded.contains("Content/interviews/\(reference)/index.md") { return ResolvedLink(target: .broken) }
                guard interviews[reference] != nil else {
                    if drafts.contains(reference) {
                        return broken("the interview '\(reference)' is a draft, left out of this build; build with --drafts, or remove the link")
                    }
                    return broken("unknown interview '\(reference)'.\(didYouMean(reference, in: interviews.keys)) "
                                  + "Each interview is a folder Content/interviews/<id>/ with an index.md")
                }
                return check(.page(Interview.path(reference), fragment: fragment), source, position)
            case "page":
                if unloaded.contains("Content/pages/\(reference).md") { return ResolvedLink(target: .broken) }
                guard pages[reference] != nil else {
                    return broken("unknown page '\(reference)'.\(didYouMean(reference, in: pages.keys)) Each page is a file Content/pages/<id>.md")
                }
                return check(.page(Page.path(reference), fragment: fragment), source, position)
            case "question":
                let parts = reference.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2 else {
                    return broken("a question link names the interview and the question: [text](question:<interview-id>/<question-id>), such as question:norov-2020/q3")
                }
                let target = QuestionReference(interviewID: parts[0], questionID: parts[1])
                if unloaded.contains("Content/interviews/\(parts[0])/\(parts[1]).md") {
                    return ResolvedLink(target: .broken)
                }
                guard questions[target] != nil else {
                    if drafts.contains(parts[0]) {
                        return broken("the interview '\(parts[0])' is a draft, left out of this build; build with --drafts, or remove the link")
                    }
                    guard interviews[parts[0]] != nil || unloaded.contains("Content/interviews/\(parts[0])/index.md") else {
                        return broken("unknown interview '\(parts[0])' in question:\(reference).\(didYouMean(parts[0], in: interviews.keys))")
                    }
                    let ids = questions.keys.filter { $0.interviewID == parts[0] }.map(\.questionID)
                    return broken("the interview '\(parts[0])' has no question '\(parts[1])'.\(didYouMean(parts[1], in: ids)) "
                                  + "A question's id is its file name without .md")
                }
                return check(.page(target.path, fragment: fragment), source, position)
            default:
                let lowered = scheme.lowercased()
                if Linker.dangerousSchemes.contains(lowered) {
                    if lowered == "data" && link.isImage && address.lowercased().hasPrefix("data:image/") && !address.lowercased().hasPrefix("data:image/svg") {
                        return ResolvedLink(target: .external(destination))
                    }
                    return broken("\(lowered): links are not allowed: they run code in the reader's browser or break once published; link to a page or an https:// address")
                }
                if let near = nearest(to: lowered, in: Linker.schemes), !["http", "https", "mailto", "tel", "ftp"].contains(lowered) {
                    return broken("unknown link scheme '\(scheme):'. Did you mean '\(near):'? Pages are linked as figure:, topic:, interview:, question: or page:")
                }
                return ResolvedLink(target: .external(destination))
            }
        }
        if address.hasPrefix("//") {
            return ResolvedLink(target: .external(destination))
        }
        if address.isEmpty {
            // `#p2`: a fragment of the page being written.
            return check(.page(page, fragment: fragment), source, position)
        }
        if address.hasPrefix("/") {
            return broken("links starting with '/' break when the site is published under a path or opened from disk; link to the content file with a relative path such as ../topics/trade.md")
        }
        if address.contains("?") {
            return broken("a link to a content file cannot have a query ('?'); remove it")
        }
        let decoded = address.removingPercentEncoding ?? address
        guard let path = Linker.join(Linker.folder(of: source.file), decoded) else {
            return broken("the link '\(Linker.shortened(destination))' leads outside the Content folder; link only to files in Content/")
        }
        if path.hasSuffix(".md") {
            if unloaded.contains(path) { return ResolvedLink(target: .broken) }
            guard let target = pagesByFile[path] else {
                let candidates = pagesByFile.keys.map { Linker.relativePath(from: Linker.folder(of: source.file), to: $0) }
                return broken("the link '\(Linker.shortened(destination))' leads nowhere: there is no \(path).\(didYouMean(decoded, in: candidates))")
            }
            let figure = path.hasPrefix("Content/figures/") ? Linker.id(ofFile: path) : nil
            let topic = path.hasPrefix("Content/topics/") ? Linker.id(ofFile: path) : nil
            return check(.page(target, fragment: fragment), figure: figure, topic: topic, source, position)
        }
        let assetPath = String(path.dropFirst(ContentFiles.folder.count + 1))
        guard assets.contains(assetPath) else {
            return broken("the link '\(Linker.shortened(destination))' leads nowhere: there is no file \(path)")
        }
        return ResolvedLink(target: .asset(SitePath(assetPath), fragment: fragment))
    }

    /// Checks a page link's fragment against the anchors of its page.
    private func check(
        _ target: LinkTarget, figure: String? = nil, topic: String? = nil,
        _ source: MarkdownSource, _ position: Lazy<Position>, into found: inout [Diagnostic]
    ) -> ResolvedLink {
        if case let .page(path, fragment?) = target, !(anchors[path]?.contains(fragment) ?? false) {
            let available = anchors[path].map { Linker.describeAnchors($0.all) } ?? ""
            found.append(.error(source.file, position.value, "there is no '#\(fragment)' on \(path.prettyPath)\(available)"))
            return ResolvedLink(target: .broken)
        }
        return ResolvedLink(target: target, figure: figure, topic: topic)
    }

    private static func describeAnchors(_ anchors: Set<String>) -> String {
        let blocks = anchors.filter { $0.hasPrefix("p") && Int($0.dropFirst()) != nil }
        if !blocks.isEmpty {
            return blocks.count == 1 ? "; its answer has 1 block, #p1" : "; its answer has \(blocks.count) blocks, #p1 to #p\(blocks.count)"
        }
        return "; it has " + anchors.sorted().prefix(12).map { "#" + $0 }.joined(separator: ", ")
    }

    /// A link target short enough to quote in a message.
    static func shortened(_ destination: String) -> String {
        destination.count > 120 ? destination.prefix(120) + "…" : destination
    }

    // MARK: - Paths

    /// `Content/topics/trade.md` → `trade`
    static func id(ofFile path: String) -> String {
        String(path.split(separator: "/").last!.dropLast(3))
    }

    static func splitFragment(_ destination: String) -> (String, String?) {
        let utf8 = destination.utf8
        guard let hash = utf8.firstIndex(of: UInt8(ascii: "#")) else { return (destination, nil) }
        return (String(destination[..<hash]), String(destination[utf8.index(after: hash)...]))
    }

    /// The URL scheme, if the destination has one (`figure:x` → `figure`):
    /// an ASCII letter, then ASCII letters, digits, `+`, `.` or `-`, up to the first `:`.
    static func scheme(of address: String) -> String? {
        let utf8 = address.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = utf8[..<colon]
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        guard let first = scheme.first, isLetter(first), scheme.allSatisfy({ byte in
            isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }) else { return nil }
        return String(address[..<colon])
    }

    static func folder(of file: String) -> String {
        file.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// `relative` resolved against `folder`; nil if it climbs out of `Content/`.
    static func join(_ folder: String, _ relative: String) -> String? {
        var parts = folder.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard parts.count > 1 else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/").precomposedStringWithCanonicalMapping
    }

    static func relativePath(from folder: String, to file: String) -> String {
        let from = folder.split(separator: "/"), to = file.split(separator: "/")
        var common = 0
        while common < min(from.count, to.count - 1), from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)).joined(separator: "/")
    }
}

/// The fragments a page has, described rather than listed: its sections,
/// `#p1` to `#pN` for an answer of N blocks, and on an interview page each
/// question's `#qid` and `#qid-p1` to `#qid-pN`.
struct PageAnchors {
    var sections: [String]
    var blocks = 0
    /// Question id → its answer's number of blocks.
    var transcript: [String: Int] = [:]

    func contains(_ fragment: String) -> Bool {
        if sections.contains(fragment) || transcript[fragment] != nil { return true }
        if let number = PageAnchors.blockNumber(fragment, after: "p"), number <= blocks { return true }
        // `qid-pN`: the question id may itself hold "-p".
        var rest = Substring(fragment)
        while let marker = rest.range(of: "-p", options: .backwards) {
            let id = String(fragment[..<marker.lowerBound])
            if let count = transcript[id], let number = PageAnchors.blockNumber(fragment[marker.lowerBound...], after: "-p"),
               number <= count {
                return true
            }
            rest = fragment[..<marker.lowerBound]
        }
        return false
    }

    /// Every fragment, for a message that lists them.
    var all: Set<String> {
        var all = Set(sections)
        all.formUnion((0..<blocks).map { Question.anchor(block: $0 + 1) })
        for (id, count) in transcript {
            all.insert(Interview.transcriptAnchor(id))
            all.formUnion((0..<count).map { Interview.transcriptAnchor(id, block: $0 + 1) })
        }
        return all
    }

    /// N for `prefix` + N written as a block anchor is (no sign, no leading zero, from 1).
    private static func blockNumber(_ text: some StringProtocol, after prefix: String) -> Int? {
        guard text.hasPrefix(prefix) else { return nil }
        let digits = text.dropFirst(prefix.count)
        guard let first = digits.first, first != "0", digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int(digits) else { return nil }
        return number
    }
}

/// A value computed the first time it is asked for.
final class Lazy<Value> {
    private var make: (() -> Value)?
    private var made: Value?

    init(_ make: @escaping () -> Value) { self.make = make }

    var value: Value {
        if let made { return made }
        let value = make!()
        made = value
        make = nil
        return value
    }
}
