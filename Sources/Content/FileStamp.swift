import Foundation

/// What tells that a file changed without reading it: editors' atomic saves change the inode,
/// ordinary saves the modification time (in nanoseconds) or the size.
public struct FileStamp: Equatable, Sendable {
    let seconds: Int
    let nanoseconds: Int
    let size: Int64
    let inode: UInt64

    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        seconds = info.st_mtimespec.tv_sec
        nanoseconds = info.st_mtimespec.tv_nsec
        #else
        seconds = info.st_mtim.tv_sec
        nanoseconds = info.st_mtim.tv_nsec
        #endif
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
    }
}
