import ParleyMarkdown
import ParleySite
import Templates

extension RenderedQuestion {
    /// A question's Markdown, rendered for every page that shows it: its own
    /// page (three folders down), the interview's transcript and the lists of
    /// other pages (two down), and the figure pages that quote a block of it.
    /// Each block of the answer is rendered by cmark once, and again only if
    /// one of its links leads elsewhere from two folders down than from three.
    convenience init(
        question: MarkdownSource.Parsed, answer: MarkdownSource.Parsed, id: String, number: Int,
        rawHTML: MarkdownDocument.RawHTML
    ) {
        let links = answer.source.links
        let ownURLs = answer.source.urls(fromDepth: 3)
        let transcriptURLs = answer.source.urls(fromDepth: 2)
        // The answer's headings go under the page's "Answer" (h2), in the transcript under the question's h3.
        let ownPage = answer.document.blocksHTML(linkURLs: ownURLs, rawHTML: rawHTML, headingsBelow: 2).map { $0! }
        let differing = Set(links.indices.filter { ownURLs[$0] != transcriptURLs[$0] }.map { links[$0].block })
            .union(answer.document.headingBlocks)
        let again = differing.isEmpty ? [] : answer.document.blocksHTML(
            linkURLs: transcriptURLs, rawHTML: rawHTML, headingsBelow: 3, only: differing)
        let transcript = ownPage.indices.map { differing.contains($0) ? again[$0]! : ownPage[$0] }
        var quotes: [Int: HTML] = [:]
        for (parsed, link) in zip(answer.source.parsed, links) where parsed.citedFigure != nil {
            quotes[link.block + 1] = HTML(unescaped: transcript[link.block])
        }
        // A quoted heading goes under the figure page's "Cited in" (h2).
        let quotedHeadings = Set(quotes.keys.map { $0 - 1 }).intersection(answer.document.headingBlocks)
        if !quotedHeadings.isEmpty {
            let quoted = answer.document.blocksHTML(linkURLs: transcriptURLs, rawHTML: rawHTML, headingsBelow: 2, only: quotedHeadings)
            for block in quotedHeadings { quotes[block + 1] = HTML(unescaped: quoted[block]!) }
        }
        self.init(
            questionHTML: HTML(unescaped: question.document.inlineHTML(
                linkURLs: question.source.urls(fromDepth: 3), rawHTML: rawHTML)),
            questionHTMLForLists: HTML(unescaped: question.document.inlineHTML(
                linkURLs: question.source.urls(fromDepth: 2), rawHTML: rawHTML)),
            questionText: question.document.plainText,
            answer: HTML(unescaped: MarkdownDocument.anchored(ownPage) { Anchors.block(number: $0 + 1) }),
            transcriptAnswer: HTML(unescaped: MarkdownDocument.anchored(transcript) {
                Anchors.block(id: Interview.transcriptAnchor(id, block: $0 + 1), number: $0 + 1, question: number)
            }),
            quotes: quotes,
            blockTexts: answer.document.blockTexts)
    }
}
