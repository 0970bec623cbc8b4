import Foundation
import ParleyMarkdown
import ParleySite

/// What one build leaves for the next in the same process (`parley serve`, a
/// benchmark): the listing of `Content/`, the loaded files with their rendered
/// Markdown, the linked site, and every file's fingerprint, each kept while
/// its inputs are unchanged. A rebuild then parses only the files that
/// changed, links a changed answer alone where it can, renders only the files
/// whose inputs changed, and writes the same bytes a full build would.
final class BuildCache: @unchecked Sendable {
    typealias Stamp = FileStamp

    struct LoadedEntry {
        var stamp: Stamp
        var file: LoadedFile?
        var diagnostics: [Diagnostic]
    }

    /// Content path → the file as last loaded.
    var loaded: [String: LoadedEntry] = [:]
    /// `site.yml` as last loaded, with the files it was checked against.
    var settings: (stamp: Stamp, assets: [String], result: (LoadedSettings?, [Diagnostic]))?
    /// The last listing of `Content/`, reused while no folder changes.
    var listing: (root: URL, files: ContentFiles)?
    /// How the loaded files' Markdown was rendered; another setting clears `loaded`.
    var loadedWith: MarkdownDocument.RawHTML?
    /// The last link that made a site, for a rebuild in which only questions
    /// changed, and not what they link to (`Linker.relink`).
    var linked: Linked?

    struct Linked {
        var linker: Linker
        var site: Site
        /// What the site was linked from: every change but to questions' text is a full link.
        var paths: [String]
        var assets: [String]
        var settings: SiteSettings
        var includeDrafts: Bool
    }

    /// The folder the last build wrote into, if it succeeded, every file it
    /// wrote there with its fingerprint (nil for copied files), and the
    /// manifest it left.
    var written: (folder: URL, paths: [SitePath], fingerprints: [Int?], manifest: OutputWriter.Manifest?)?

    /// A new revision number for a freshly loaded file; never reused.
    func nextRevision() -> Int {
        revision += 1
        return revision
    }

    private var revision = 0
}
