import Foundation

/// An sRGB colour written `#RRGGBB`, with the WCAG 2.x contrast between two
/// colours, and shades of it that keep its hue while their lightness changes.
public struct Colour: Sendable, Hashable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#1a4f8b` or `#1A4F8B`; nil for anything else (`#abc`, `blue`, `1a4f8b`).
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"),
              let value = UInt32(String(decoding: digits[1...], as: UTF8.self), radix: 16),
              digits[1...].allSatisfy({ $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") })
        else { return nil }
        self.init(red: UInt8(value >> 16), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// `#rrggbb`, lower case.
    public var description: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// The relative luminance of WCAG 2.x: 0 for black, 1 for white.
    public var luminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The contrast ratio of WCAG 2.x, from 1 (none) to 21 (black on white).
    public func contrast(with other: Colour) -> Double {
        let (lighter, darker) = (max(luminance, other.luminance), min(luminance, other.luminance))
        return (lighter + 0.05) / (darker + 0.05)
    }

    /// The lowest contrast with any of `backgrounds`.
    public func leastContrast(on backgrounds: [Colour]) -> Double {
        backgrounds.map(contrast(with:)).min() ?? 21
    }

    /// The shade nearest to this colour, darker (`lighter: false`) or lighter,
    /// that reaches `ratio` on every one of `backgrounds`: its OKLab lightness
    /// is moved a step at a time, its hue and chroma kept (as far as sRGB
    /// holds them), so that the shade still reads as the same colour. This
    /// colour itself if it reaches the ratio already.
    public func nearestShade(reaching ratio: Double, on backgrounds: [Colour], lighter: Bool) -> Colour {
        if leastContrast(on: backgrounds) >= ratio { return self }
        let start = OKLab(self)
        var lightness = start.lightness
        while lightness > 0 && lightness < 1 {
            lightness += lighter ? 0.002 : -0.002
            let shade = OKLab(lightness: lightness, a: start.a, b: start.b).colour
            if shade.leastContrast(on: backgrounds) >= ratio { return shade }
        }
        return lighter ? Colour(red: 255, green: 255, blue: 255) : Colour(red: 0, green: 0, blue: 0)
    }
}
