import ParleySite

/// The Atom feed (RFC 4287): an entry per interview and per question, with
/// their full text, dated from the content, never from the clock.
///
/// Entries carry the same HTML as the pages, whose links are relative; each
/// `content` element's `xml:base` is its page's address, so readers resolve them.
public enum Feed {
    public static let path = SitePath("feed.xml")
    /// The newest interviews the feed carries; older ones stay on the site.
    public static let interviewLimit = 20

    /// All the feed shows: the newest interviews, whole, and the date of the newest.
    public struct Input: Sendable, Equatable {
        public var settings: SiteSettings
        public var interviews: [Interview]
        public var updated: Day?

        public init(_ site: Site) {
            settings = site.settings
            interviews = Array(site.interviews.prefix(Feed.interviewLimit))
            updated = site.interviews.map(\.date).max()
        }
    }

    public static func render(_ input: Input) -> HTML {
        let settings = input.settings
        let updated = input.updated?.timestamp ?? "1970-01-01T00:00:00Z"
        var entries: [HTML] = []
        for interview in input.interviews {
            let url = settings.absoluteURL(interview.path)
            entries.append("""
            <entry>
            <title>\(interview.title)</title>
            <link rel="alternate" type="text/html" href="\(url)"/>
            <id>\(url)</id>
            <published>\(interview.date.timestamp)</published>
            <updated>\(interview.date.timestamp)</updated>
            <author><name>\(interview.interviewer)</name></author>
            <summary>\(interview.summary ?? "\(interview.title), \(interview.date.long).")</summary>
            <content type="html" xml:base="\(url)">\(interviewContent(interview).markup)</content>
            </entry>
            """)
            for question in interview.questions {
                let url = settings.absoluteURL(question.path)
                entries.append("""
                <entry>
                <title>\(interview.interviewee): \(question.title)</title>
                <link rel="alternate" type="text/html" href="\(url)"/>
                <link rel="up" type="text/html" href="\(settings.absoluteURL(interview.path))"/>
                <id>\(url)</id>
                <published>\(interview.date.timestamp)</published>
                <updated>\(interview.date.timestamp)</updated>
                <author><name>\(interview.interviewee)</name></author>
                <summary>\(question.questionText)</summary>
                <content type="html" xml:base="\(url)">\(questionContent(question, of: interview).markup)</content>
                </entry>
                """)
            }
        }
        return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(settings.language)">
        <title>\(settings.title)</title>
        \(settings.description.map { "<subtitle>\($0)</subtitle>\n" as HTML } ?? .empty)\
        <link rel="alternate" type="text/html" href="\(settings.baseURL)"/>
        <link rel="self" type="application/atom+xml" href="\(settings.absoluteURL(path))"/>
        <id>\(settings.baseURL)</id>
        <updated>\(updated)</updated>
        <author><name>\(settings.publisher ?? settings.title)</name></author>
        <generator>Parley</generator>
        \(HTML.joined(entries, separator: "\n"))
        </feed>

        """
    }

    static func interviewContent(_ interview: Interview) -> HTML {
        let questions = interview.questions.map { question -> HTML in
            """
            <h2>Question \(question.number): \(question.title)</h2>
            <p><strong>\(interview.interviewer):</strong> \(question.questionHTMLForLists)</p>
            \(question.transcriptAnswer)
            """
        }
        return "\(interview.overview)\(HTML.joined(questions, separator: "\n"))"
    }

    static func questionContent(_ question: Question, of interview: Interview) -> HTML {
        """
        <p><strong>\(interview.interviewer):</strong> \(question.questionHTML)</p>
        <p><strong>\(interview.interviewee):</strong></p>
        \(question.answer)
        """
    }
}
