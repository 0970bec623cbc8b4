import Foundation
import ParleySite

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a rendered site into an output folder without losing anything:
/// a file whose bytes are unchanged is left alone, every other is written
/// under a temporary name and renamed into place, and only files that Parley's
/// own manifest lists are ever removed.
public struct OutputWriter {
    /// The list of files Parley wrote, kept in the output folder.
    public static let manifestName = ".parley-manifest"
    /// The file two builds into one folder lock (`flock`), so that they take
    /// turns; it exists only while a build writes.
    public static let lockName = ".parley-lock"
    static let manifestHeader = "# Files written by parley build. Parley removes only files listed here.\n"

    public struct Counts: Sendable, Equatable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0

        public init(written: Int = 0, unchanged: Int = 0, removed: Int = 0) {
            self.written = written
            self.unchanged = unchanged
            self.removed = removed
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case unsafeOutput(String)
        case notOurs(String)
        case io(String)
        /// Another build held the output folder's lock for longer than the writer waits.
        case busy(String)

        public var description: String {
            switch self {
            case let .unsafeOutput(message), let .notOurs(message), let .io(message), let .busy(message): return message
            }
        }
    }

    let folder: URL
    /// `folder.path`, worked out once: `URL.path` is slow for tens of thousands of files.
    let base: String
    let threads: Int
    /// How long to wait for another build that is writing into the same folder.
    let lockWait: Double

    public init(folder: URL, threads: Int, lockWait: Double = 30) {
        self.folder = folder.standardizedFileURL
        base = self.folder.path
        self.threads = threads
        self.lockWait = lockWait
    }

    /// Refuses output folders where writing or removing files could destroy
    /// something: `/`, the home folder, the site's folder or its `Content/`.
    public static func checkSafe(output: URL, root: URL) throws {
        let output = output.standardizedFileURL.resolvingSymlinksInPath().path
        let root = root.standardizedFileURL.resolvingSymlinksInPath().path
        let content = root + "/" + ContentFiles.folder
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        if output == "/" || output == home || output == root {
            throw Failure.unsafeOutput("refusing to write the site into \(output): choose a folder of its own, such as \(root)/Public")
        }
        if output == content || output.hasPrefix(content + "/") {
            throw Failure.unsafeOutput("refusing to write the site inside Content/ (\(output)): the output would become content")
        }
        if root.hasPrefix(output + "/") {
            throw Failure.unsafeOutput("refusing to write the site into \(output), which holds the site's own folder")
        }
    }

    /// Writes `files`; returns how many were written, unchanged and removed.
    ///
    /// - Parameter known: files this writer's caller knows it wrote with the
    ///   same bytes into this folder before (a rebuild in the same process);
    ///   they count as unchanged without being read back.
    public func write(_ files: [OutputFile], known: Set<SitePath> = []) throws -> Counts {
        try write(paths: files.map(\.path), known: files.map { known.contains($0.path) }) { .data(files[$0].bytes) }.counts
    }

    /// Thread time spent making files' bytes and writing them, summed over threads.
    public struct Busy: Sendable {
        public var making = 0.0
        public var writing = 0.0
    }

    /// The manifest a write left, as its caller may keep it for the next write
    /// into the same folder: its paths, and the manifest file's stamp then.
    struct Manifest: Sendable {
        var paths: [String]
        var stamp: FileStamp
    }

    /// What a write did, and the manifest it left.
    struct Written {
        var counts: Counts
        var busy: Busy
        var manifest: Manifest?
    }

    /// Writes `bytes(i)` as the file `paths[i]`, for every `i` whose path is
    /// not `known`, on all threads: each file's bytes are asked for, written
    /// and let go, so that the site is never whole in memory. `bytes` is
    /// called from several threads at once.
    ///
    /// - Parameters:
    ///   - known: for each path, as for `write(_:known:)`; true for some only
    ///     when the caller's last build into this folder succeeded.
    ///   - last: the manifest this caller's last write into the folder left;
    ///     it is not read again while the file's stamp is the same.
    func write(paths: [SitePath], known: [Bool], last: Manifest? = nil, bytes: (Int) -> FileContents) throws -> Written {
        try makeOutputFolder()
        // Checked before the lock is taken, so that no lock file is left in a
        // folder that is not Parley's; and again once it is held.
        try checkOurs(reading: false)
        let lock = try OutputLock(folder: folder, wait: lockWait)
        defer { lock.release() }
        let old: [String]
        if let last, FileStamp(path: manifestURL.path) == last.stamp {
            old = last.paths
        } else {
            old = try checkOurs() ?? []
        }
        // Known files mean this process's last build into the folder
        // succeeded: it left no temporary files, and no other build wrote since.
        if !known.contains(true) { removeTemporaries(in: old) }
        let new = paths.map(\.value)
        // The manifest covers every file that may exist at any moment of the
        // build; it is already right if the build makes the same files as the
        // last (in the same order, as a rebuild does: then no set is built).
        let keep = old == new ? [] : Set(new)
        let sameFiles = old == new || (old.count == keep.count && old.allSatisfy(keep.contains))
        if !sameFiles { try writeManifest(Array(Set(old).union(new))) }

        try makeFolders(OutputWriter.folders(of: zip(paths, known).lazy.filter { !$0.1 }.map(\.0.value)))
        var written = try writeFiles(paths, known: known, bytes: bytes)
        if !sameFiles {
            written.counts.removed = removeFiles(old.filter { !keep.contains($0) }.sorted())
            try writeManifest(new)
        }
        written.manifest = FileStamp(path: manifestURL.path).map { Manifest(paths: new, stamp: $0) }
        return written
    }
}

// MARK: - Steps of a write

private extension OutputWriter {
    func makeOutputFolder() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Failure.io("\(base) is a file, not a folder; choose another output with --output")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure.io("cannot create the output folder \(base): \(error.localizedDescription)")
        }
    }

    /// Makes `folders`, once each, a level at a time (its parents made
    /// already). Within a level, each thread makes all the folders of one
    /// parent: a folder's entries are made one at a time by the kernel, and a
    /// second thread would only wait on them.
    func makeFolders(_ folders: Set<String>) throws {
        let levels = Dictionary(grouping: folders) { $0.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 } }
        for level in levels.keys.sorted() {
            let byParent = Dictionary(grouping: levels[level]!) { (relative: String) -> String in
                relative.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(relative[..<$0]) } ?? ""
            }
            // The biggest parents first, so that the others fill in beside them.
            let parents = byParent.keys.sorted { (byParent[$0]!.count, $1) > (byParent[$1]!.count, $0) }
            let failures = parallelMap(parents, threads: threads) { parent -> String? in
                for relative in byParent[parent]!.sorted() {
                    let path = base + "/" + relative
                    if mkdir(path, 0o755) != 0 && errno != EEXIST {
                        return "cannot create the folder \(path): \(String(cString: strerror(errno)))"
                    }
                }
                return nil
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw Failure.io(failure) }
        }
    }

    /// What writing one file did, and the time it took.
    struct FileOutcome {
        var result: Result<Bool, Failure>
        var busy: Busy
    }

    /// Makes and writes every file not `known`, in parallel; known files count as unchanged.
    func writeFiles(_ paths: [SitePath], known: [Bool], bytes: (Int) -> FileContents) throws -> Written {
        let outcomes = parallelMap(paths.indices.filter { !known[$0] }, threads: threads) { index -> FileOutcome in
            let start = DispatchTime.now().uptimeNanoseconds
            let contents = bytes(index)
            let made = DispatchTime.now().uptimeNanoseconds
            let result: Result<Bool, Failure>
            do { result = .success(try self.writeIfChanged(paths[index], contents)) } catch let failure as Failure {
                result = .failure(failure)
            } catch {
                result = .failure(.io("cannot write \(paths[index]): \(error)"))
            }
            let written = DispatchTime.now().uptimeNanoseconds
            return FileOutcome(result: result, busy: Busy(making: Double(made - start) / 1e9, writing: Double(written - made) / 1e9))
        }
        var done = Written(counts: Counts(unchanged: paths.count - outcomes.count), busy: Busy(), manifest: nil)
        for outcome in outcomes {
            done.busy.making += outcome.busy.making
            done.busy.writing += outcome.busy.writing
            switch outcome.result {
            case let .success(written): if written { done.counts.written += 1 } else { done.counts.unchanged += 1 }
            case let .failure(failure): throw failure
            }
        }
        return done
    }

    /// Removes the files of a last build that this one no longer makes; how many there were.
    func removeFiles(_ stale: [String]) -> Int {
        var removed = 0
        for path in stale {
            let url = folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            try? FileManager.default.removeItem(at: url)
            removed += 1
            removeEmptyFolders(above: url)
        }
        return removed
    }
}

// MARK: - Files

extension OutputWriter {
    /// Every folder that holds one of `paths` (relative paths, `/`-separated),
    /// and every folder above those; not the output folder itself.
    static func folders(of paths: some Sequence<String>) -> Set<String> {
        var folders = Set<String>()
        for path in paths {
            var end = path.utf8.lastIndex(of: UInt8(ascii: "/"))
            // Parents are in the set once a folder is: stop at the first one that is.
            while let slash = end, folders.insert(String(path[..<slash])).inserted {
                end = path.utf8[..<slash].lastIndex(of: UInt8(ascii: "/"))
            }
        }
        return folders
    }
}

/// The bytes of an output file: rendered text or a copied file's data.
enum FileContents {
    case text(String)
    case data(Data)

    var data: Data {
        switch self {
        case let .text(text): return Data(text.utf8)
        case let .data(data): return data
        }
    }
}

private extension OutputWriter {
    func writeIfChanged(_ file: SitePath, _ contents: FileContents) throws -> Bool {
        // Plain string paths: Foundation's URL is slow for tens of thousands of files.
        let path = base + "/" + file.value
        let bytes = contents.data
        if OutputWriter.contents(of: path, equal: bytes) { return false }
        try OutputWriter.atomicWrite(bytes, toPath: path)
        return true
    }

    /// Whether the file at `path` holds exactly `bytes`; false if it cannot be read.
    static func contents(of path: String, equal bytes: Data) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == bytes.count,
              let existing = ParleyBuild.bytes(ofOpenFile: descriptor, size: bytes.count)
        else { return false }
        return Data(existing) == bytes
    }

    /// Writes under a temporary name beside the file, then renames it into place,
    /// so that the file holds either its old or its new bytes, never a part.
    static func atomicWrite(_ bytes: Data, to url: URL) throws {
        try atomicWrite(bytes, toPath: url.path)
    }

    static func atomicWrite(_ bytes: Data, toPath path: String) throws {
        let slash = path.lastIndex(of: "/")
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = (slash.map { String(path[...$0]) } ?? "") + temporaryName(for: name)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw Failure.io("cannot write \(temporary): \(String(cString: strerror(errno)))")
        }
        var failure: String?
        do {
            try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(contentsOf: bytes)
        } catch {
            failure = String(cString: strerror(errno))
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure.io("cannot write \(temporary): \(failure); check the folder's permissions and free space")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure.io("cannot move \(temporary) into place: \(reason)")
        }
    }

    func removeEmptyFolders(above file: URL) {
        var current = file.deletingLastPathComponent().standardizedFileURL
        while current.path.count > base.count, current.path.hasPrefix(base + "/") {
            guard let contents = try? FileManager.default.contentsOfDirectory(atPath: current.path), contents.isEmpty else { return }
            try? FileManager.default.removeItem(at: current)
            current = current.deletingLastPathComponent().standardizedFileURL
        }
    }

    var manifestURL: URL { folder.appendingPathComponent(OutputWriter.manifestName) }

    /// The manifest's paths; nil if there is none, and then the folder must be empty.
    ///
    /// - Parameter reading: false to check only that the manifest exists, without reading it.
    @discardableResult
    func checkOurs(reading: Bool = true) throws -> [String]? {
        let previous = reading ? try readManifest() : (access(manifestURL.path, F_OK) == 0 ? [] : nil)
        if previous != nil { return previous }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        let foreign = contents.filter { $0 != OutputWriter.lockName && !OutputWriter.isTemporary($0) }
        if !foreign.isEmpty {
            throw Failure.notOurs("\(base) is not empty and Parley did not write it (it has no \(OutputWriter.manifestName)); "
                + "empty it or choose another folder with --output")
        }
        return previous
    }

    /// The temporary name a file is written under before it is renamed into place.
    static func temporaryName(for name: String) -> String {
        ".\(name).parley-\(getpid()).tmp"
    }

    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(".tmp") && name.contains(".parley-")
    }

    /// Removes what an interrupted build left: files written under a temporary
    /// name and never renamed, in the folder and in each folder of `paths`.
    /// Safe while the lock is held: no other build is writing.
    func removeTemporaries(in paths: [String]) {
        let folders = OutputWriter.folders(of: paths).union([""])
        // Thousands of folders to list: on every thread.
        _ = parallelMap(folders.sorted(), threads: threads) { relative in
            let path = relative.isEmpty ? base : base + "/" + relative
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where OutputWriter.isTemporary(name) {
                unlink(path + "/" + name)
            }
        }
    }

    func readManifest() throws -> [String]? {
        guard let data = FileManager.default.contents(atPath: manifestURL.path) else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map(String.init)
            .filter { OutputWriter.isSafeRelative($0) }
    }

    func writeManifest(_ paths: [String]) throws {
        let text = OutputWriter.manifestHeader + paths.sorted().map { $0 + "\n" }.joined()
        try OutputWriter.atomicWrite(Data(text.utf8), to: manifestURL)
    }

    /// A manifest line Parley could have written: relative, no `..`.
    static func isSafeRelative(_ path: String) -> Bool {
        !path.hasPrefix("/") && path != ".." && !path.hasPrefix("../") && !path.hasSuffix("/..") && !path.contains("/../")
            && path != OutputWriter.manifestName && path != OutputWriter.lockName
    }
}
