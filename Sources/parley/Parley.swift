import ArgumentParser
#if Mimalloc
import CMimalloc
#endif
import Foundation
import ParleyBuild

@main
struct Parley: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Build a cross-linked static site of interviews from Markdown.",
        discussion: """
        Start a site with 'parley init'. Run it in a site's folder, the one that holds Content/. Write with 'parley new', \
        preview with 'parley serve', check with 'parley check', publish with 'parley build'.

        Exit status: 0 success; 1 content errors (nothing was written); \
        2 the output could not be written; 64 bad command-line usage.
        """,
        version: "0.1.0 (\(Parley.allocator))",
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, ImportCommand.self, InitCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// The allocator the process runs on: mimalloc when built with the
    /// Mimalloc trait, unless something (such as `LD_PRELOAD`) put another in
    /// its place; otherwise the system's.
    static var allocator: String {
        #if Mimalloc
        let block = malloc(16)
        defer { free(block) }
        let version = Int(mi_version())
        return mi_is_in_heap_region(block) ? "mimalloc \(version / 100).\(version / 10 % 10).\(version % 10)" : "system malloc"
        #else
        return "system malloc"
        #endif
    }
}
