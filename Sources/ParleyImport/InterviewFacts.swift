/// What a transcript states about its interview, each fact with where it was found.
struct InterviewFacts {
    /// A value and where it came from, for the summary: `line 14`, `front matter`, `--date`.
    struct Fact: Equatable {
        var value: String
        var origin: String
    }

    var title: Fact?
    /// `YYYY-MM-DD`.
    var date: Fact?
    var interviewee: Fact?
    var intervieweeRole: Fact?
    var interviewer: Fact?
    var interviewerRole: Fact?
    var publisher: Fact?
    var summary: Fact?
    /// The overview's paragraphs, the interview's body.
    var overview: [String] = []
    /// Paragraphs before the first question that are neither a fact nor the overview.
    var leftOut: [SourceBlock] = []

    /// Sets the interviewee (and role) from a person, unless already known.
    mutating func meet(interviewee person: Person?, origin: String) {
        guard interviewee == nil, let person else { return }
        interviewee = Fact(value: person.name, origin: origin)
        if intervieweeRole == nil, let role = person.role { intervieweeRole = Fact(value: role, origin: origin) }
    }

    /// Sets the interviewer (and role) from a person, unless already known.
    mutating func meet(interviewer person: Person?, origin: String) {
        guard interviewer == nil, let person else { return }
        interviewer = Fact(value: person.name, origin: origin)
        if interviewerRole == nil, let role = person.role { interviewerRole = Fact(value: role, origin: origin) }
    }
}
