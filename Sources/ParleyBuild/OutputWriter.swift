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

        public var description: String {
            switch self {
            case let .unsafeOutput(message), let .notOurs(message), let .io(message): return message
            }
        }
    }

    let folder: URL
    let threads: Int

    public init(folder: URL, threads: Int) {
        self.folder = folder.standardizedFileURL
        self.threads = threads
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
    public func write(_ files: [OutputFile]) throws -> Counts {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Failure.io("\(folder.path) is a file, not a folder; choose another output with --output")
            }
        } else {
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw Failure.io("cannot create the output folder \(folder.path): \(error.localizedDescription)")
            }
        }
        let previous = try readManifest()
        if previous == nil, let contents = try? manager.contentsOfDirectory(atPath: folder.path), !contents.isEmpty {
            throw Failure.notOurs("\(folder.path) is not empty and Parley did not write it (it has no \(OutputWriter.manifestName)); "
                + "empty it or choose another folder with --output")
        }
        let old = previous ?? []
        let new = files.map(\.path.value)
        // The manifest covers every file that may exist at any moment of the build.
        try writeManifest(Array(Set(old).union(new)))

        // Folders first, once each, in order; then the files, in parallel.
        var folders = Set<String>()
        for file in files {
            var parts = file.path.value.split(separator: "/").dropLast()
            while !parts.isEmpty, folders.insert(parts.joined(separator: "/")).inserted { parts = parts.dropLast() }
        }
        for relative in folders.sorted() {
            let path = folder.appendingPathComponent(relative).path
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw Failure.io("cannot create the folder \(path): \(String(cString: strerror(errno)))")
            }
        }
        let outcomes = parallelMap(files, threads: threads) { file -> Result<Bool, Failure> in
            do { return .success(try self.writeIfChanged(file)) } catch let failure as Failure {
                return .failure(failure)
            } catch {
                return .failure(.io("cannot write \(file.path): \(error)"))
            }
        }
        var counts = Counts()
        for outcome in outcomes {
            switch outcome {
            case let .success(written): if written { counts.written += 1 } else { counts.unchanged += 1 }
            case let .failure(failure): throw failure
            }
        }
        let keep = Set(new)
        for stale in old.sorted() where !keep.contains(stale) {
            let url = folder.appendingPathComponent(stale)
            if manager.fileExists(atPath: url.path) {
                try? manager.removeItem(at: url)
                counts.removed += 1
                removeEmptyFolders(above: url)
            }
        }
        try writeManifest(new)
        return counts
    }
}

// MARK: - Files

private extension OutputWriter {
    func writeIfChanged(_ file: OutputFile) throws -> Bool {
        let url = folder.appendingPathComponent(file.path.value)
        if OutputWriter.contents(of: url.path, equal: file.bytes) {
            return false
        }
        try OutputWriter.atomicWrite(file.bytes, to: url)
        return true
    }

    /// Whether the file at `path` holds exactly `bytes`; false if it cannot be read.
    static func contents(of path: String, equal bytes: Data) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == bytes.count else { return false }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        var offset = 0
        while offset < existing.count {
            let count = existing.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            guard count > 0 else { return false }
            offset += count
        }
        return bytes.elementsEqual(existing)
    }

    /// Writes under a temporary name beside the file, then renames it into place,
    /// so that the file holds either its old or its new bytes, never a part.
    static func atomicWrite(_ bytes: Data, to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).parley-\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw Failure.io("cannot write \(temporary.path): \(String(cString: strerror(errno)))")
        }
        let complete = bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let reason = String(cString: strerror(errno))
        guard close(descriptor) == 0, complete else {
            unlink(temporary.path)
            throw Failure.io("cannot write \(temporary.path): \(reason); check the folder's permissions and free space")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure.io("cannot move \(temporary.path) into place: \(reason)")
        }
    }

    func removeEmptyFolders(above file: URL) {
        var current = file.deletingLastPathComponent().standardizedFileURL
        while current.path.count > folder.path.count, current.path.hasPrefix(folder.path + "/") {
            guard let contents = try? FileManager.default.contentsOfDirectory(atPath: current.path), contents.isEmpty else { return }
            try? FileManager.default.removeItem(at: current)
            current = current.deletingLastPathComponent().standardizedFileURL
        }
    }

    var manifestURL: URL { folder.appendingPathComponent(OutputWriter.manifestName) }

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
        !path.hasPrefix("/") && !path.split(separator: "/").contains("..") && path != OutputWriter.manifestName
    }
}
