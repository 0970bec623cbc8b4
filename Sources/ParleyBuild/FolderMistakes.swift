import Foundation

/// Files and folders almost where Parley looks for them: a misspelt kind's
/// folder (`topic/`, `Figures/`), `site.yml` beside `Content/`, `Content/`
/// one folder down. Each is named as the cause, with the name or place meant.
enum FolderMistakes {
    /// The folders of `Content/` that hold a kind of content, and the reference scheme of each.
    static let kinds = ["interviews": "interview", "topics": "topic", "figures": "figure"]

    /// The kind's folder that `folder` is a misspelling of: `topic` → `topics`, `Figures` → `figures`.
    static func meant(_ folder: String) -> String? {
        guard kinds[folder] == nil else { return nil }
        let lowered = folder.lowercased()
        if kinds[lowered] != nil { return lowered }
        return nearest(to: lowered, in: kinds.keys)
    }

    /// One error per misspelt folder, at the folder, for the Markdown files in it
    /// (paths relative to `Content/`, split into their parts).
    static func misspelt(_ files: [[String]]) -> [Diagnostic] {
        let byFolder = Dictionary(grouping: files, by: { $0[0] })
        return byFolder.keys.sorted().compactMap { folder in
            guard let meant = meant(folder), let scheme = kinds[meant] else { return nil }
            let parts = byFolder[folder] ?? []
            // A topic or figure is named by its file; an interview by its folder.
            let ids = Set(parts.compactMap { part -> String? in
                if meant == "interviews" { return part.count > 2 ? part[1] : nil }
                return String(part[part.count - 1].dropLast(3))
            })
            let count = parts.count
            let message = "the folder '\(folder)' should be called '\(meant)': rename Content/\(folder)/ to Content/\(meant)/, "
                + "where Parley looks for \(meant); until then its \(count) Markdown \(count == 1 ? "file is" : "files are") not built"
            // Where each file was meant to be, for links to it by its path.
            let paths = parts.map { "file:" + ([ContentFiles.folder, meant] + $0.dropFirst()).joined(separator: "/") }
            return Diagnostic.error(ContentFiles.folder + "/" + folder, .start, message)
                .explaining(Set(ids.map { "\(scheme):\($0)" } + paths).union(["folder:\(folder)"]))
        }
    }

    /// Why there is no `Content/site.yml`, when a file near it says: `site.yml`
    /// beside `Content/`, or a site file with another name inside it.
    static func missingSiteFile(root: URL, assets: [String]) -> Diagnostic? {
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yml").path) {
            return Diagnostic.error("site.yml", .start,
                "site.yml is beside the Content folder, not inside it: move it into Content/, as Content/site.yml")
                .explaining(["file:site.yml"])
        }
        let names = ["site.yml", "site.yaml", "Site.yml", "Site.yaml", "site.yml.txt", "config.yml"]
        if let other = assets.first(where: { names.contains($0) || $0.lowercased() == "site.yml" }) {
            return Diagnostic.error(ContentFiles.folder + "/" + other, .start,
                "Parley reads its settings from a file called exactly site.yml: rename Content/\(other) to Content/site.yml")
                .explaining(["file:site.yml"])
        }
        return nil
    }

    /// Why there is no `Content/` folder, when a folder near it says: `content/`
    /// spelt otherwise, or a `Content/` one folder down.
    static func missingContent(root: URL) -> Diagnostic? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        if let other = names.first(where: { $0.lowercased() == "content" && isFolder(root.appendingPathComponent($0)) }) {
            return .error(other, .start,
                "Parley looks for a folder called 'Content', with a capital C: rename '\(other)' to 'Content'")
        }
        let below = names.filter { !$0.hasPrefix(".") && isFolder(root.appendingPathComponent($0).appendingPathComponent(ContentFiles.folder)) }
        if let folder = below.first {
            return .error(folder + "/" + ContentFiles.folder, .start,
                "there is no Content folder here, but there is one in '\(folder)/': run parley in that folder "
                + "(cd '\(folder)'), or name it with --site '\(folder)'")
        }
        return nil
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
