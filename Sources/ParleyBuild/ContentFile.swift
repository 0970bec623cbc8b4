import ParleyMarkdown
import ParleySite

/// One Markdown file of `Content/`, read and split, loaded as the kind its
/// place in `Content/` says it is: front matter checked against that kind's
/// schema, Markdown parsed and rendered.
struct ContentFile {
    /// `Content/…`
    var path: String
    var source: SourceText
    /// How raw HTML in the Markdown is rendered (`unsafe_html`).
    var rawHTML: MarkdownDocument.RawHTML

    func interview(_ id: String) -> Loader.Outcome {
        var fields = frontMatter(.interview)
        let title = fields.text("title"), date = fields.day("date")
        let interviewee = fields.text("interviewee"), interviewer = fields.text("interviewer")
        let intervieweeRole = fields.text("interviewee_role"), interviewerRole = fields.text("interviewer_role")
        let publisher = fields.text("publisher"), summary = fields.text("summary")
        let draft = fields.bool("draft")
        guard fields.diagnostics.isEmpty, let title, let date, let interviewee, let interviewer else {
            return Loader.Outcome(file: nil, diagnostics: fields.diagnostics)
        }
        let overview = body(shownOn: .interview(id))
        let interview = LoadedInterview(
            file: path, id: id, title: title, date: date, interviewee: interviewee,
            intervieweeRole: intervieweeRole, interviewer: interviewer, interviewerRole: interviewerRole,
            publisher: publisher, summary: summary, draft: draft ?? false, overview: overview.source,
            overviewHTML: overview.html(fromDepth: 2, rawHTML: rawHTML, headingsBelow: 2))
        return Loader.Outcome(file: .interview(interview), diagnostics: overview.source.dangerousRawHTML())
    }

    func question(_ reference: QuestionReference) -> Loader.Outcome {
        var fields = frontMatter(.question)
        let number = fields.integer("number"), title = fields.text("title")
        let question = fields.text("question"), topics = fields.ids("topics")
        if let number, number < 1, let position = fields.textPosition("number") {
            fields.report(position, "'number' must be 1 or more; it sets the question's place in the interview: give the first question 'number: 1'")
        }
        guard fields.diagnostics.isEmpty, let number, let title, let question,
              let numberPosition = fields.textPosition("number"),
              let questionPosition = fields.textPosition("question")
        else { return Loader.Outcome(file: nil, diagnostics: fields.diagnostics) }
        // A quoted or plain value starts mid-line; a block scalar (`|`, `>`) on a line of its own.
        let block = fields.style("question") == .literal || fields.style("question") == .folded
        let asked = MarkdownSource.parse(question, file: path, page: .question(reference), firstLine: questionPosition.line,
                                         firstLineIndent: block ? 0 : questionPosition.column - 1)
        if !asked.document.isInline {
            fields.report(questionPosition, "'question' must be one paragraph of inline Markdown, without lists, headings or blank lines: "
                          + "write the question as one paragraph, and put the rest in the answer")
            return Loader.Outcome(file: nil, diagnostics: fields.diagnostics)
        }
        let answer = body(shownOn: .question(reference))
        let loaded = LoadedQuestion(
            file: path, interviewID: reference.interviewID, id: reference.questionID, number: number,
            numberPosition: numberPosition, title: title, question: asked.source, questionPosition: questionPosition,
            topics: topics ?? [], answer: answer.source,
            rendered: RenderedQuestion(question: asked, answer: answer, id: reference.questionID, number: number, rawHTML: rawHTML))
        return Loader.Outcome(file: .question(loaded),
                              diagnostics: asked.source.dangerousRawHTML() + answer.source.dangerousRawHTML())
    }

    func topic(_ id: String) -> Loader.Outcome {
        var fields = frontMatter(.topic)
        let title = fields.text("title"), summary = fields.text("summary")
        guard fields.diagnostics.isEmpty, let title else { return Loader.Outcome(file: nil, diagnostics: fields.diagnostics) }
        let description = body(shownOn: .topic(id))
        let topic = LoadedTopic(file: path, id: id, title: title, summary: summary, description: description.source,
                                descriptionHTML: description.html(fromDepth: 2, rawHTML: rawHTML, headingsBelow: 1))
        return Loader.Outcome(file: .topic(topic), diagnostics: description.source.dangerousRawHTML())
    }

    func figure(_ id: String) -> Loader.Outcome {
        var fields = frontMatter(.figure)
        let value = fields.text("value"), label = fields.text("label")
        let sourceName = fields.text("source"), period = fields.text("period")
        let topics = fields.ids("topics")
        guard fields.diagnostics.isEmpty, let value, let label else {
            return Loader.Outcome(file: nil, diagnostics: fields.diagnostics)
        }
        let context = body(shownOn: .figure(id))
        let figure = LoadedFigure(
            file: path, id: id, value: value, label: label, source: sourceName, period: period,
            topics: topics ?? [], context: context.source,
            contextHTML: context.html(fromDepth: 2, rawHTML: rawHTML, headingsBelow: 1))
        return Loader.Outcome(file: .figure(figure), diagnostics: context.source.dangerousRawHTML())
    }

    func page(_ id: String) -> Loader.Outcome {
        var fields = frontMatter(.page)
        let title = fields.text("title"), description = fields.text("description")
        guard fields.diagnostics.isEmpty, let title else { return Loader.Outcome(file: nil, diagnostics: fields.diagnostics) }
        let body = body(shownOn: .page(id))
        let page = LoadedPage(file: path, id: id, title: title, description: description, body: body.source,
                              bodyHTML: body.html(fromDepth: 1, rawHTML: rawHTML, headingsBelow: 1),
                              text: body.document.plainText)
        return Loader.Outcome(file: .page(page), diagnostics: body.source.dangerousRawHTML())
    }
}

private extension ContentFile {
    func frontMatter(_ schema: Schema) -> FrontMatter {
        FrontMatter(yaml: source.yaml, firstLine: source.yamlFirstLine, file: path, schema: schema)
    }

    /// The Markdown body, parsed; `page` is where its `#fragment` links lead.
    func body(shownOn page: PageReference) -> MarkdownSource.Parsed {
        MarkdownSource.parse(source.body, file: path, page: page, firstLine: source.bodyFirstLine)
    }
}
