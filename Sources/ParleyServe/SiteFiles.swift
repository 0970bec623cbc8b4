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
/// second at the same size. It reads a file's bytes when the length is taken,
/// so that a rebuild that replaces the file meanwhile cannot make the body
/// disagree with the `Content-Length`.
struct SiteFiles: FileProvider {
    struct FileAttributes: FileMiddlewareFileAttributes, Sendable {
        var isFolder: Bool
        var size: Int
        var modificationDate: Date
    }

    /// A file by its real path, with the bytes read when its attributes were
    /// asked for: a rebuild may replace the file between the two calls, and
    /// the body must be the bytes the `Content-Length` was counted from.
    final class FileIdentifier: @unchecked Sendable {
        let path: String
        private let lock = NSLock()
        private var bytes: [UInt8] = []

        init(path: String) { self.path = path }

        var snapshot: [UInt8] {
            get { lock.withLock { bytes } }
            set { lock.withLock { bytes = newValue } }
        }
    }

    /// The folder's real path, without a trailing `/`.
    let root: String

    init(root: URL) {
        let path = root.standardizedFileURL.path
        self.root = SiteFiles.realPath(path) ?? path
    }

    func getFileIdentifier(_ path: String) -> FileIdentifier? {
        let parts = path.split(separator: "/")
        guard !parts.contains(where: { $0.hasPrefix(".") }) else { return nil }
        let candidate = root + "/" + parts.joined(separator: "/")
        // A path that does not exist gives a 404 from getAttributes.
        guard let resolved = SiteFiles.realPath(candidate) else { return FileIdentifier(path: candidate) }
        guard resolved == root || resolved.hasPrefix(root + "/") else { return nil }
        return FileIdentifier(path: resolved)
    }

    func getAttributes(id: FileIdentifier) async throws -> FileAttributes? {
        let descriptor = open(id.path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG || kind == S_IFDIR else { return nil }
        var size = 0
        if kind == S_IFREG {
            // The open file's bytes, whatever replaces the name meanwhile.
            let bytes = (try? FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).readToEnd()) ?? Data()
            size = bytes.count
            id.snapshot = [UInt8](bytes)
        }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileAttributes(
            isFolder: kind == S_IFDIR,
            size: size,
            modificationDate: Date(timeIntervalSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
        )
    }

    func loadFile(id: FileIdentifier, context: some RequestContext) async throws -> ResponseBody {
        ResponseBody(byteBuffer: ByteBuffer(bytes: id.snapshot))
    }

    func loadFile(id: FileIdentifier, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        let bytes = id.snapshot
        let lower = min(max(range.lowerBound, 0), bytes.count), upper = min(range.upperBound + 1, bytes.count)
        return ResponseBody(byteBuffer: ByteBuffer(bytes: bytes[lower..<max(lower, upper)]))
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
