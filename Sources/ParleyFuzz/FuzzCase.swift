import Foundation

/// One fuzz input: the seed site with some files replaced, added or removed.
///
/// Saved as one file, so that a crasher or a corpus entry is a single small
/// file that applies to the seed site's `Content/`:
///
/// ```
/// parley-fuzz case 1
/// # any comment lines
/// file <byte count> <path>
/// <the bytes>
/// delete <path>
/// ```
struct FuzzCase {
    /// Path under the site's folder (`Content/…`) → the file's new bytes, or nil to remove it.
    var changes: [String: [UInt8]?] = [:]
    var notes: [String] = []

    static let header = "parley-fuzz case 1"

    /// The site's files after the changes.
    func applied(to seed: [String: [UInt8]]) -> [String: [UInt8]] {
        var files = seed
        for (path, bytes) in changes { files[path] = bytes }
        return files
    }

    // MARK: - Serialization

    var serialized: Data {
        var data = Data((FuzzCase.header + "\n").utf8)
        for note in notes { data += Data(("# " + note.replacingOccurrences(of: "\n", with: " ") + "\n").utf8) }
        for path in changes.keys.sorted() {
            if let bytes = changes[path]! {
                data += Data("file \(bytes.count) \(path)\n".utf8)
                data += Data(bytes)
                data += Data("\n".utf8)
            } else {
                data += Data("delete \(path)\n".utf8)
            }
        }
        return data
    }

    init(changes: [String: [UInt8]?] = [:], notes: [String] = []) {
        self.changes = changes
        self.notes = notes
    }

    init?(_ data: Data) {
        let bytes = [UInt8](data)
        var index = 0
        func readLine() -> String? {
            guard index < bytes.count else { return nil }
            let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { index = end + 1 }
            return String(decoding: bytes[index..<end], as: UTF8.self)
        }
        guard readLine() == FuzzCase.header else { return nil }
        while let line = readLine() {
            if line.hasPrefix("# ") {
                notes.append(String(line.dropFirst(2)))
            } else if line.hasPrefix("delete ") {
                changes[String(line.dropFirst(7))] = .some(nil)
            } else if line.hasPrefix("file ") {
                let parts = line.split(separator: " ", maxSplits: 2)
                guard parts.count == 3, let count = Int(parts[1]), count >= 0, index + count <= bytes.count else { return nil }
                changes[String(parts[2])] = Array(bytes[index..<(index + count)])
                index += count + 1
            } else if !line.isEmpty {
                return nil
            }
        }
    }
}

/// The files of a site folder, as paths relative to it.
enum SiteFiles {
    static func read(_ folder: URL) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return [:]
        }
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base), (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  let data = FileManager.default.contents(atPath: path)
            else { continue }
            files[String(path.dropFirst(base.count))] = [UInt8](data)
        }
        return files
    }

    /// Makes `folder` hold exactly `files`, touching only what differs from `current`.
    static func sync(_ folder: URL, from current: [String: [UInt8]], to files: [String: [UInt8]]) throws {
        let manager = FileManager.default
        for (path, _) in current where files[path] == nil {
            try? manager.removeItem(at: folder.appendingPathComponent(path))
        }
        for (path, bytes) in files where current[path] != bytes {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }
}
