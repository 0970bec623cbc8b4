import ArgumentParser
import Foundation
import ParleyImport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a transcript (.txt, .md or .docx) into an interview of Content/, as a draft.",
        discussion: """
        Writes Content/interviews/<id>/index.md and q1.md … qN.md, questions in the order asked, \
        every question and answer paragraph as written, with 'draft: true'. The shape is recognised \
        from the text: QUESTION 1 / ANSWER or Q: / A: markers, speaker labels (HOST: … GUEST: …), \
        or Markdown question headings (## What does it cost?). An existing interview is never overwritten.

        Exit status: 0 imported (or, with --dry-run, importable); 1 nothing was written (not a transcript, \
        no questions found, the interview exists, the file cannot be read); 64 bad command-line usage.
        """
    )

    @Argument(help: ArgumentHelp("The transcript: a .txt, .md or .docx file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The interview's id (default: the interviewee's surname and the year, such as doe-2024).", valueName: "ID"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp("The site's folder, the one that holds Content/.", valueName: "DIR"))
    var site: String = "."

    @Flag(name: .long, help: "Print what was found and would be written, and write nothing.")
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp("The interview's title, if the transcript does not give it.", valueName: "TEXT"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("The interview's date, such as 2020-07-20 or '20 July 2020'.", valueName: "DATE"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("The interviewee's name.", valueName: "NAME"))
    var interviewee: String?

    @Option(name: .long, help: ArgumentHelp("The interviewer's name.", valueName: "NAME"))
    var interviewer: String?

    func run() throws {
        var options = TranscriptImport.Options(
            file: URL(fileURLWithPath: file).standardizedFileURL, fileName: file,
            root: URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL)
        options.id = id
        options.dryRun = dryRun
        options.title = title
        options.date = date
        options.interviewee = interviewee
        options.interviewer = interviewer
        switch TranscriptImport.run(options) {
        case let .success(report):
            print(ImportCommand.summary(of: report))
        case let .failure(failure):
            Console.error(failure.description + "; nothing was written.")
            throw ExitCode(1)
        }
    }

    /// The report as the editor reads it.
    static func summary(of report: TranscriptImport.Report) -> String {
        let questions = report.files.count - 1
        var lines = [(report.written ? "Imported" : "Would import") + " \(questions) \(questions == 1 ? "question" : "questions") "
            + "as interview '\(report.id)' (read as \(report.shape)):"]
        lines += report.files.map { "  " + $0.path + ($0.path.hasSuffix("/index.md") ? "" : "  " + titleLine(of: $0.text)) }
        lines.append("Found:")
        lines += report.facts.map { "  " + $0 }
        lines.append("To check:")
        lines += report.checks.map { "  - " + $0 }
        if !report.figures.isEmpty {
            lines.append("Numbers that look like key figures:")
            lines += report.figures.map { "  \($0.file):\($0.line): \($0.bold ? "**\($0.text)**" : $0.text)  →  \($0.command)" }
        }
        lines.append(report.written
            ? "It is a draft: preview it with 'parley serve --drafts', edit it, and set 'draft: false' in index.md to publish it."
            : "Nothing was written (--dry-run).")
        return lines.joined(separator: "\n")
    }

    private static func titleLine(of text: String) -> String {
        text.split(separator: "\n").first { $0.hasPrefix("title: ") }.map { String($0.dropFirst(7)) } ?? ""
    }
}
