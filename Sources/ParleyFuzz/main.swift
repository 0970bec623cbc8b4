import Foundation

/// parley-fuzz: mutates the seed site and runs load → parse → link → render on
/// each case in-process, until the time is up.
///
///     parley-fuzz [--seconds S] [--seed N] [--cases N] [--timeout S]
///                 [--site DIR] [--corpus DIR] [--crashers DIR] [--replay FILE ...]
///
/// A crash, a hang (a case longer than --timeout) or a broken invariant is a
/// finding, saved as a case file in the crashers folder; a case whose
/// diagnostics are of a kind not seen before is saved in the corpus, and cases
/// are mutated from the seed site and the corpus. Exit status: 0 nothing found,
/// 1 an invariant broke, 3 a hang or runaway memory (a crash dies of its signal).
struct Options {
    var seconds = 60.0
    var seed = UInt64(Date().timeIntervalSince1970 * 1000)
    var cases = Int.max
    var timeout = 5.0
    var site = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    var corpus = URL(fileURLWithPath: "Tests/Fuzz/corpus")
    var crashers = URL(fileURLWithPath: "Tests/Fuzz/crashers")
    var replay: [URL] = []
    /// At most this many files in the corpus folder.
    var corpusLimit = 30

    init(_ arguments: [String]) {
        var rest = arguments[...]
        func value(_ name: String) -> String {
            guard let value = rest.popFirst() else { fail("\(name) needs a value") }
            return value
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--seconds": seconds = Double(value(argument)) ?? seconds
            case "--seed": seed = UInt64(value(argument)) ?? seed
            case "--cases": cases = Int(value(argument)) ?? cases
            case "--timeout": timeout = Double(value(argument)) ?? timeout
            case "--site": site = URL(fileURLWithPath: value(argument))
            case "--corpus": corpus = URL(fileURLWithPath: value(argument))
            case "--crashers": crashers = URL(fileURLWithPath: value(argument))
            case "--replay":
                while let file = rest.first, !file.hasPrefix("--") { replay.append(URL(fileURLWithPath: file)); rest.removeFirst() }
            default: fail("unknown option \(argument)")
            }
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("parley-fuzz: \(message)\n".utf8))
    exit(64)
}

func log(_ message: String) {
    FileHandle.standardError.write(Data("parley-fuzz: \(message)\n".utf8))
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let seedSite = SiteFiles.read(options.site.appendingPathComponent("Content"))
    .reduce(into: [String: [UInt8]]()) { $0["Content/" + $1.key] = $1.value }
guard seedSite["Content/site.yml"] != nil else { fail("no Content/site.yml in \(options.site.path)") }
try? FileManager.default.createDirectory(at: options.corpus, withIntermediateDirectories: true)
try? FileManager.default.createDirectory(at: options.crashers, withIntermediateDirectories: true)

let work = FileManager.default.temporaryDirectory.appendingPathComponent("parley-fuzz-\(getpid())")
let root = work.appendingPathComponent("site")
try? FileManager.default.removeItem(at: work)
do { try SiteFiles.sync(root, from: [:], to: seedSite) } catch { fail("cannot write \(root.path): \(error)") }
var onDisk = seedSite
var caseNumber = 0

let watchdog = Watchdog(crashers: options.crashers, timeout: options.timeout, memoryLimit: 4 << 30)
watchdog.start()

/// Runs one case; returns its outcome.
@MainActor
func run(_ fuzzCase: FuzzCase, name: String, threads: Int, drafts: Bool) -> Outcome {
    let files = fuzzCase.applied(to: seedSite)
    watchdog.begin(fuzzCase, name: name)
    defer { watchdog.end() }
    do { try SiteFiles.sync(root, from: onDisk, to: files) } catch { fail("cannot write the case: \(error)") }
    onDisk = files
    caseNumber += 1
    return Invariants.run(root: root, files: files, threads: threads, drafts: drafts, sample: caseNumber)
}

var findings = 0
var seenFindings: Set<String> = []
@MainActor
func report(_ outcome: Outcome, _ fuzzCase: FuzzCase, name: String) {
    for finding in outcome.findings {
        let kind = Invariants.kinds(of: [.error("", .start, finding)]).first ?? finding
        guard seenFindings.insert(kind).inserted else { continue }
        findings += 1
        var saved = fuzzCase
        saved.notes.append("finding: \(finding)")
        let url = options.crashers.appendingPathComponent("invariant-\(name).case")
        try? saved.serialized.write(to: url)
        log("FINDING: \(finding); saved \(url.path)")
    }
}

// MARK: - Replay

if !options.replay.isEmpty {
    for url in options.replay {
        guard let data = FileManager.default.contents(atPath: url.path), let fuzzCase = FuzzCase(data) else {
            fail("\(url.path) is not a parley-fuzz case")
        }
        let outcome = run(fuzzCase, name: "replay", threads: 2, drafts: false)
        print("\(url.lastPathComponent): \(outcome.signature.replacingOccurrences(of: "\n", with: " | "))")
        report(outcome, fuzzCase, name: url.deletingPathExtension().lastPathComponent)
    }
    exit(findings == 0 ? 0 : 1)
}

// MARK: - Corpus

var corpus: [FuzzCase] = [FuzzCase()]
var signatures: Set<String> = []
let corpusFiles = ((try? FileManager.default.contentsOfDirectory(atPath: options.corpus.path)) ?? [])
    .filter { $0.hasSuffix(".case") }.sorted()
for name in corpusFiles {
    guard let data = FileManager.default.contents(atPath: options.corpus.appendingPathComponent(name).path),
          let fuzzCase = FuzzCase(data) else { continue }
    corpus.append(fuzzCase)
    let outcome = run(fuzzCase, name: "corpus-" + name, threads: 1, drafts: false)
    signatures.formUnion(outcome.kinds)
    report(outcome, fuzzCase, name: "corpus-" + name.dropLast(5))
}
signatures.formUnion(run(FuzzCase(), name: "seed", threads: 1, drafts: false).kinds)
var corpusCount = corpusFiles.count
log("seed \(options.seed): \(seedSite.count) seed files, \(corpus.count - 1) corpus cases, \(signatures.count) kinds of outcome known")

// MARK: - Fuzzing

var mutator = Mutator(seed: options.seed, site: seedSite)
let seedPaths = seedSite.keys.sorted()
let began = Date()
var lastReport = began
var count = 0, built = 0
while count < options.cases, Date().timeIntervalSince(began) < options.seconds {
    count += 1
    // Half the cases start from the seed site itself, which builds.
    var fuzzCase = mutator.chance(50) ? FuzzCase() : mutator.pick(corpus)
    var files = fuzzCase.applied(to: seedSite)
    let paths = files.keys.sorted()
    for _ in 0..<mutator.int(1..<3) {
        switch mutator.int(0..<100) {
        case 0..<4:
            // A new file: a copy of a content file at another place.
            let source = mutator.pick(paths.filter { $0.hasSuffix(".md") })
            fuzzCase.changes[mutator.pick(mutator.newPaths)] = files[source]
        case 4..<6:
            if let victim = paths.filter({ $0 != "Content/site.yml" }).randomElement(using: &mutator.random) {
                fuzzCase.changes[victim] = .some(nil)
            }
        case 6..<9:
            var site = files["Content/site.yml"] ?? []
            site += Array("\nunsafe_html: true\n".utf8)
            fuzzCase.changes["Content/site.yml"] = site
        case 9..<45:
            // Keep the case valid more often than not, so that it renders.
            let path = mutator.pick(paths.filter { $0.hasSuffix(".md") })
            guard let bytes = files[path] else { continue }
            fuzzCase.changes[path] = mutator.mutateBody(bytes)
        default:
            let path = mutator.pick(paths)
            guard var bytes = files[path] else { continue }
            let other = files[mutator.pick(paths)] ?? []
            for _ in 0..<mutator.int(1..<5) { bytes = mutator.mutate(bytes, other: other) }
            fuzzCase.changes[path] = bytes
        }
        files = fuzzCase.applied(to: seedSite)
    }
    // Keep the case an overlay: drop changes that give back the seed's bytes.
    for (path, bytes) in fuzzCase.changes where bytes == seedSite[path] { fuzzCase.changes[path] = nil }
    fuzzCase.notes = ["seed \(options.seed), case \(count)"]

    let name = "\(options.seed)-\(count)"
    let outcome = run(fuzzCase, name: name, threads: mutator.chance(25) ? 2 : 1, drafts: mutator.chance(10))
    report(outcome, fuzzCase, name: name)
    if outcome.kinds.contains("built") { built += 1 }
    if !outcome.kinds.isSubset(of: signatures), outcome.findings.isEmpty {
        signatures.formUnion(outcome.kinds)
        let size = fuzzCase.serialized.count
        if corpusCount < options.corpusLimit, size < 16 << 10 {
            corpusCount += 1
            corpus.append(fuzzCase)
            try? fuzzCase.serialized.write(to: options.corpus.appendingPathComponent("\(name).case"))
        } else if size < 16 << 10 {
            corpus.append(fuzzCase)
        }
    }
    if Date().timeIntervalSince(lastReport) > 30 {
        lastReport = Date()
        log("\(count) cases (\(built) built), \(signatures.count) kinds of outcome, \(findings) findings, \(Int(lastReport.timeIntervalSince(began))) s")
    }
}
try? FileManager.default.removeItem(at: work)
try? FileManager.default.removeItem(at: watchdog.lastCase)
print("parley-fuzz: \(count) cases (\(built) built) in \(String(format: "%.0f", Date().timeIntervalSince(began))) s, "
    + "\(signatures.count) kinds of outcome, \(findings) findings (seed \(options.seed))")
exit(findings == 0 ? 0 : 1)
