import Foundation

/// Reading the facts of an interview from what comes before its first
/// question: a Markdown file's front matter, and a title block in plain text
/// ("Interview of … / Conducted by … / 20th July 2020", "Interviewer: …"),
/// then the overview below it.
enum TitleBlock {
    static func read(_ preamble: [SourceBlock], frontMatter: [String: String]) -> InterviewFacts {
        var facts = InterviewFacts()
        readFrontMatter(frontMatter, into: &facts)
        var inOverview = false
        var index = 0
        while index < preamble.count {
            let block = preamble[index]
            let text = plain(block.text)
            index += 1
            let following = preamble[index...]
            if overviewHeadings.contains(text.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
                inOverview = true
            } else if text.count <= 200, let used = readLine(text, block: block, following: following, into: &facts) {
                index += used
            } else if inOverview || block.text.count >= 60 {
                facts.overview.append(block.text)
            } else {
                facts.leftOut.append(block)
            }
        }
        readOverview(into: &facts)
        if facts.date == nil, let block = preamble.first(where: { DateText.find(in: $0.text) != nil }),
           let found = DateText.find(in: block.text) {
            facts.date = .init(value: found.iso, origin: "line \(block.line)")
        }
        return facts
    }
}

private extension TitleBlock {
    static let overviewHeadings: Set<String> = ["overview", "introduction", "summary", "about", "background", "abstract"]

    /// The keys a Markdown transcript's front matter may give.
    static func readFrontMatter(_ keys: [String: String], into facts: inout InterviewFacts) {
        func fact(_ names: String...) -> InterviewFacts.Fact? {
            names.lazy.compactMap { keys[$0] }.first { !$0.isEmpty }.map { InterviewFacts.Fact(value: $0, origin: "front matter") }
        }
        facts.title = fact("title")
        facts.date = fact("date").flatMap { date in DateText.find(in: date.value).map { .init(value: $0.iso, origin: date.origin) } }
        facts.interviewee = fact("interviewee", "guest")
        facts.intervieweeRole = fact("interviewee_role", "guest_role")
        facts.interviewer = fact("interviewer", "host", "author")
        facts.interviewerRole = fact("interviewer_role", "host_role")
        facts.publisher = fact("publisher")
        facts.summary = fact("summary", "description")
    }

    /// One short line of a title block; the number of following blocks it used, or nil if it states nothing.
    static func readLine(_ text: String, block: SourceBlock, following: ArraySlice<SourceBlock>,
                         into facts: inout InterviewFacts) -> Int? {
        let origin = "line \(block.line)"
        let next = following.first
        if TextBlocks.headingLevel(block.text) == 1, facts.title == nil, !text.isEmpty {
            facts.title = .init(value: text, origin: origin)
            if let match = text.firstMatch(of: #/(?i)\binterview[ \t]+(?:of|with)[ \t]+(.+)$/#) {
                facts.meet(interviewee: Person(String(match.1)), origin: origin)
            }
            return 0
        }
        if !text.hasSuffix("."), !text.contains(". "),
           let match = text.firstMatch(of: #/(?i)\binterview(?:ed)?[ \t]+(?:of|with)[ \t]*:?[ \t]*(.*)$/#) {
            return readInterviewee(String(match.1), origin: origin, following: following, into: &facts)
        }
        if let match = text.wholeMatch(of: #/(?i)(?:conducted|interviewed|hosted|moderated)[ \t]+by[ \t]*:?[ \t]*(.*)/#) {
            let stated = String(match.1)
            guard let written = stated.isEmpty ? next.map({ plain($0.text) }) : stated else { return 0 }
            let said = withoutDate(written)
            let origin = stated.isEmpty ? "line \(next?.line ?? block.line)" : origin
            if Person.isOrganisation(said) {
                if facts.publisher == nil { facts.publisher = .init(value: tidy(said), origin: origin) }
            } else {
                facts.meet(interviewer: Person(said), origin: origin)
            }
            return stated.isEmpty ? 1 : 0
        }
        return readLabelledLine(text, origin: origin, into: &facts)
    }

    /// "Interview of Jane Doe, Minister", or "Interview of" with the name (and role) on the lines below.
    static func readInterviewee(_ stated: String, origin: String, following: ArraySlice<SourceBlock>,
                                into facts: inout InterviewFacts) -> Int {
        guard stated.isEmpty else {
            facts.meet(interviewee: Person(withoutDate(stated)), origin: origin)
            return 0
        }
        guard let next = following.first else { return 0 }
        let name = plain(next.text)
        var person = Person(name)
        var used = 1
        if name.hasSuffix(","), person?.role == nil, let role = following.dropFirst().first,
           plain(role.text).count <= 120, DateText.find(in: role.text) == nil,
           !role.text.lowercased().contains(" by") {
            person?.role = tidy(plain(role.text))
            used = 2
        }
        facts.meet(interviewee: person, origin: "line \(next.line)")
        return used
    }

    /// `Interviewer: …`, `Guest: …`, `Date: …`, `Title: …`, `Publisher: …`, or a line that is a date.
    static func readLabelledLine(_ text: String, origin: String, into facts: inout InterviewFacts) -> Int? {
        if let match = text.wholeMatch(of: #/(?i)(interviewer|host|moderator|interviewee|guest|date|title|publisher)[ \t]*:[ \t]*(.+)/#) {
            let value = String(match.2)
            switch match.1.lowercased() {
            case "interviewer", "host", "moderator": facts.meet(interviewer: Person(value), origin: origin)
            case "interviewee", "guest": facts.meet(interviewee: Person(value), origin: origin)
            case "date": if facts.date == nil, let found = DateText.find(in: value) { facts.date = .init(value: found.iso, origin: origin) }
            case "title": if facts.title == nil { facts.title = .init(value: value, origin: origin) }
            default: if facts.publisher == nil { facts.publisher = .init(value: value, origin: origin) }
            }
            return 0
        }
        if let found = DateText.find(in: text), found.length + 3 >= text.count {
            if facts.date == nil { facts.date = .init(value: found.iso, origin: origin) }
            return 0
        }
        return nil
    }

    /// Facts the overview states that the title block did not: "The interview was conducted by …".
    static func readOverview(into facts: inout InterviewFacts) {
        for paragraph in facts.overview {
            let origin = "the overview"
            if facts.date == nil, let found = DateText.find(in: paragraph) { facts.date = .init(value: found.iso, origin: origin) }
            if facts.interviewer == nil,
               let match = paragraph.firstMatch(of: #/(?i)\b(?:conducted|interviewed|hosted|moderated)[ \t]+by[ \t]+(.+)/#) {
                let said = Sentence.first(of: String(match.1))
                if !Person.isOrganisation(said) { facts.meet(interviewer: Person(said), origin: origin) }
            }
            if facts.interviewee == nil, let match = paragraph.firstMatch(of: #/(?i)\b(?:interview(?:ed)?|talks?|speaks?|spoke|conversation)[ \t]+(?:of|with|to)[ \t]+(.+)/#) {
                facts.meet(interviewee: Person(Sentence.first(of: String(match.1))), origin: origin)
            }
        }
    }

    /// A block's text without heading marks and emphasis around it.
    static func plain(_ text: String) -> String {
        var text = TextBlocks.headingLevel(text) != nil ? HeadingReader.headingText(text) : text
        for marker in ["**", "__", "*", "_"] where text.hasPrefix(marker) && text.hasSuffix(marker) && text.count > 2 * marker.count {
            text = String(text.dropFirst(marker.count).dropLast(marker.count))
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// A text with a date at its end taken off, with the dash or comma before it:
    /// `Jane Doe, Editor — 3 March 2024` → `Jane Doe, Editor`.
    static func withoutDate(_ text: String) -> String {
        guard let match = text.firstMatch(of: #/[ \t]*[—–,\-|·][ \t]*(?:on[ \t]+)?[^—–,\-|·]*\d{4}[ \t.]*$/#),
              DateText.find(in: String(match.0)) != nil
        else { return text }
        return String(text[..<match.range.lowerBound])
    }

    /// An organisation's name without a trailing comma or full stop.
    static func tidy(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ",;.")))
    }
}
