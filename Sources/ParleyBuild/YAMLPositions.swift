/// Turns libyaml's marks into positions in the file.
///
/// libyaml ends a line at U+0085, U+2028 and U+2029 as well as at LF, and
/// counts columns in Unicode scalars; Parley, like editors, ends lines at LF
/// only and counts columns in characters. For ASCII front matter the two agree.
struct YAMLPositions {
    /// The file line on which the YAML starts.
    let firstLine: Int
    /// The YAML's scalars, unless it is ASCII.
    private let scalars: [Unicode.Scalar]
    /// Where each of libyaml's lines starts, as scalar offsets.
    private let yamlLineStarts: [Int]
    /// Where each of Parley's lines starts, as scalar offsets.
    private let lineStarts: [Int]
    /// For ASCII: the number of lines, and the length of the last, for marks past the end.
    private let lineCount: Int
    private let lastLineLength: Int

    /// Whether a line follows the YAML in the file (front matter's closing `---`).
    private let closed: Bool

    init(_ yaml: String, firstLine: Int, closed: Bool) {
        self.firstLine = firstLine
        self.closed = closed
        let utf8 = yaml.utf8
        guard !utf8.allSatisfy({ $0 < 0x80 }) else {
            scalars = []
            yamlLineStarts = []
            lineStarts = []
            lineCount = utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            lastLineLength = utf8.count - (utf8.lastIndex(of: 0x0A).map { utf8.distance(from: utf8.startIndex, to: $0) + 1 } ?? 0)
            return
        }
        lineCount = 0
        lastLineLength = 0
        scalars = Array(yaml.unicodeScalars)
        var yamlStarts = [0], starts = [0]
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\n":
                yamlStarts.append(index + 1)
                starts.append(index + 1)
            case "\u{85}", "\u{2028}", "\u{2029}": yamlStarts.append(index + 1)
            default: break
            }
        }
        yamlLineStarts = yamlStarts
        lineStarts = starts
    }

    /// The file position of libyaml's 1-based `line` and `column`.
    func position(line: Int, column: Int) -> Position {
        guard !scalars.isEmpty else {
            // libyaml may place an error just past the last line: on the closing
            // `---` if there is one, else at the end of the last line.
            if line > lineCount {
                return closed ? Position(line: lineCount + firstLine, column: 1)
                    : Position(line: lineCount + firstLine - 1, column: lastLineLength + 1)
            }
            return Position(line: max(line, 1) + firstLine - 1, column: max(column, 1))
        }
        if line > yamlLineStarts.count, closed { return Position(line: lineStarts.count + firstLine, column: 1) }
        let yamlLine = min(max(line, 1), yamlLineStarts.count) - 1
        let offset = min(yamlLineStarts[yamlLine] + max(column, 1) - 1, scalars.count)
        // The last of Parley's lines that starts at or before the offset.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars[lineStarts[low]..<offset])
        return Position(line: low + firstLine, column: String(prefix).count + 1)
    }
}
