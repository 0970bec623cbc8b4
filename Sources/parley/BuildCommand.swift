import ArgumentParser
import Foundation
import ParleyBuild
import ParleyServe

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build Content/ into Public/ (or --output).",
        discussion: """
        Nothing is written unless the whole site builds without error; files whose \
        bytes are unchanged are not rewritten; files Parley wrote before and no longer \
        makes are removed; nothing else in the output folder is touched.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The site's folder, the one that holds Content/.", valueName: "DIR"))
    var site: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: Public/ in the site's folder).", valueName: "DIR"))
    var output: String?

    @Flag(name: .long, help: "Include interviews marked 'draft: true'.")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("Threads to use (default: one per core). The output is the same whatever the number.", valueName: "N"))
    var jobs: Int?

    @Flag(name: .long, help: "Print errors only: no warnings, no summary.")
    var quiet = false

    @Flag(name: .long, help: "Print the time of each phase after the summary.")
    var timings = false

    func validate() throws {
        if let problem = FolderArgument.siteProblem(site) { throw ValidationError(problem) }
        if let output, let problem = FolderArgument.outputProblem(output) { throw ValidationError(problem) }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() throws {
        let root = URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
        let report = Build.run(.init(root: root, output: outputURL, includeDrafts: drafts, threads: jobs))
        Console.print(report.diagnostics, quiet: quiet)
        if let failure = report.failure {
            Console.error("error: \(failure)")
            throw ExitCode(2)
        }
        guard report.succeeded else {
            Console.error(Console.errorSummary(report.errors.count, report.warnings.count) + "; nothing was written.")
            throw ExitCode(1)
        }
        if !quiet {
            let folder = outputURL.map { $0.path } ?? "Public/"
            let counts = report.counts
            print("Built \(report.pages) pages (\(report.files) files) into \(folder): "
                + "\(counts.written) written, \(counts.unchanged) unchanged, \(counts.removed) removed, "
                + "in \(String(format: "%.2f", report.seconds)) s.")
            if let drafts = DraftNotice.line(report.drafts, command: "parley build") { print(drafts) }
            if timings {
                for timing in report.timings {
                    print("  \(timing.phase): \(String(format: "%.3f", timing.seconds)) s")
                }
                print("  (thread time rendering pages: \(String(format: "%.3f", report.busy.making)) s, "
                    + "writing files: \(String(format: "%.3f", report.busy.writing)) s)")
            }
        }
    }
}
