// parley-benchmark: times a full build of a site, then a rebuild after one
// answer changed, in one process (as `parley serve` rebuilds).
//
//   swift run -c release parley-benchmark --site DIR [--output DIR] [--jobs N] [--answer FILE] [--rebuilds N] [--index-share N]
//
// Prints the wall time of each phase, pages per second, MB/s of Markdown, the
// peak resident memory, and the rebuild's time, files parsed and pages rendered;
// then the median of 2N more rebuilds (N = 10 unless --rebuilds says otherwise).
// With --index-share N, N more pairs of full builds into new folders, one with
// the search index and one without, one after the other: what the index adds.
// Like `parley`, it runs on mimalloc when built with the Mimalloc trait, and says
// which allocator it runs on.
#if Mimalloc
import CMimalloc
#endif
import Foundation
import ParleyBuild

#if canImport(Glibc)
import Glibc
#endif

func argument(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func peakMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// mimalloc, as linked in with the Mimalloc trait, unless something (such as
/// `LD_PRELOAD`) put another allocator in its place; otherwise the system's.
func allocator() -> String {
    #if Mimalloc
    let block = malloc(16)
    defer { free(block) }
    let version = Int(mi_version())
    return mi_is_in_heap_region(block) ? "mimalloc \(version / 100).\(version / 10 % 10).\(version % 10)" : "system malloc"
    #else
    return "system malloc"
    #endif
}

/// The middle value (the upper of the two middle ones for an even count).
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func seconds(_ work: () -> Build.Report) -> (Build.Report, Double) {
    let start = DispatchTime.now()
    let report = work()
    return (report, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
}

guard let sitePath = argument("--site") else {
    FileHandle.standardError.write(Data("usage: parley-benchmark --site DIR [--output DIR] [--jobs N] [--answer FILE] [--rebuilds N] [--index-share N]\n".utf8))
    exit(64)
}
let root = URL(fileURLWithPath: sitePath).standardizedFileURL
let output = URL(fileURLWithPath: argument("--output") ?? NSTemporaryDirectory() + "parley-benchmark-\(getpid())")
let threads = argument("--jobs").flatMap(Int.init)
let content = root.appendingPathComponent("Content")
var markdownFiles: [URL] = []
var markdownBytes = 0
for case let url as URL in FileManager.default.enumerator(at: content, includingPropertiesForKeys: [.fileSizeKey])!
where url.pathExtension == "md" {
    markdownFiles.append(url)
    markdownBytes += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
}

let session = BuildSession(.init(root: root, output: output, threads: threads))
let (full, fullSeconds) = seconds { session.build() }
guard full.succeeded else {
    print(full.diagnostics.prefix(20).map(\.description).joined(separator: "\n"), full.failure ?? "")
    exit(1)
}
print("allocator: \(allocator())")
print("full build: \(full.pages) pages, \(full.files) files, \(markdownFiles.count) Markdown files (\(String(format: "%.1f", Double(markdownBytes) / 1e6)) MB)")
func phases(_ report: Build.Report) {
    for timing in report.timings {
        print("  " + timing.phase.padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: " %7.3f s", timing.seconds))
    }
    print(String(format: "    (of which, in thread time: rendering pages %.3f s, writing files %.3f s)", report.busy.making, report.busy.writing))
}
phases(full)
print(String(format: "  total                    %7.3f s   %.0f pages/s   %.1f MB/s of Markdown   peak RSS %.0f MiB",
             fullSeconds, Double(full.pages) / fullSeconds, Double(markdownBytes) / 1e6 / fullSeconds, peakMiB()))

let answer = argument("--answer").map { URL(fileURLWithPath: $0) }
    ?? markdownFiles.filter { $0.lastPathComponent == "q3.md" }.sorted { $0.path < $1.path }.first!
let original = try Data(contentsOf: answer)
try (original + Data("\nOne more sentence for the benchmark.\n".utf8)).write(to: answer)
let (rebuild, rebuildSeconds) = seconds { session.build() }
try original.write(to: answer)
print("rebuild after one answer changed (\(answer.lastPathComponent) of \(answer.deletingLastPathComponent().lastPathComponent)):")
phases(rebuild)
print(String(format: "  total                    %7.3f s = %.1f%% of the full build; parsed %d files, %@, rendered %d pages, wrote %d files",
             rebuildSeconds, 100 * rebuildSeconds / fullSeconds, rebuild.parsed,
             rebuild.relinked.map { "linked \($0) alone" } ?? "linked the whole site", rebuild.rendered, rebuild.counts.written))
let (back, backSeconds) = seconds { session.build() }
print(String(format: "rebuild after undoing it: %.3f s, wrote %d files", backSeconds, back.counts.written))

// More rebuilds, changing the answer and back, for a median less at the mercy of the disk.
let rounds = argument("--rebuilds").flatMap(Int.init) ?? 10
var times: [Double] = []
for round in 0..<rounds {
    try (original + Data("\nOne more sentence, round \(round).\n".utf8)).write(to: answer)
    times.append(seconds { session.build() }.1)
    try original.write(to: answer)
    times.append(seconds { session.build() }.1)
}
if !times.isEmpty {
    let middle = median(times)
    print(String(format: "%d more rebuilds: median %.3f s = %.1f%% of the full build, fastest %.3f s, slowest %.3f s",
                 times.count, middle, 100 * middle / fullSeconds, times.min()!, times.max()!))
}

// Full builds with and without the search index, each pair one after the
// other so that both meet the machine in the same state.
if let pairs = argument("--index-share").flatMap(Int.init), pairs > 0 {
    func fullBuild(searchIndex: Bool, into folder: URL) -> Double {
        try? FileManager.default.removeItem(at: folder)
        var options = Build.Options(root: root, output: folder, threads: threads)
        options.searchIndex = searchIndex
        return seconds { Build.run(options) }.1
    }
    var with: [Double] = [], without: [Double] = [], ratios: [Double] = []
    // Beside the output folder, not in it, and removed again.
    let withIndex = URL(fileURLWithPath: output.path + "-with-index"), withoutIndex = URL(fileURLWithPath: output.path + "-without-index")
    for pair in 0..<pairs {
        with.append(fullBuild(searchIndex: true, into: withIndex))
        without.append(fullBuild(searchIndex: false, into: withoutIndex))
        ratios.append(with[pair] / without[pair])
    }
    try? FileManager.default.removeItem(at: withIndex)
    try? FileManager.default.removeItem(at: withoutIndex)
    print(String(format: "search index: full builds %.3f s with it, %.3f s without (medians of %d pairs); it adds %.0f%% (median of the pairs' ratios)",
                 median(with), median(without), pairs, 100 * (median(ratios) - 1)))
}
