import FuzzHarness
import Foundation

/// `make fuzz` builds this with `-sanitize=fuzzer -DFUZZING`: main hands control to libFuzzer's
/// driver (SwiftPM owns `main` of an executable, so libFuzzer's own main cannot be used).
/// An ordinary build replays the files or folders given, so a crash the fuzzer found can be
/// reproduced and debugged without the fuzzer (`spiegel-fuzz crash-…`).
@main
struct Entry {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            runToTheEnd(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        })
        #else
        var count = 0
        for argument in CommandLine.arguments.dropFirst() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []).sorted().map { argument + "/" + $0 }
                : [argument]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                runToTheEnd([UInt8](data))
                count += 1
            }
        }
        print("replayed \(count) input(s) without a failure")
        #endif
    }
}

/// Runs one input through the (asynchronous) pipeline and waits for it: libFuzzer calls a plain C
/// function and reads its coverage when the call returns. The waiting thread is libFuzzer's own,
/// not one of the task pool's, which do the work meanwhile.
func runToTheEnd(_ input: [UInt8]) {
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        await FuzzHarness.run(input)
        done.signal()
    }
    done.wait()
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif
