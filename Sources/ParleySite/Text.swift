extension Unicode.Scalar {
    /// Whether the scalar is always a character by itself (only CR LF, both
    /// white space, would join): ASCII, Latin-1 and Latin Extended letters,
    /// and the general punctuation of running text (dashes, quotes, ellipsis),
    /// but not the joiners, marks or emoji that combine with their neighbours.
    /// Where every scalar of a text is one, counting and cutting its scalars
    /// gives what counting and cutting its characters would, far faster.
    public var isCharacterOfItsOwn: Bool {
        switch value {
        case 0x20...0x7E, 0x09...0x0D, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
        }
    }

    /// `properties.isWhitespace`, without the table lookup for ASCII.
    public var isWhitespaceQuickly: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}

extension String {
    /// The number of characters, counted as scalars while each scalar is a character of its own.
    public var characterCount: Int {
        var count = 0
        for scalar in unicodeScalars {
            guard scalar.isCharacterOfItsOwn else { return self.count }
            count += 1
        }
        return count
    }
}
