import ParleySite

/// `site.yml`, loaded: the settings (nil if it has errors), the Markdown of
/// its `footer` and `nav`, whose links the linker checks as it checks a
/// page's, so that a broken one is reported with the other errors, and its diagnostics.
struct LoadedSettings {
    var settings: SiteSettings?
    /// The footer first, if any, then each item of `nav`.
    var texts: [MarkdownSource]
    var diagnostics: [Diagnostic]
}
