extension ContentFiles {
    /// The names at the top of the output that Parley writes itself: a page may not take one.
    static let reservedPageIDs: Set<String> = [
        "interviews", "topics", "figures", "search", "assets", "feed", "sitemap", "404", "index",
    ]

    /// A page id that would take a folder or file of Parley's own is an error.
    mutating func checkPageID(_ id: String, path: String) {
        guard ContentFiles.reservedPageIDs.contains(id) else { return }
        diagnostics.append(.error(path, .start,
            "the page id '\(id)' is taken by Parley's own \(id)/ or \(id).* in the built site; rename the file, e.g. 'about-\(id).md'"))
    }
}
