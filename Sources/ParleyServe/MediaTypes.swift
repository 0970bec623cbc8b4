import Hummingbird

/// The `Content-Type` of each kind of file a site holds. Text types name their
/// charset, since Parley writes UTF-8 and a browser left to guess may not.
enum MediaTypes {
    static let byExtension: [String: MediaType] = {
        let types: [String: String] = [
            "html": "text/html; charset=utf-8",
            "htm": "text/html; charset=utf-8",
            "css": "text/css; charset=utf-8",
            "js": "text/javascript; charset=utf-8",
            "mjs": "text/javascript; charset=utf-8",
            "xml": "application/xml; charset=utf-8",
            "json": "application/json; charset=utf-8",
            "map": "application/json; charset=utf-8",
            "svg": "image/svg+xml; charset=utf-8",
            "txt": "text/plain; charset=utf-8",
            "md": "text/markdown; charset=utf-8",
            "csv": "text/csv; charset=utf-8",
            "png": "image/png",
            "jpg": "image/jpeg",
            "jpeg": "image/jpeg",
            "gif": "image/gif",
            "webp": "image/webp",
            "avif": "image/avif",
            "ico": "image/x-icon",
            "pdf": "application/pdf",
            "woff": "font/woff",
            "woff2": "font/woff2",
            "ttf": "font/ttf",
            "otf": "font/otf",
            "mp3": "audio/mpeg",
            "mp4": "video/mp4",
            "webm": "video/webm",
            "zip": "application/zip",
        ]
        return types.compactMapValues { MediaType(from: $0) }
    }()

    static let html = MediaType(from: "text/html; charset=utf-8")!
}
