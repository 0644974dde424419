// swift-tools-version:6.0
import PackageDescription

import Foundation

/// mimalloc (Debian: libmimalloc-dev) as the allocator of the two programs: linked, it replaces
/// malloc for the whole process (Swift's runtime, Foundation, cmark-gfm). At 10,000 pages a build
/// takes 0.84 of the time it takes with glibc's allocator (docs/performance.md). `make release`
/// sets SPIEGEL_RELEASE and leaves it out: Debian ships mimalloc only as a shared library, which
/// a machine without it could not load.
let mimalloc: [LinkerSetting] = ProcessInfo.processInfo.environment["SPIEGEL_RELEASE"] == nil ? [.linkedLibrary("mimalloc")] : []

let package = Package(
    name: "Spiegel",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "spiegel", targets: ["spiegel"]),
        // `spiegel serve` starts this program, next to `spiegel`.
        .executable(name: "spiegel-preview", targets: ["spiegel-preview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // The system cmark-gfm (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The memory of cmark-gfm's trees: one arena per run of documents, freed in one step.
        .target(name: "CmarkArena"),
        // The only module that touches cmark-gfm's C API.
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "CmarkArena"]),
        // Mapping on all cores with task groups: the one generic helper the stages share.
        .target(name: "Parallel"),
        // Entity types, front matter, the content graph and its validation.
        .target(name: "Content", dependencies: ["Markdown", "Yams", "TemplateEngine"]),
        // Mustache templates compiled for fast rendering of typed values.
        .target(name: "TemplateEngine"),
        // Rendering the graph to pages and writing the site.
        .target(name: "Site", dependencies: [
            "Content", "TemplateEngine", "Parallel",
        ]),
        // The build pipeline's stages in order, which build, check, serve and the fuzzer all run.
        .target(name: "Pipeline", dependencies: ["Content", "Site", "Parallel"]),
        // `spiegel serve`: the preview server, rebuilding on change and reloading the browser.
        .target(name: "Preview", dependencies: [
            "Content", "Site", "Pipeline",
            .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        // What the command-line programs share: options, exit codes, what they print.
        .target(name: "CommandLineSupport", dependencies: [
            "Content", "Site", "Pipeline", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "spiegel", dependencies: [
            "Content", "Site", "Pipeline", "CommandLineSupport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: mimalloc),
        // The preview server that `spiegel serve` starts: its HTTP library stays out of `spiegel`.
        .executableTarget(name: "spiegel-preview", dependencies: [
            "Preview", "Site", "CommandLineSupport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: mimalloc),
        // The whole pipeline as one function of bytes, for libFuzzer and for regression tests.
        .target(name: "FuzzHarness", dependencies: ["Content", "Markdown", "Site", "Pipeline"]),
        .executableTarget(name: "spiegel-fuzz", dependencies: ["FuzzHarness"]),
        // What several test suites share (running git as an editor does).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "Pipeline", "Yams"]),
        .testTarget(name: "TemplateEngineTests", dependencies: [
            "TemplateEngine",
        ]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Content", "Pipeline", "FuzzHarness", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Site", "Content", "Pipeline", "TestSupport", "CommandLineSupport"]),
        // Runs the built `spiegel` binary as editors and their scripts do.
        .testTarget(name: "CommandTests", dependencies: ["spiegel", "spiegel-preview", "Content"]),
    ],
    swiftLanguageModes: [.v6]
)
