import Foundation
import ParleySite

/// `parley init`: a new site that builds as it is, with every key of
/// `site.yml` (the optional ones as comments that explain them), and one
/// example of each kind of content file, linked together.
public enum SiteSkeleton {
    /// What was written: paths relative to the new site's folder, sorted.
    public struct Created: Sendable, Equatable {
        public var folder: URL
        public var paths: [String]
    }

    /// Why nothing was written.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The folder already holds a `Content/`.
        case exists(String)
        case io(String)

        public var description: String {
            switch self {
            case let .exists(message), let .io(message): return message
            }
        }
    }

    /// Writes the new site into `folder` (made if missing); never into one that holds `Content/`.
    ///
    /// - Parameter today: the example interview's date, the caller's today.
    public static func create(in folder: URL, today: Day) -> Result<Created, Failure> {
        let content = folder.appendingPathComponent("Content")
        if FileManager.default.fileExists(atPath: content.path) {
            return .failure(.exists("\(content.path) already exists; parley init starts a new site only in a folder "
                + "without Content/ (nothing was changed)"))
        }
        let files = SiteSkeleton.files(today: today)
        let paths = files.keys.sorted()
        do {
            for path in paths {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(files[path]!.utf8).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            return .failure(.io("cannot write the new site in \(folder.path): \(error.localizedDescription)"))
        }
        return .success(Created(folder: folder, paths: paths))
    }

    /// Path under the new site's folder → text.
    static func files(today: Day) -> [String: String] {
        [
            "Content/site.yml": settings,
            "Content/interviews/example-interview/index.md": interview(today),
            "Content/interviews/example-interview/q1.md": question,
            "Content/topics/example-topic.md": topic,
            "Content/figures/example-figure.md": figure,
            "Content/pages/about.md": about,
        ]
    }

    static let settings = """
        # The site's settings. Keys that start with '#' are optional: remove the '#' to use one.
        title: "Example Institute"                  # the site's name, shown in every page's header
        base_url: "https://example.org/interviews/" # where the site is published (canonical links, sitemap, feed)

        # language: en                              # BCP 47 tag of the content, for <html lang>
        # description: "Interviews with the people who make policy."   # the home page's description
        # publisher: "Example Institute"            # who publishes the site, for citations and the feed
        # unsafe_html: false                        # true passes raw HTML written in Markdown through

        # Make it your own. Every path is relative to Content/.
        # logo: images/logo.svg                     # SVG, PNG, WebP or JPEG in every page's header; its alt text is the title
        # accent: "#1a4f8b"                         # links, buttons, figure numbers; must reach 4.5:1 on the page (WCAG AA),
        #                                           # Parley derives the dark-mode shade itself
        # nav:                                      # links in the header after Parley's own
        #   - label: About us
        #     url: page:about                       # a page of Content/pages/, or topic:…, figure:…, …
        #   - label: Main site
        #     url: https://example.org/             # or an http(s) address
        # footer: "© Example Institute · [About us](page:about)"   # inline Markdown on every page
        # stylesheet: css/site.css                  # a CSS file loaded after Parley's own
        # favicon: images/icon.png                  # the icon browsers show in tabs

        """

    static func interview(_ today: Day) -> String {
        """
        ---
        title: "An example interview"
        date: \(today.iso)
        interviewee: "Alex Example"
        interviewee_role: "Director of Research"
        interviewer: "Sam Sample"
        summary: "An example to replace: one question, a topic and a key figure, linked together."
        ---

        This overview introduces the interview. Its [first question](question:example-interview/q1) cites a
        [key figure](figure:example-figure); read more [about us](page:about).

        Add questions with `parley new question example-interview/q2`.

        """
    }

    static let question = """
        ---
        number: 1
        title: "What the example shows"
        question: "What does a question of an interview look like?"
        topics:
          - example-topic
        ---

        Each paragraph of the answer is a block that can be linked to. This one cites
        [42 example figures](figure:example-figure), which the figure's page shows in return.

        See also the [example topic](../../topics/example-topic.md).

        """

    static let topic = """
        ---
        title: "Example topic"
        summary: "What this topic is about, in one sentence."
        ---

        A topic gathers the questions and figures on it, across interviews.

        """

    static let figure = """
        ---
        value: "42"
        label: "example figures"
        source: "Example Institute"
        period: "one year"
        topics:
          - example-topic
        ---

        A key figure is a number cited in an answer.

        """

    static let about = """
        ---
        title: "About us"
        description: "Who publishes these interviews, and how to reach us."
        ---

        Say here who you are, what these interviews are for, and how to reach you.
        Link to it from `nav` or `footer` in site.yml as `page:about`.

        """
}
