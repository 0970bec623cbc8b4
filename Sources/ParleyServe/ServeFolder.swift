import Foundation

/// The folder `parley serve` builds into and serves from: a new one under the
/// system's temporary folder for each run (`$TMPDIR/parley-serve-XXXXXX/`),
/// removed when serve stops. Serving never writes into `Public/`, so the
/// committed site stays exactly what `parley build` writes, without the
/// live-reload script.
enum ServeFolder {
    /// Makes a new, empty folder of serve's own.
    static func make() throws -> URL {
        let base = FileManager.default.temporaryDirectory.standardizedFileURL.path
        var template = Array((base + "/parley-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw PreviewServer.Failure.folder("cannot create a folder to serve from under \(base): \(String(cString: strerror(errno)))")
        }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }

    /// Removes a folder `make()` made, with everything the builds wrote into it.
    static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }
}
