import Foundation

/// The files of `Content/` that `site.yml` may name, and how to read their first bytes.
struct SettingsFiles {
    /// The site's folder.
    var root: URL
    /// Paths under `Content/`, as listed.
    var assets: Set<String>

    /// What a file named in `site.yml` must be.
    enum Kind {
        case image, icon, stylesheet

        var extensions: [String] {
            switch self {
            case .image: return ["svg", "png", "webp", "jpg", "jpeg"]
            case .icon: return ["svg", "png", "webp", "jpg", "jpeg", "ico", "gif"]
            case .stylesheet: return ["css"]
            }
        }

        var name: String {
            switch self {
            case .image, .icon: return "an image (\(extensions.joined(separator: ", ")))"
            case .stylesheet: return "a CSS file (.css)"
            }
        }

        /// Whether the file's first bytes are those of this kind of file.
        func matches(_ bytes: [UInt8], extension ext: String) -> Bool {
            func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
                bytes.count >= offset + prefix.count && Array(bytes[offset..<(offset + prefix.count)]) == prefix
            }
            let text = String(decoding: bytes, as: UTF8.self)
            switch ext {
            case "css": return !bytes.contains(0) && String(validating: bytes, as: UTF8.self) != nil
            case "svg": return text.contains("<svg")
            case "png": return starts([0x89, 0x50, 0x4E, 0x47])
            case "jpg", "jpeg": return starts([0xFF, 0xD8, 0xFF])
            case "webp": return starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8)
            case "gif": return starts(Array("GIF8".utf8))
            case "ico": return starts([0, 0, 1, 0])
            default: return false
            }
        }
    }

    /// The bytes of a listed file, to check what kind of file it is.
    func bytes(of asset: String) -> [UInt8]? {
        Loader.contents(atPath: ContentFiles.sourceURL(root: root, path: ContentFiles.folder + "/" + asset).path)
    }
}
