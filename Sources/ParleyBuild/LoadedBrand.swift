import ParleySite

/// The brand keys of `site.yml`, loaded, with the Markdown of the footer and
/// of each `nav` link, for the linker to check.
struct LoadedBrand {
    var brand: Brand
    var texts: [MarkdownSource]
}
