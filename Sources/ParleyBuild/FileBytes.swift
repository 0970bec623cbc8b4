import Foundation

/// The bytes of an open file, read to its end; nil if a read fails.
func data(ofOpenFile descriptor: Int32) -> Data? {
    do {
        return try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).readToEnd() ?? Data()
    } catch {
        return nil
    }
}

/// The bytes of an open file, read to its end, as an array; nil if a read fails.
func bytes(ofOpenFile descriptor: Int32) -> [UInt8]? {
    data(ofOpenFile: descriptor).map { [UInt8]($0) }
}
