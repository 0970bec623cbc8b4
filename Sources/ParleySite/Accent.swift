/// The site's accent colour for links, buttons and figure numbers: the
/// shade for light pages as `site.yml` gives it, and the one Parley derived
/// for dark mode; each reaches WCAG AA on its page backgrounds.
public struct Accent: Sendable, Hashable {
    public var light: Colour
    public var dark: Colour

    public init(light: Colour, dark: Colour) {
        self.light = light
        self.dark = dark
    }
}
