import ParleySite

/// The files of a search index, made: their paths and their text.
struct SearchIndexFiles: Sendable {
    var paths: [SitePath]
    var texts: [String]
}
