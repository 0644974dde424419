// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Spiegel",
    platforms: [.macOS(.v14)],
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
        // mimalloc (Debian: libmimalloc-dev), the command line's allocator.
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        // The only module that touches cmark-gfm's C API.
        .target(name: "Markdown", dependencies: ["CCmarkGFM"]),
        // Entity types, front matter, the content graph and its validation.
        .target(name: "Content", dependencies: ["Markdown", "Yams"]),
        // Mustache templates compiled for fast rendering of typed values.
        .target(name: "TemplateEngine"),
        // Rendering the graph to pages and writing the site.
        .target(name: "Site", dependencies: [
            "Content", "TemplateEngine",
        ]),
        // `spiegel serve`: the preview server, rebuilding on change and reloading the browser.
        .target(name: "Preview", dependencies: [
            "Content", "Site",
            .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        // What the command-line programs share: options, exit codes, what they print.
        .target(name: "CommandLineSupport", dependencies: [
            "Content", "Site", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "spiegel", dependencies: [
            "Content", "Site", "CommandLineSupport", "CMimalloc",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The preview server that `spiegel serve` starts: its HTTP library stays out of `spiegel`.
        .executableTarget(name: "spiegel-preview", dependencies: [
            "Preview", "CommandLineSupport", "CMimalloc",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The whole pipeline as one function of bytes, for libFuzzer and for regression tests.
        .target(name: "FuzzHarness", dependencies: ["Content", "Markdown", "Site"]),
        .executableTarget(name: "spiegel-fuzz", dependencies: ["FuzzHarness"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "Yams"]),
        .testTarget(name: "TemplateEngineTests", dependencies: [
            "TemplateEngine",
        ]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Content", "FuzzHarness"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Site", "Content"]),
        // Runs the built `spiegel` binary as editors and their scripts do.
        .testTarget(name: "CommandTests", dependencies: ["spiegel", "spiegel-preview", "Content"]),
    ],
    swiftLanguageModes: [.v6]
)
