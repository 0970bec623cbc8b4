import Foundation
import ParleySite
import Templates

/// The files of a search index, made: their paths and their bytes.
struct SearchIndexFiles: Sendable {
    var paths: [SitePath]
    var scripts: [Data]
}

/// A search index's files and what they were made from, which `parley serve`
/// keeps for the next build to reuse what did not change (`SearchIndex.build`).
struct SearchIndexSources: Sendable {
    var files: SearchIndexFiles
    /// The documents indexed, in site order.
    var documents: [SearchDocument]
    /// Their terms, read in parts of consecutive documents.
    var parts: [SearchTermTable.Part]
    /// The documents of each part.
    var ranges: [Range<Int>]
    /// Each word of the parts, with its term (`SearchTermTable.stems`).
    var stems: [String: String]
    var english: Bool
    /// The place in `files.scripts` of the first record file; the others follow it.
    var firstRecordFile: Int

    /// The part of `range` of `documents`, if the same documents were read into a part here.
    func part(_ range: Range<Int>, of documents: [SearchDocument], english: Bool) -> SearchTermTable.Part? {
        guard english == self.english, let index = ranges.firstIndex(of: range),
              range.upperBound <= self.documents.count, documents[range] == self.documents[range] else { return nil }
        return parts[index]
    }

    /// The bytes of record file `chunk` of `documents`, if it holds the same documents here.
    func records(_ chunk: Int, of documents: [SearchDocument]) -> Data? {
        guard chunk * SearchIndex.chunkSize < self.documents.count else { return nil }
        let range = SearchIndex.documents(inChunk: chunk, of: documents.count)
        let before = SearchIndex.documents(inChunk: chunk, of: self.documents.count)
        guard documents[range] == self.documents[before] else { return nil }
        return files.scripts[firstRecordFile + chunk]
    }
}
