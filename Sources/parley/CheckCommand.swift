import ArgumentParser
import Foundation
import ParleyBuild
import ParleyServe

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site as a build would, and write nothing.",
        discussion: """
        Reports every content error and warning, and every internal link or fragment of the rendered \
        pages that leads nowhere.

        Exit status: 0 no errors (warnings may have been printed); 1 errors; 64 bad command-line usage.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: ArgumentHelp("The site's folder, the one that holds Content/.", valueName: "DIR"))
    var site: String = "."

    @Flag(name: .long, help: "Include interviews marked 'draft: true'.")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("Threads to use (default: one per core).", valueName: "N"))
    var jobs: Int?

    @Option(name: .long, help: "text: compiler-style lines on standard error; json: one JSON object on standard output.")
    var format: Format = .text

    @Flag(name: .long, help: "Print errors only: no warnings and no summary (text format).")
    var quiet = false

    func validate() throws {
        if let problem = FolderArgument.siteProblem(site) { throw ValidationError(problem) }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() throws {
        let root = URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL
        let report = SiteCheck.run(.init(root: root, includeDrafts: drafts, threads: jobs))
        switch format {
        case .json:
            print(report.json)
        case .text:
            Console.print(report.diagnostics, quiet: quiet)
            if !report.succeeded {
                Console.error(Console.errorSummary(report.errors.count, report.warnings.count) + ".")
            } else if !quiet {
                let warnings = report.warnings.count
                print("Checked \(report.pages) pages (\(report.files) files): no errors"
                    + (warnings > 0 ? ", \(warnings) \(warnings == 1 ? "warning" : "warnings")" : "")
                    + "; nothing was written.")
            }
            if !quiet, let drafts = DraftNotice.line(report.drafts, command: "parley check") { print(drafts) }
        }
        if !report.succeeded { throw ExitCode(1) }
    }
}
