#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The parts of a file's `stat` that change when its bytes do: size,
/// modification time to the nanosecond, and inode (an editor that saves by
/// writing a new file and renaming it over the old one changes the inode even
/// when size and time happen to match).
public struct FileStamp: Hashable, Sendable {
    public var size: Int64
    public var seconds: Int
    public var nanoseconds: Int
    public var inode: UInt64

    /// The stamp of the file at `path`, following links; nil if there is none.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    public init(_ info: stat) {
        size = Int64(info.st_size)
        #if canImport(Darwin)
        seconds = Int(info.st_mtimespec.tv_sec)
        nanoseconds = Int(info.st_mtimespec.tv_nsec)
        #else
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
        #endif
        inode = UInt64(info.st_ino)
    }
}
