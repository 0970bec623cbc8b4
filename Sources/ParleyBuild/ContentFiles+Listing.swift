import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ContentFiles {
    /// The files below `Content/`, found by walking it: hidden entries are
    /// skipped, names are NFC-normalised (so one name written two ways never
    /// makes two pages), and what is not a plain file or folder is refused
    /// with a diagnostic rather than read: a symbolic link that leads out of
    /// the site's folder (its target would be published), a link that loops, a
    /// pipe (reading it would wait forever), a socket or a device.
    struct Listing {
        /// Paths relative to `Content/`, NFC.
        private(set) var files: [String] = []
        /// Each file's stamp, from the `stat` the walk made anyway (a link's is its target's).
        private(set) var stamps: [String: FileStamp] = [:]
        /// Each folder walked (its path on disk) → its stamp: a folder's time
        /// changes whenever a name in it is added, removed or renamed.
        private(set) var folders: [String: FileStamp] = [:]
        /// Whether a symbolic link was met: what it leads to may change without its folder's time.
        private(set) var sawLinks = false
        private(set) var diagnostics: [Diagnostic] = []
        /// The real paths under which links may lead: the site's folder, and `Content/`'s own.
        private let allowed: [String]
        /// NFC relative path → the name as it is on disk, to report two that clash.
        private var seen: [String: String] = [:]

        static let maximumDepth = 64

        init(root: URL, content: URL) {
            allowed = [root.path, content.path].compactMap(Listing.realPath)
        }

        mutating func walk(_ folder: String, relative: String, ancestors: [String]) {
            guard ancestors.count < Listing.maximumDepth else {
                report(relative, "the folders nest more than \(Listing.maximumDepth) deep; Parley stops here: move what is below into a folder nearer Content/")
                return
            }
            let ancestors = ancestors + [Listing.realPath(folder) ?? folder]
            var status = stat()
            if stat(folder, &status) == 0 { folders[folder] = FileStamp(status) }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                report(relative, "the folder cannot be read; check its permissions")
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = folder + "/" + name
                let normalized = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.precomposedStringWithCanonicalMapping
                let child = relative.isEmpty ? normalized : relative + "/" + normalized
                if let other = seen[child] {
                    report(child, "'\(name)' and '\(other)' are the same name written two ways in Unicode; rename or remove one")
                    continue
                }
                seen[child] = name
                var status = stat()
                guard lstat(path, &status) == 0 else {
                    report(child, "the file cannot be read; check that it exists and is readable")
                    continue
                }
                if status.st_mode & S_IFMT == S_IFLNK {
                    guard let target = follow(link: path, child, ancestors: ancestors) else { continue }
                    status = target
                }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: walk(path, relative: child, ancestors: ancestors)
                case S_IFREG:
                    files.append(child)
                    stamps[child] = FileStamp(status)
                default:
                    report(child, "this is not a file but a pipe, a socket or a device; Parley reads only files and folders: remove it from Content/")
                }
            }
        }

        /// The status of what the symbolic link at `path` leads to, or nil (with a
        /// diagnostic) if it leads nowhere, out of the site's folder, or back to a
        /// folder that holds it.
        private mutating func follow(link path: String, _ child: String, ancestors: [String]) -> stat? {
            sawLinks = true
            guard let target = Listing.realPath(path) else {
                report(child, "this symbolic link leads nowhere; remove it or point it at a file in the site's folder")
                return nil
            }
            guard allowed.contains(where: { target == $0 || target.hasPrefix($0 + "/") }) else {
                report(child, "this symbolic link leads to \(target), outside the site's folder; Parley does not "
                    + "publish files from outside the site: copy the file into Content/ instead")
                return nil
            }
            var status = stat()
            guard stat(path, &status) == 0 else {
                report(child, "the file cannot be read; check that it exists and is readable")
                return nil
            }
            if status.st_mode & S_IFMT == S_IFDIR, ancestors.contains(target) {
                report(child, "this symbolic link leads back to a folder that holds it (\(target)); remove it")
                return nil
            }
            return status
        }

        private mutating func report(_ relative: String, _ message: String) {
            diagnostics.append(.error(ContentFiles.folder + (relative.isEmpty ? "" : "/" + relative), .start, message))
        }

        static func realPath(_ path: String) -> String? {
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }
    }

    /// Where a file of `Content/` is on disk: `path` (NFC, as listed) may be
    /// written otherwise there, for a name saved decomposed (NFD).
    static func sourceURL(root: URL, path: String) -> URL {
        let direct = root.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: direct.path) { return direct }
        var url = root
        for component in path.split(separator: "/").map(String.init) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            let name = names.first { $0.precomposedStringWithCanonicalMapping == component } ?? component
            url.appendPathComponent(name)
        }
        return url
    }
}
