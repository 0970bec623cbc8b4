import Foundation
import Hummingbird

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of serve's folder, for Hummingbird's `FileMiddleware`, confined to
/// that folder.
///
/// Unlike Hummingbird's `LocalFileSystem` it resolves every path with
/// `realpath` and refuses one that leads out of the folder (a symbolic link to
/// `/etc`, say), never serves names that start with `.` (Parley's manifest, its
/// temporary files), and gives modification times to the nanosecond, so that
/// the `ETag` changes whenever a rebuild rewrites a file, even twice within a
/// second at the same size.
struct SiteFiles: FileProvider {
    struct FileAttributes: FileMiddlewareFileAttributes, Sendable {
        var isFolder: Bool
        var size: Int
        var modificationDate: Date
    }

    /// The file's real path.
    typealias FileIdentifier = String

    /// The folder's real path, without a trailing `/`.
    let root: String
    private let fileIO = FileIO()

    init(root: URL) {
        let path = root.standardizedFileURL.path
        self.root = SiteFiles.realPath(path) ?? path
    }

    func getFileIdentifier(_ path: String) -> String? {
        let parts = path.split(separator: "/")
        guard !parts.contains(where: { $0.hasPrefix(".") }) else { return nil }
        let candidate = root + "/" + parts.joined(separator: "/")
        // A path that does not exist gives a 404 from getAttributes.
        guard let resolved = SiteFiles.realPath(candidate) else { return candidate }
        guard resolved == root || resolved.hasPrefix(root + "/") else { return nil }
        return resolved
    }

    func getAttributes(id path: String) async throws -> FileAttributes? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG || kind == S_IFDIR else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileAttributes(
            isFolder: kind == S_IFDIR,
            size: Int(info.st_size),
            modificationDate: Date(timeIntervalSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
        )
    }

    func loadFile(id path: String, context: some RequestContext) async throws -> ResponseBody {
        try await fileIO.loadFile(path: path, context: context)
    }

    func loadFile(id path: String, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        try await fileIO.loadFile(path: path, range: range, context: context)
    }
}

// MARK: - Paths

private extension SiteFiles {
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
