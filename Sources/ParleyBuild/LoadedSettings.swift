import ParleySite

/// `site.yml`, loaded: the settings (nil if it has errors), and the Markdown
/// of its `footer` and `nav`, whose links the linker checks as it checks a
/// page's, so that a broken one is reported with the other errors.
struct LoadedSettings: Equatable {
    var settings: SiteSettings?
    /// The footer first, if any, then each item of `nav`.
    var texts: [MarkdownSource]

    static func == (lhs: LoadedSettings, rhs: LoadedSettings) -> Bool {
        lhs.settings == rhs.settings && lhs.texts.count == rhs.texts.count
            && zip(lhs.texts, rhs.texts).allSatisfy { $0 === $1 }
    }
}
