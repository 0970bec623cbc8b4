import ParleySite
import Templates

extension SearchIndex {
    /// The index of `site` and the text of each of its files, worked out on
    /// `threads` threads: the documents' terms in batches (each batch keeping
    /// the stems it made), the files' text one file at a time.
    static func build(_ site: Site, threads: Int) -> SearchIndexFiles {
        let documents = SearchDocument.documents(of: site)
        let english = SearchText.isEnglish(site.settings.language)
        let batch = 64
        let batches = stride(from: 0, to: documents.count, by: batch).map { $0..<min(documents.count, $0 + batch) }
        let terms = parallelMap(batches, threads: threads) { range -> [SearchDocumentTerms] in
            var stems: [String: String] = [:]
            return documents[range].map { SearchDocumentTerms($0, english: english, stems: &stems) }
        }
        let index = SearchIndex(documents: documents, terms: Array(terms.joined()), english: english)
        let texts = parallelMap(Array(0..<index.fileCount), threads: threads) { index.text(of: $0) }
        return SearchIndexFiles(paths: (0..<index.fileCount).map(index.path(of:)), texts: texts)
    }
}
