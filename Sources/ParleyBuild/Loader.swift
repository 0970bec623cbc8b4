import Foundation
import ParleyMarkdown
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ParleySite
import Templates

/// Reads and parses content files: front matter checked against its schema,
/// Markdown parsed by cmark. Each file is loaded on its own, so files load in parallel.
enum Loader {
    /// What a Markdown file is, from where it lies in `Content/`.
    enum Kind: Sendable {
        case interview(id: String)
        case question(interviewID: String, id: String)
        case topic(id: String)
        case figure(id: String)
        case page(id: String)
    }

    struct Job: Sendable {
        var kind: Kind
        var path: String
    }

    /// `site.yml`, with every key checked; `assets` are the files of `Content/` it may name.
    static func loadSettings(root: URL, path: String, assets: Set<String>) -> (LoadedSettings?, [Diagnostic]) {
        let text: String
        switch read(root: root, path: path) {
        case let .success(value): text = value
        case let .failure(diagnostic): return (nil, [diagnostic])
        }
        var fields = FrontMatter(yaml: text, firstLine: 1, file: path, schema: .site)
        let title = fields.text("title")
        let baseURL = fields.text("base_url")
        let language = fields.text("language")
        let description = fields.text("description")
        let publisher = fields.text("publisher")
        let unsafeHTML = fields.bool("unsafe_html")
        if let baseURL, !isAbsoluteWebURL(baseURL), let position = fields.textPosition("base_url") {
            fields.report(position, "'base_url' must be an absolute http or https URL, such as https://example.org/interviews/")
        }
        if let language, !isLanguageTag(language), let position = fields.textPosition("language") {
            fields.report(position, "'language' must be a BCP 47 language tag such as 'en' or 'en-GB'")
        }
        let brand = Loader.brand(&fields, file: path, files: SettingsFiles(root: root, assets: assets),
                                 rawHTML: unsafeHTML == true ? .passedThrough : .omitted)
        guard fields.diagnostics.isEmpty, let title, let baseURL else {
            return (LoadedSettings(settings: nil, texts: brand.texts), fields.diagnostics)
        }
        let settings = SiteSettings(
            title: title, baseURL: baseURL, language: language ?? "en",
            description: description, publisher: publisher, unsafeHTML: unsafeHTML ?? false, brand: brand.brand)
        return (LoadedSettings(settings: settings, texts: brand.texts), [])
    }

    /// Loads one file and renders its Markdown at once, links pointed where
    /// `Linker.expected` says they lead; the cmark trees are let go here.
    static func load(_ job: Job, root: URL, rawHTML: MarkdownDocument.RawHTML) -> (LoadedFile?, [Diagnostic]) {
        let source: SourceText
        switch read(root: root, path: job.path).flatMap({ SourceText.split($0, file: job.path) }) {
        case let .success(value): source = value
        case let .failure(diagnostic): return (nil, [diagnostic])
        }
        let file = job.path
        let body = { (page: SitePath) in
            MarkdownSource.parse(source.body, file: file, page: page, firstLine: source.bodyFirstLine)
        }
        /// The whole text as HTML, for a page two folders down, its headings below one of `level`.
        func html(_ parsed: (MarkdownSource, MarkdownDocument), under level: Int) -> HTML {
            HTML(unescaped: parsed.1.html(linkURLs: parsed.0.urls(fromDepth: 2), rawHTML: rawHTML, headingsBelow: level))
        }
        switch job.kind {
        case let .interview(id):
            var fields = FrontMatter(yaml: source.yaml, firstLine: source.yamlFirstLine, file: file, schema: .interview)
            let title = fields.text("title"), date = fields.day("date")
            let interviewee = fields.text("interviewee"), interviewer = fields.text("interviewer")
            let intervieweeRole = fields.text("interviewee_role"), interviewerRole = fields.text("interviewer_role")
            let publisher = fields.text("publisher"), summary = fields.text("summary")
            let draft = fields.bool("draft")
            guard fields.diagnostics.isEmpty, let title, let date, let interviewee, let interviewer else {
                return (nil, fields.diagnostics)
            }
            let overview = body(Interview.path(id))
            return (.interview(LoadedInterview(
                file: file, id: id, title: title, date: date, interviewee: interviewee,
                intervieweeRole: intervieweeRole, interviewer: interviewer, interviewerRole: interviewerRole,
                publisher: publisher, summary: summary, draft: draft ?? false, overview: overview.0,
                overviewHTML: html(overview, under: 2))), overview.0.dangerousRawHTML())

        case let .question(interviewID, id):
            var fields = FrontMatter(yaml: source.yaml, firstLine: source.yamlFirstLine, file: file, schema: .question)
            let number = fields.integer("number"), title = fields.text("title")
            let question = fields.text("question"), topics = fields.ids("topics")
            if let number, number < 1, let position = fields.textPosition("number") {
                fields.report(position, "'number' must be 1 or more; it sets the question's place in the interview")
            }
            guard fields.diagnostics.isEmpty, let number, let title, let question,
                  let numberPosition = fields.textPosition("number"),
                  let questionPosition = fields.textPosition("question")
            else { return (nil, fields.diagnostics) }
            let block = fields.style("question") == .literal || fields.style("question") == .folded
            let page = Question.path(interviewID, id)
            let (asked, askedDocument) = MarkdownSource.parse(question, file: file, page: page, firstLine: questionPosition.line,
                                                              firstLineIndent: block ? 0 : questionPosition.column - 1)
            if !askedDocument.isInline {
                fields.report(questionPosition, "'question' must be one paragraph of inline Markdown, without lists, headings or blank lines")
                return (nil, fields.diagnostics)
            }
            let (answer, answerDocument) = body(page)
            let rendered = render(
                question: (asked, askedDocument), answer: (answer, answerDocument), id: id, number: number, rawHTML: rawHTML)
            return (.question(LoadedQuestion(
                file: file, interviewID: interviewID, id: id, number: number, numberPosition: numberPosition,
                title: title, question: asked, questionPosition: questionPosition,
                topics: (topics ?? []).map { ($0.0, $0.1) }, answer: answer, rendered: rendered)),
                    asked.dangerousRawHTML() + answer.dangerousRawHTML())

        case let .topic(id):
            var fields = FrontMatter(yaml: source.yaml, firstLine: source.yamlFirstLine, file: file, schema: .topic)
            let title = fields.text("title"), summary = fields.text("summary")
            guard fields.diagnostics.isEmpty, let title else { return (nil, fields.diagnostics) }
            let description = body(Topic.path(id))
            return (.topic(LoadedTopic(file: file, id: id, title: title, summary: summary, description: description.0,
                                       descriptionHTML: html(description, under: 1))),
                    description.0.dangerousRawHTML())

        case let .figure(id):
            var fields = FrontMatter(yaml: source.yaml, firstLine: source.yamlFirstLine, file: file, schema: .figure)
            let value = fields.text("value"), label = fields.text("label")
            let sourceName = fields.text("source"), period = fields.text("period")
            let topics = fields.ids("topics")
            guard fields.diagnostics.isEmpty, let value, let label else { return (nil, fields.diagnostics) }
            let context = body(Figure.path(id))
            return (.figure(LoadedFigure(
                file: file, id: id, value: value, label: label, source: sourceName, period: period,
                topics: (topics ?? []).map { ($0.0, $0.1) }, context: context.0,
                contextHTML: html(context, under: 1))), context.0.dangerousRawHTML())

        case let .page(id):
            var fields = FrontMatter(yaml: source.yaml, firstLine: source.yamlFirstLine, file: file, schema: .page)
            let title = fields.text("title"), description = fields.text("description")
            guard fields.diagnostics.isEmpty, let title else { return (nil, fields.diagnostics) }
            let (body, document) = body(Page.path(id))
            let rendered = HTML(unescaped: document.html(linkURLs: body.urls(fromDepth: 1), rawHTML: rawHTML, headingsBelow: 1))
            return (.page(LoadedPage(file: file, id: id, title: title, description: description, body: body,
                                     bodyHTML: rendered, text: document.plainText)), body.dangerousRawHTML())
        }
    }

    /// A question's Markdown, rendered for every page that shows it: its own
    /// page (three folders down), the interview's transcript and the lists of
    /// other pages (two down), and the figure pages that quote a block of it.
    /// Each block of the answer is rendered by cmark once, and again only if
    /// one of its links leads elsewhere from two folders down than from three.
    static func render(
        question: (MarkdownSource, MarkdownDocument), answer: (MarkdownSource, MarkdownDocument),
        id: String, number: Int, rawHTML: MarkdownDocument.RawHTML
    ) -> RenderedQuestion {
        let (asked, askedDocument) = question
        let (source, document) = answer
        let answerURLs = source.urls(fromDepth: 3)
        let transcriptURLs = source.urls(fromDepth: 2)
        // The answer's headings go under the page's "Answer" (h2), in the transcript under the question's h3.
        let ownPage = document.blocksHTML(linkURLs: answerURLs, rawHTML: rawHTML, headingsBelow: 2).map { $0! }
        let differing = Set(zip(source.links, zip(answerURLs, transcriptURLs)).filter { $1.0 != $1.1 }.map { $0.0.block })
            .union(document.headingBlocks)
        let again = differing.isEmpty ? [] : document.blocksHTML(
            linkURLs: transcriptURLs, rawHTML: rawHTML, headingsBelow: 3, only: differing)
        let transcript = ownPage.indices.map { differing.contains($0) ? again[$0]! : ownPage[$0] }
        var quotes: [Int: HTML] = [:]
        for (expected, link) in zip(source.expected, source.links) where expected.figure != nil {
            quotes[link.block + 1] = HTML(unescaped: transcript[link.block])
        }
        // A quoted heading goes under the figure page's "Cited in" (h2).
        let quotedHeadings = Set(quotes.keys.map { $0 - 1 }).intersection(document.headingBlocks)
        if !quotedHeadings.isEmpty {
            let quoted = document.blocksHTML(linkURLs: transcriptURLs, rawHTML: rawHTML, headingsBelow: 2, only: quotedHeadings)
            for block in quotedHeadings { quotes[block + 1] = HTML(unescaped: quoted[block]!) }
        }
        return RenderedQuestion(
            questionHTML: HTML(unescaped: askedDocument.inlineHTML(
                linkURLs: asked.urls(fromDepth: 3), rawHTML: rawHTML)),
            questionHTMLForLists: HTML(unescaped: askedDocument.inlineHTML(
                linkURLs: asked.urls(fromDepth: 2), rawHTML: rawHTML)),
            questionText: askedDocument.plainText,
            answer: HTML(unescaped: MarkdownDocument.anchored(ownPage) { Anchors.block(number: $0 + 1) }),
            transcriptAnswer: HTML(unescaped: MarkdownDocument.anchored(transcript) {
                Anchors.block(id: Interview.transcriptAnchor(id, block: $0 + 1), number: $0 + 1, question: number)
            }),
            quotes: quotes,
            blockTexts: document.blockTexts)
    }

    static func read(root: URL, path: String) -> Result<String, Diagnostic> {
        // The listed path first; only if it is not there, the name as the disk spells it.
        guard let bytes = contents(atPath: root.path + "/" + path)
                ?? contents(atPath: ContentFiles.sourceURL(root: root, path: path).path) else {
            return .failure(.error(path, .start, "the file cannot be read; check that it exists and is readable"))
        }
        return SourceText.decode(bytes, file: path)
    }

    /// A file's bytes, read with one `read` call per chunk, without Foundation's URL and Data.
    static func contents(atPath path: String) -> [UInt8]? {
        // Non-blocking, so that a named pipe is refused instead of waited on.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return bytes(ofOpenFile: descriptor, size: Int(status.st_size))
    }

    static func isAbsoluteWebURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return false }
        return components.query == nil && components.fragment == nil
    }

    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
