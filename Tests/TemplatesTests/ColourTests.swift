import ParleySite
import Templates
import Testing

/// WCAG 2.x contrast, against published examples, and the shades Parley derives.
@Suite("Colour contrast")
struct ColourTests {
    static let white = Colour(hex: "#ffffff")!
    static let black = Colour(hex: "#000000")!

    struct Example: Sendable, CustomTestStringConvertible {
        var foreground: String
        var background: String
        var ratio: Double
        var testDescription: String { "\(foreground) on \(background) is \(ratio):1" }
    }

    // WebAIM's contrast checker and the WCAG 2 Understanding documents give these.
    static let examples = [
        Example(foreground: "#000000", background: "#ffffff", ratio: 21),
        Example(foreground: "#ffffff", background: "#ffffff", ratio: 1),
        Example(foreground: "#777777", background: "#ffffff", ratio: 4.48),
        Example(foreground: "#767676", background: "#ffffff", ratio: 4.54),
        Example(foreground: "#595959", background: "#ffffff", ratio: 7.00),
        Example(foreground: "#0000ff", background: "#ffffff", ratio: 8.59),
        Example(foreground: "#ff0000", background: "#ffffff", ratio: 4.00),
    ]

    @Test("matches the published ratio to two decimals", arguments: examples)
    func published(_ example: Example) throws {
        let foreground = try #require(Colour(hex: example.foreground))
        let background = try #require(Colour(hex: example.background))
        #expect(abs(foreground.contrast(with: background) - example.ratio) < 0.005)
        #expect(foreground.contrast(with: background) == background.contrast(with: foreground))
    }

    @Test("reads #RRGGBB in either case and nothing else", arguments: ["#abc", "1a4f8b", "#1a4f8", "#1a4f8bb", "#gg0000", "#+12345", "blue", ""])
    func refusesOtherSpellings(_ text: String) {
        #expect(Colour(hex: text) == nil)
    }

    @Test("writes a colour back as it reads it")
    func roundTrip() throws {
        #expect(try #require(Colour(hex: "#1A4F8B")).description == "#1a4f8b")
        #expect(Colour(red: 1, green: 2, blue: 255).description == "#0102ff")
    }

    @Test("the nearest darker shade reaches 4.5:1 on every light background, keeping the hue", arguments: ["#777777", "#ff8800", "#4da3ff", "#e6edf6"])
    func darkerShade(_ hex: String) throws {
        let colour = try #require(Colour(hex: hex))
        let shade = colour.nearestShade(reaching: 4.5, on: Stylesheet.lightBackgrounds, lighter: false)
        #expect(shade.leastContrast(on: Stylesheet.lightBackgrounds) >= 4.5)
        #expect(shade.luminance < colour.luminance)
        // One step lighter would not pass: it is the nearest.
        let lighterByOne = Colour(red: min(shade.red + 3, 255), green: min(shade.green + 3, 255), blue: min(shade.blue + 3, 255))
        #expect(lighterByOne.leastContrast(on: Stylesheet.lightBackgrounds) < 4.5)
        if hex == "#ff8800" { #expect(shade.red > shade.green && shade.green > shade.blue) }
    }

    @Test("the dark-mode shade reaches 4.5:1 on every dark background", arguments: ["#1a4f8b", "#0b6e4f", "#a1301c", "#000000"])
    func lighterShade(_ hex: String) throws {
        let colour = try #require(Colour(hex: hex))
        let shade = colour.nearestShade(reaching: 4.5, on: Stylesheet.darkBackgrounds, lighter: true)
        #expect(shade.leastContrast(on: Stylesheet.darkBackgrounds) >= 4.5)
    }

    @Test("a colour that passes already is its own nearest shade")
    func passingColour() throws {
        let colour = try #require(Colour(hex: "#1a4f8b"))
        #expect(colour.nearestShade(reaching: 4.5, on: Stylesheet.lightBackgrounds, lighter: false) == colour)
    }

    @Test("the backgrounds checked are those the stylesheet uses")
    func backgroundsOfTheStylesheet() {
        let css = Stylesheet.css(accent: nil)
        let light = ["--bg", "--surface", "--tint", "--badge"].map { "\($0): " }
        for (name, colour) in zip(light, Stylesheet.lightBackgrounds) { #expect(css.contains(name + colour.description + ";")) }
        for colour in Stylesheet.darkBackgrounds { #expect(css.contains(": \(colour);")) }
    }
}
