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

    /// A file as last loaded, and its stamp then.
    struct LoadedEntry {
        var stamp: Stamp
        var outcome: Loader.Outcome
    }

    /// `site.yml` as last loaded, with the files of `Content/` it was checked against.
    struct Settings {
        var stamp: Stamp
        var assets: [String]
        var loaded: LoadedSettings
    }

    /// A listing of `Content/`, and the site folder it was made in.
    struct Listing {
        var root: URL
        var files: ContentFiles
    }

    /// Content path → the file as last loaded.
    var loaded: [String: LoadedEntry] = [:]
    var settings: Settings?
    /// The last listing of `Content/`, reused while no folder changes.
    var listing: Listing?
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

    /// What the last build wrote, if it succeeded.
    struct Written {
        /// The output folder, standardized.
        var folder: URL
        /// Every file it wrote there, and each one's fingerprint (nil for the files made in every build).
        var paths: [SitePath]
        var fingerprints: [Fingerprint?]
        /// The manifest it left.
        var manifest: OutputWriter.Manifest?
    }

    var written: Written?

    /// The last build's search index, for the next to take what did not change.
    var search: SearchIndexSources?

    /// A new revision number for a freshly loaded file; never reused.
    func nextRevision() -> Int {
        revision += 1
        return revision
    }

    private var revision = 0
}
