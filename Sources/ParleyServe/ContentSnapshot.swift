import Foundation
import ParleyBuild

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What every file under `Content/` looks like to `stat`, at one moment.
///
/// Two snapshots differ when a file was added, removed, renamed, edited or
/// replaced: the size, the modification time (to the nanosecond) and the inode
/// are compared, so an editor that saves by writing a new file and renaming it
/// over the old one is seen even when size and time happen to match.
/// Names that start with `.` are skipped, as the build skips them: an editor's
/// swap and backup files never trigger a rebuild.
struct ContentSnapshot: Equatable, Sendable {
    typealias Stamp = FileStamp

    /// Paths relative to the watched folder, `interviews/<interview-id>/q3.md`.
    private(set) var files: [String: Stamp] = [:]

    /// Reads the folder now. A folder that does not exist gives an empty snapshot.
    init(of folder: URL) {
        scan(folder.path, prefix: "")
    }

    /// The paths that were added, removed or changed since `old`, sorted.
    func changes(since old: ContentSnapshot) -> [String] {
        let paths = Set(files.keys).union(old.files.keys)
        return paths.filter { files[$0] != old.files[$0] }.sorted()
    }
}

// MARK: - Scanning

private extension ContentSnapshot {
    mutating func scan(_ folder: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                // Follow a link to a file (its target's edits count), never one to a folder (it could loop).
                guard stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { continue }
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                scan(path, prefix: prefix + name + "/")
            } else {
                files[prefix + name] = Stamp(info)
            }
        }
    }
}
