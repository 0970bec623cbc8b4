/// Finds YAML anchors (`&name`) and aliases (`*name`) in front matter before
/// Yams reads it.
///
/// Yams expands an alias into a copy of its anchored node and then forgets the
/// anchor, so they cannot be found in the composed tree; and composing is where
/// a "billion laughs" document (aliases of aliases, used as mapping keys) takes
/// exponential time. So the text is scanned first, cheaply and conservatively:
/// an `&` or `*` where a YAML node may start is an anchor or an alias (a plain
/// value can never start with either), unless it lies in a quoted value, a
/// comment or a block (`|`, `>`) value.
enum YAMLAnchors {
    /// The position (line and column from 1, in the YAML text) of the first anchor or alias.
    static func first(in yaml: String) -> Position? {
        var scanner = Scanner(Array(yaml.utf8))
        return scanner.run()
    }
}

private extension YAMLAnchors {
    struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0
        var flowDepth = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() -> Position? {
            /// Lines indented more than this belong to a block scalar.
            var blockParent: Int?
            while index < bytes.count {
                let lineEnd = bytes[index...].firstIndex(of: .newline) ?? bytes.count
                var start = index
                while start < lineEnd, bytes[start] == .space || bytes[start] == .tab { start += 1 }
                let indent = start - index
                if let parent = blockParent {
                    if start == lineEnd || indent > parent {
                        nextLine(after: lineEnd)
                        continue
                    }
                    blockParent = nil
                }
                switch scanLine(from: start, to: lineEnd) {
                case let .found(column): return Position(line: line, column: column)
                case let .blockScalar(parent): blockParent = parent
                case .done: break
                }
                // A quoted value may have run on across lines.
                let end = bytes[index...].firstIndex(of: .newline) ?? bytes.count
                nextLine(after: end)
            }
            return nil
        }

        enum LineOutcome {
            case found(Int)
            case blockScalar(parent: Int)
            case done
        }

        mutating func nextLine(after lineEnd: Int) {
            index = lineEnd + 1
            line += 1
            lineStart = index
        }

        /// Where a scan has got to within one line.
        struct LineScan {
            var position: Int
            var lineEnd: Int
            /// Whether a YAML node may start at `position`.
            var nodeStart = true
            /// Where the structure that owns a block scalar starts: a key, or a `-`.
            var owner: Int
            /// Where the last plain value started, which becomes the owner if it turns out to be a key.
            var plainStart: Int
        }

        /// Scans one line from its first non-blank byte; `index` ends on the line's last line.
        mutating func scanLine(from start: Int, to lineEnd: Int) -> LineOutcome {
            var scan = LineScan(
                position: start, lineEnd: lineEnd,
                owner: start - lineStart - 1, plainStart: start - lineStart)
            while scan.position < scan.lineEnd {
                let byte = bytes[scan.position]
                if byte == .space || byte == .tab {
                    scan.position += 1
                } else if byte == .hash, scan.position == lineStart || isBlank(bytes[scan.position - 1]) {
                    return .done
                } else if scan.nodeStart {
                    if let outcome = scanNodeStart(&scan) { return outcome }
                } else {
                    scanWithinValue(&scan)
                }
            }
            return .done
        }

        /// Reads what starts a node at `scan.position`: an anchor or alias (found), an
        /// indicator, a flow collection's bracket, a block scalar's `|` or `>`, a tag,
        /// a quoted value or a plain one.
        mutating func scanNodeStart(_ scan: inout LineScan) -> LineOutcome? {
            let position = scan.position
            let byte = bytes[position]
            let followedByBlank = position + 1 >= scan.lineEnd || isBlank(bytes[position + 1])
            if byte == .ampersand || byte == .asterisk {
                if !followedByBlank, !isFlowIndicator(bytes[position + 1]) {
                    return .found(characterColumn(bytes[lineStart..<position]))
                }
                scan.nodeStart = false
            } else if (byte == .dash || byte == .question || byte == .colon) && followedByBlank {
                if byte != .colon { scan.owner = position - lineStart }
            } else if byte == .openBracket || byte == .openBrace {
                flowDepth += 1
            } else if (byte == .closeBracket || byte == .closeBrace) && flowDepth > 0 {
                flowDepth -= 1
                scan.nodeStart = false
            } else if byte == .comma && flowDepth > 0 {
                // The next item of a flow collection starts after it.
            } else if (byte == .pipe || byte == .greater) && flowDepth == 0 {
                return .blockScalar(parent: scan.owner)
            } else if byte == .exclamation {
                // A tag: a property, after which the node itself starts.
                while scan.position < scan.lineEnd, !isBlank(bytes[scan.position]) { scan.position += 1 }
                return nil
            } else if byte == .doubleQuote || byte == .singleQuote {
                scan.position = skipQuoted(from: position, &scan.lineEnd)
                scan.nodeStart = false
                return nil
            } else {
                scan.plainStart = position - lineStart
                scan.nodeStart = false
            }
            scan.position += 1
            return nil
        }

        /// Reads one byte within a value, looking for what ends it: a key's `:`, or a
        /// flow collection's `,` or bracket.
        mutating func scanWithinValue(_ scan: inout LineScan) {
            let position = scan.position
            let byte = bytes[position]
            let next = position + 1 < scan.lineEnd ? bytes[position + 1] : UInt8.newline
            if byte == .colon, isBlank(next) || next == .newline || (flowDepth > 0 && isFlowIndicator(next)) {
                scan.owner = scan.plainStart
                scan.nodeStart = true
            } else if flowDepth > 0, byte == .comma || byte == .openBracket || byte == .openBrace {
                if byte != .comma { flowDepth += 1 }
                scan.nodeStart = true
            } else if flowDepth > 0, byte == .closeBracket || byte == .closeBrace {
                flowDepth -= 1
            }
            scan.position += 1
        }

        /// Skips a quoted value, which may span lines; returns the index after its closing quote.
        mutating func skipQuoted(from open: Int, _ lineEnd: inout Int) -> Int {
            let quote = bytes[open]
            var position = open + 1
            while position < bytes.count {
                let byte = bytes[position]
                if byte == .newline {
                    line += 1
                    lineStart = position + 1
                    index = lineStart
                    lineEnd = bytes[lineStart...].firstIndex(of: .newline) ?? bytes.count
                } else if quote == .doubleQuote, byte == .backslash {
                    position += 1
                } else if byte == quote {
                    if quote == .singleQuote, position + 1 < bytes.count, bytes[position + 1] == .singleQuote {
                        position += 1
                    } else {
                        return position + 1
                    }
                }
                position += 1
            }
            lineEnd = bytes.count
            return bytes.count
        }

        func isBlank(_ byte: UInt8) -> Bool { byte == .space || byte == .tab || byte == .newline || byte == .carriageReturn }

        func isFlowIndicator(_ byte: UInt8) -> Bool {
            byte == .comma || byte == .openBracket || byte == .closeBracket || byte == .openBrace || byte == .closeBrace
        }
    }
}

private extension UInt8 {
    static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    static let hash = UInt8(ascii: "#"), ampersand = UInt8(ascii: "&"), asterisk = UInt8(ascii: "*")
    static let dash = UInt8(ascii: "-"), question = UInt8(ascii: "?"), colon = UInt8(ascii: ":")
    static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    static let comma = UInt8(ascii: ","), pipe = UInt8(ascii: "|"), greater = UInt8(ascii: ">")
    static let exclamation = UInt8(ascii: "!"), doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
}
