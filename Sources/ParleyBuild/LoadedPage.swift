import ParleySite

/// A stand-alone page of `Content/pages/`, read and parsed, before linking.
struct LoadedPage {
    var file: String
    var id: String
    var title: String
    var description: String?
    var body: MarkdownSource
    var bodyHTML: HTML
    var text: String
    var revision = 0
}
