import ParleySite
import Templates

extension SearchIndex {
    /// The index of `site` and the bytes of each of its files, worked out on
    /// `threads` threads: the documents' terms in parts (`SearchTermTable.Part`),
    /// each term's scores, the files' bytes one file at a time. What `last`
    /// (the index of the last build) holds of documents that did not change,
    /// a part or a record file, is taken from it, so that a rebuild after one
    /// edit reads again only the part it touched.
    static func build(_ site: Site, threads: Int, last: SearchIndexSources? = nil) -> SearchIndexSources {
        let documents = SearchDocument.documents(of: site)
        let english = SearchText.isEnglish(site.settings.language)
        // Parts big enough that most words a part meets it has met before,
        // small enough to share out, and for a rebuild to read one again at
        // little cost.
        let size = max(64, min(512, documents.count / (threads * 4)))
        let ranges = stride(from: 0, to: documents.count, by: size).map { $0..<min(documents.count, $0 + size) }
        let parts = parallelMap(ranges, threads: threads) { range -> SearchTermTable.Part in
            if let same = last?.part(range, of: documents, english: english) { return same }
            return SearchTermTable.Part(documents[range], first: range.lowerBound, english: english)
        }
        let table = SearchTermTable(parts: parts, known: last?.english == english ? last?.stems ?? [:] : [:])
        let entries = parallelMap(Array(0..<table.count), threads: threads, table.entry)
        let index = SearchIndex(documents: documents, entries: entries, english: english)
        let scripts = parallelMap(Array(0..<index.fileCount), threads: threads) { file in
            let chunk = file - index.firstRecordFile
            if chunk >= 0, let reused = last?.records(chunk, of: documents) { return reused }
            return index.script(of: file)
        }
        let files = SearchIndexFiles(paths: (0..<index.fileCount).map(index.path(of:)), scripts: scripts)
        return SearchIndexSources(files: files, documents: documents, parts: parts, ranges: ranges, stems: table.stems,
                                  english: english, firstRecordFile: index.firstRecordFile)
    }
}
