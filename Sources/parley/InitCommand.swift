import ArgumentParser
import Foundation
import ParleyServe

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new site: Content/ with site.yml, an example interview, topic, figure and About page.",
        discussion: """
        parley init my-site      writes my-site/Content/…, ready to build
        parley init              the same, in the current folder

        A folder that already holds Content/ is left as it is.

        Exit status: 0 the site was written; 1 it was not (Content/ exists, or it could not be written); \
        64 bad command-line usage.
        """
    )

    @Argument(help: ArgumentHelp("The new site's folder; made if missing.", valueName: "DIR"))
    var folder: String = "."

    func run() throws {
        let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        switch SiteSkeleton.create(in: root, today: NewContent.day(of: Date())) {
        case let .success(created):
            print("Created a new site in \(created.folder.path):")
            for path in created.paths { print("  \(path)") }
            let site = folder == "." ? "" : " --site \(folder)"
            print("Preview it with 'parley serve\(site)', publish it with 'parley build\(site)' (into Public/).")
        case let .failure(failure):
            Console.error("error: \(failure)")
            throw ExitCode(1)
        }
    }
}
