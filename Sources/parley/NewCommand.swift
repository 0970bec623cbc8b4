import ArgumentParser
import Foundation
import ParleyServe

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new content file with its front matter filled in.",
        discussion: """
        parley new interview <interview-id>       Content/interviews/<interview-id>/index.md, dated today, a draft
        parley new question <interview-id>/<q>    Content/interviews/<interview-id>/<q>.md, numbered after the last question
        parley new topic <topic-id>               Content/topics/<topic-id>.md
        parley new figure <figure-id>             Content/figures/<figure-id>.md

        An existing file is never overwritten.

        Exit status: 0 the file was written; 1 it was not (it exists, the id is not valid, the interview \
        does not exist); 64 bad command-line usage.
        """
    )

    @Argument(help: ArgumentHelp("What to create: interview, question, topic or figure.", valueName: "kind"))
    var kind: NewContent.Kind

    @Argument(help: ArgumentHelp("Its id; for a question <interview-id>/<q>, such as <interview-id>/q2.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("The site's folder, the one that holds Content/.", valueName: "DIR"))
    var site: String = "."

    func validate() throws {
        if let problem = FolderArgument.siteProblem(site) { throw ValidationError(problem) }
    }

    func run() throws {
        let root = URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL
        switch NewContent.create(.init(root: root, kind: kind, id: id, today: NewContent.day(of: Date()))) {
        case let .success(created):
            print("Created \(created.path)" + (created.number.map { " (question \($0))" } ?? "") + ".")
            if let similar = created.similar {
                print("Note: there is already a \(kind.rawValue) '\(similar)'; if you meant that one, remove \(created.path) "
                    + "and link to '\(similar)' instead.")
            }
            if kind == .interview {
                print("It is a draft: preview it with 'parley serve --drafts', and set 'draft: false' to publish it.")
            }
        case let .failure(failure):
            Console.error("error: \(failure)")
            throw ExitCode(1)
        }
    }

}

extension NewContent.Kind: ExpressibleByArgument {}
