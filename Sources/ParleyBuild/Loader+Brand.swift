import Foundation
import ParleyMarkdown
import ParleySite
import Templates
import Yams

extension Loader {
    /// The brand keys of `site.yml`, checked: files that exist in `Content/`
    /// and are of the right kind, an accent that reads on every background,
    /// links that are safe. Diagnostics go into `fields`.
    static func brand(
        _ fields: inout FrontMatter, file: String, files: SettingsFiles, rawHTML: MarkdownDocument.RawHTML
    ) -> LoadedBrand {
        var brand = Brand()
        var texts: [MarkdownSource] = []
        brand.logo = asset("logo", &fields, files: files, kind: .image)
        brand.stylesheet = asset("stylesheet", &fields, files: files, kind: .stylesheet)
        brand.favicon = asset("favicon", &fields, files: files, kind: .icon)
        brand.accent = accent(&fields)
        if let footer = footer(&fields, file: file, rawHTML: rawHTML) {
            brand.footer = footer.html
            texts.append(footer.source)
        }
        for item in nav(&fields, file: file) {
            brand.nav.append(NavItem(label: item.label, href: DepthRendered { item.source.urls(fromDepth: $0)[0] }))
            texts.append(item.source)
        }
        return LoadedBrand(brand: brand, texts: texts)
    }

    /// The accent as given, and its dark shade; an error with the ratio and the nearest shade that passes.
    private static func accent(_ fields: inout FrontMatter) -> Accent? {
        guard let text = fields.text("accent"), let position = fields.textPosition("accent") else { return nil }
        guard let colour = Colour(hex: text) else {
            fields.report(position, "'accent' must be a colour written \"#RRGGBB\", such as \"#1a4f8b\" (quote it: YAML reads # as a comment)")
            return nil
        }
        let backgrounds = Stylesheet.lightBackgrounds
        let ratio = colour.leastContrast(on: backgrounds)
        guard ratio >= Stylesheet.minimumContrast else {
            let worst = backgrounds.indices.min { colour.contrast(with: backgrounds[$0]) < colour.contrast(with: backgrounds[$1]) }!
            let shade = colour.nearestShade(reaching: Stylesheet.minimumContrast, on: backgrounds, lighter: false)
            fields.report(position, "the accent \(colour) reaches only \(formatted(ratio)):1 on \(Stylesheet.backgroundNames[worst]) "
                + "(\(backgrounds[worst])); links and buttons need 4.5:1 (WCAG AA). The nearest shade that does is \"\(shade)\"")
            return nil
        }
        let dark = colour.nearestShade(reaching: Stylesheet.minimumContrast, on: Stylesheet.darkBackgrounds, lighter: true)
        return Accent(light: colour, dark: dark)
    }

    /// A ratio as a reader compares it: 4.48, never rounded up to 4.5.
    static func formatted(_ ratio: Double) -> String {
        let hundredths = Int((ratio * 100).rounded(.down))
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// The footer's inline Markdown, parsed where it lies in `site.yml` and rendered for every depth.
    private static func footer(
        _ fields: inout FrontMatter, file: String, rawHTML: MarkdownDocument.RawHTML
    ) -> Footer? {
        guard let text = fields.text("footer"), let position = fields.textPosition("footer") else { return nil }
        let block = fields.style("footer") == .literal || fields.style("footer") == .folded
        let parsed = MarkdownSource.parse(text, file: file, page: nil, firstLine: position.line,
                                          firstLineIndent: block ? 0 : position.column - 1)
        let source = parsed.source, document = parsed.document
        guard document.isInline else {
            fields.report(position, "'footer' must be one paragraph of inline Markdown, without lists, headings or blank lines")
            return nil
        }
        for diagnostic in source.dangerousRawHTML() {
            fields.report(Position(line: diagnostic.line, column: diagnostic.column), diagnostic.message)
        }
        let html = DepthRendered { HTML(unescaped: document.inlineHTML(linkURLs: source.urls(fromDepth: $0), rawHTML: rawHTML)) }
        return Footer(source: source, html: html)
    }

    /// The footer's Markdown, and its HTML for every depth.
    private struct Footer {
        var source: MarkdownSource
        var html: DepthRendered<HTML>
    }

    /// A file of `Content/` that `key` names, checked to exist and be of `kind`.
    static func asset(_ key: String, _ fields: inout FrontMatter, files: SettingsFiles, kind: SettingsFiles.Kind) -> SitePath? {
        guard let path = fields.text(key), let position = fields.textPosition(key) else { return nil }
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        guard ContentLink.scheme(of: relative) == nil, !relative.hasPrefix("/"), !relative.contains("..") else {
            fields.report(position, "'\(key)' must be the path of a file in Content/, relative to it, such as 'images/\(key == "stylesheet" ? "site.css" : "logo.svg")'")
            return nil
        }
        guard files.assets.contains(relative) else {
            fields.report(position, "'\(key)' names Content/\(relative), which does not exist; put the file there, or correct the path (it is relative to Content/)")
            return nil
        }
        let ext = relative.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard kind.extensions.contains(ext), let bytes = files.bytes(of: relative), kind.matches(bytes, extension: ext) else {
            fields.report(position, "'\(key)' must be \(kind.name); Content/\(relative) is not")
            return nil
        }
        return SitePath(relative)
    }

    /// A `nav` link: its label, and its URL as a one-link Markdown text placed at the URL in `site.yml`.
    private struct NavLink {
        var label: String
        var source: MarkdownSource
    }

    /// The items of `nav`, each a `label` and a `url`: an http(s) address, a Parley link or a relative path.
    private static func nav(_ fields: inout FrontMatter, file: String) -> [NavLink] {
        guard let node = fields.node("nav") else { return [] }
        guard case let .sequence(items) = node else {
            fields.report(fields.position(ofValue: node), "'nav' must be a list of links, each with a 'label' and a 'url'")
            return []
        }
        var links: [NavLink] = []
        for item in items {
            let itemPosition = fields.position(ofValue: item)
            guard case let .mapping(mapping) = item else {
                fields.report(itemPosition, "each item of 'nav' must have a 'label' and a 'url', such as '- label: About' and '  url: page:about'")
                continue
            }
            for key in mapping.keys.compactMap(\.scalar?.string) where key != "label" && key != "url" {
                let keyPosition = mapping.keys.first { $0.scalar?.string == key }.map(fields.position(ofValue:)) ?? itemPosition
                fields.report(keyPosition, "unknown key '\(key)' in a 'nav' item; each has a 'label' and a 'url'")
            }
            guard let label = navText(mapping["label"], "label", &fields, at: itemPosition),
                  let url = navText(mapping["url"], "url", &fields, at: itemPosition), let urlNode = mapping["url"]
            else { continue }
            let position = fields.position(ofValue: urlNode)
            if let scheme = ContentLink.scheme(of: url)?.lowercased(),
               !["http", "https"].contains(scheme), !ContentLink.schemes.contains(scheme) {
                let what = ContentLink.dangerousSchemes.contains(scheme)
                    ? "\(scheme): URLs are not allowed: they run code in the reader's browser or break once published"
                    : "'\(scheme):' is not a web address"
                fields.report(position, "\(what); a 'nav' url is an https:// address, a Parley link such as page:about or topic:trade, or a path to a content file")
                continue
            }
            // Every ASCII punctuation escaped, so that cmark reads the URL exactly as written.
            let escaped = url.unicodeScalars.map { Loader.asciiPunctuation.contains($0) ? "\\\($0)" : String($0) }.joined()
            let parsed = MarkdownSource.parse("[x](<\(escaped)>)", file: file, page: nil,
                                              firstLine: position.line, firstLineIndent: position.column - 1)
            let source = parsed.source, document = parsed.document
            guard document.links.count == 1, document.links[0].destination == url else {
                fields.report(position, "this 'nav' url is not one line of a URL; write it without spaces, line breaks or '<' '>'")
                continue
            }
            links.append(NavLink(label: label, source: source))
        }
        return links
    }

    /// What CommonMark lets a backslash escape.
    static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    private static func navText(_ node: Node?, _ key: String, _ fields: inout FrontMatter, at item: Position) -> String? {
        guard let node else {
            fields.report(item, "this 'nav' item has no '\(key)'; each has a 'label' and a 'url'")
            return nil
        }
        guard case let .scalar(scalar) = node, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            fields.report(fields.position(ofValue: node), "a 'nav' item's '\(key)' must be text, not empty")
            return nil
        }
        return scalar.string
    }
}
