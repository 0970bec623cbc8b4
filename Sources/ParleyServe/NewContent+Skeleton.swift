import ParleySite

extension NewContent {
    /// The text of each kind of new file. Placeholders are plain words that
    /// build without error, so the site previews at once; optional keys are
    /// comments to fill in or delete.
    enum Skeleton {
        static func interview(id: String, date: Day) -> String {
            """
            ---
            title: "Interview: \(title(from: id))"
            date: \(date.iso)
            interviewee: "The interviewee's name"
            # interviewee_role: "Their position"
            interviewer: "The interviewer's name"
            # interviewer_role: "Their position"
            # publisher: "The organisation that publishes the interview"
            # summary: "One paragraph, for lists, the feed and search engines."
            draft: true                             # set to false to publish it
            ---

            The overview, in Markdown. Add questions with `parley new question \(id)/q1`.

            """
        }

        static func question(number: Int) -> String {
            """
            ---
            number: \(number)
            title: "Question \(number)"
            question: "The question, as it was asked?"
            # topics:
            #   - topic-id
            ---

            The answer, in Markdown: every paragraph as it was said.

            """
        }

        static func topic(id: String) -> String {
            """
            ---
            title: "\(title(from: id))"
            # summary: "One sentence, shown in lists."
            ---

            """
        }

        static func figure(id: String) -> String {
            """
            ---
            value: "0"                              # the figure as printed, quoted: "288", "22.5%"
            label: "\(title(from: id).lowercased())"
            # source: "Who reported it"
            # period: "The time it covers"
            # topics:
            #   - topic-id
            ---

            """
        }

        /// `drug-trafficking` → `Drug trafficking`; ids hold only letters, digits and `-`.
        static func title(from id: String) -> String {
            let words = id.split(separator: "-").joined(separator: " ")
            return words.prefix(1).uppercased() + words.dropFirst()
        }
    }
}
