import Foundation

/// The files of a `Content/` folder, sorted into the kinds of CONTENT.md.
struct ContentFiles {
    struct InterviewFolder {
        var id: String
        /// `Content/interviews/<id>/index.md`, if present.
        var index: String?
        /// The questions, sorted by path.
        var questions: [ListedFile] = []
    }

    /// A Markdown file of a page, listed.
    struct ListedFile {
        /// The file's name without `.md`.
        var id: String
        /// The path from the site's folder, `Content/…`.
        var path: String
    }

    /// Paths are relative to the site's folder, always starting `Content/`.
    var site: String?
    var interviews: [InterviewFolder] = []
    var topics: [ListedFile] = []
    var figures: [ListedFile] = []
    /// Stand-alone pages, `Content/pages/<id>.md`.
    var pages: [ListedFile] = []
    /// Any other file, copied as it is: its path under `Content/`.
    var assets: [String] = []
    /// Content path (`Content/…`) → the file's stamp when it was listed.
    var stamps: [String: FileStamp] = [:]
    /// Every folder walked (its path on disk) → its stamp; empty if the
    /// listing cannot be reused (it met a symbolic link, or had errors).
    var folderStamps: [String: FileStamp] = [:]
    var diagnostics: [Diagnostic] = []

    static let folder = "Content"

    /// Every Markdown file that a page is made from.
    var pageFiles: [String] {
        interviews.flatMap { folder in (folder.index.map { [$0] } ?? []) + folder.questions.map(\.path) }
            + topics.map(\.path) + figures.map(\.path) + pages.map(\.path)
    }

    /// The same listing, if no folder changed since it was made: only the
    /// files' stamps are taken again (in parallel). Nil if a name may have
    /// been added, removed or renamed.
    func relisted(threads: Int, root: URL) -> ContentFiles? {
        guard !folderStamps.isEmpty else { return nil }
        for (folder, stamp) in folderStamps where FileStamp(path: folder) != stamp { return nil }
        var again = self
        let paths = Array(stamps.keys)
        let base = root.path
        let fresh = parallelMap(paths, threads: threads) { FileStamp(path: base + "/" + $0) }
        for (path, stamp) in zip(paths, fresh) {
            // A file that is gone, or that the disk spells otherwise (NFD): list it all again.
            guard let stamp else { return nil }
            again.stamps[path] = stamp
        }
        return again
    }

    /// Lists `root/Content`, in a fixed order whatever the file system's.
    init(root: URL) {
        let content = root.appendingPathComponent(ContentFiles.folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(FolderMistakes.missingContent(root: root) ?? .error(ContentFiles.folder, .start,
                "there is no Content folder here; run parley in the site's folder, the one that holds Content/"))
            return
        }
        var folders: [String: InterviewFolder] = [:]
        var listing = Listing(root: root, content: content)
        listing.walk(content.path, relative: "", ancestors: [])
        diagnostics += listing.diagnostics
        if !listing.sawLinks && listing.diagnostics.isEmpty { folderStamps = listing.folders }
        for (relative, stamp) in listing.stamps { stamps[ContentFiles.folder + "/" + relative] = stamp }
        var misspelt: [[String]] = []
        for relative in listing.files.sorted() {
            classify(relative, into: &folders, misspelt: &misspelt)
        }
        diagnostics += FolderMistakes.misspelt(misspelt)
        interviews = folders.values.sorted { $0.id < $1.id }
        for folder in interviews where folder.index == nil {
            for question in folder.questions {
                diagnostics.append(.error(question.path, .start,
                    "the interview '\(folder.id)' has no index.md; create Content/interviews/\(folder.id)/index.md with its title, date and participants"))
            }
        }
        if site == nil { diagnostics.append(ContentFiles.missingSite(root: root, assets: assets)) }
    }

    /// Files one file, by its path under `Content/`, under its kind; a Markdown
    /// file in no known place gets an error, or is kept in `misspelt` if its
    /// folder's name looks like a known one misspelt.
    private mutating func classify(_ relative: String, into folders: inout [String: InterviewFolder], misspelt: inout [[String]]) {
        let path = ContentFiles.folder + "/" + relative
        let parts = relative.split(separator: "/").map(String.init)
        let name = parts.last!
        guard name.hasSuffix(".md") else {
            if parts == ["site.yml"] { site = path } else { assets.append(relative) }
            return
        }
        let id = String(name.dropLast(3))
        switch (parts.count, parts.first!) {
        case (3, "interviews"):
            let folderID = parts[1]
            var folder = folders[folderID] ?? InterviewFolder(id: folderID)
            if id == "index" { folder.index = path } else { folder.questions.append(ListedFile(id: id, path: path)) }
            folders[folderID] = folder
            checkID(folderID, kind: "interview folder", path: path)
            if id != "index" { checkID(id, kind: "question", path: path) }
        case (2, "topics"):
            topics.append(ListedFile(id: id, path: path))
            checkID(id, kind: "topic", path: path)
        case (2, "figures"):
            figures.append(ListedFile(id: id, path: path))
            checkID(id, kind: "figure", path: path)
        case (2, "pages"):
            pages.append(ListedFile(id: id, path: path))
            checkID(id, kind: "page", path: path)
            checkPageID(id, path: path)
        case (2, "interviews"):
            diagnostics.append(.error(path, .start,
                "a question must be inside an interview's folder: move it to Content/interviews/<interview-id>/\(name)"))
        case _ where FolderMistakes.meant(parts[0]) != nil && parts.count > 1:
            misspelt.append(parts)
        default:
            diagnostics.append(.error(path, .start,
                "Parley does not know what page to make of this file: Markdown goes in "
                + "interviews/<interview-id>/, topics/, figures/ or pages/: move it into one of them"))
        }
    }

    private static func missingSite(root: URL, assets: [String]) -> Diagnostic {
        FolderMistakes.missingSiteFile(root: root, assets: assets) ?? .error(ContentFiles.folder + "/site.yml", .start,
            "site.yml is missing; create Content/site.yml with at least the lines 'title: …' and 'base_url: …'")
    }

    private mutating func checkID(_ id: String, kind: String, path: String) {
        guard !ContentFiles.isValidID(id) else { return }
        diagnostics.append(.error(path, .start,
            "'\(id)' is not a valid \(kind) id: ids are lower-case letters, digits and '-'; rename it, e.g. '\(ContentFiles.suggestedID(id))'"))
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") }
    }

    static func suggestedID(_ id: String) -> String {
        let latin = id.applyingTransform(.toLatin, reverse: false) ?? id
        let folded = latin.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let mapped = folded.map { ($0.isASCII && ($0.isLetter || $0.isNumber)) ? String($0) : "-" }.joined()
        let collapsed = mapped.split(separator: "-").joined(separator: "-")
        return collapsed.isEmpty ? "my-id" : collapsed
    }
}
