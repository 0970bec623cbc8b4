// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyBuild", targets: ["ParleyBuild"]),
    ],
    traits: [
        // Off by default, so that a default build needs only libcmark-dev:
        // `swift build -c release --traits Mimalloc` (needs libmimalloc-dev).
        .trait(name: "Mimalloc", description: "Run parley and parley-benchmark on mimalloc (libmimalloc-dev) instead of the system malloc."),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The C library, nothing else.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // mimalloc, linked into the command with the Mimalloc trait so that it
        // replaces malloc for the whole process: a build makes millions of small
        // strings and arrays.
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        // The only Swift code that touches cmark's C API.
        .target(name: "ParleyMarkdown", dependencies: ["CCmark"]),
        // The content model that templates read: plain values, already linked.
        .target(name: "ParleySite"),
        // Pages as Swift string templates.
        .target(name: "Templates", dependencies: ["ParleySite"], path: "Templates"),
        // Loading, validation, linking, rendering and writing a site.
        .target(
            name: "ParleyBuild",
            dependencies: [
                "ParleyMarkdown", "ParleySite", "Templates",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The authoring workflow: `parley serve` (build, watch, serve with live reload),
        // `parley check` and `parley new`.
        .target(
            name: "ParleyServe",
            dependencies: [
                "ParleyBuild", "ParleySite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `parley import`: reading a transcript (plain text, Markdown, Word) into interview files.
        .target(
            name: "ParleyImport",
            dependencies: [
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The command line.
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyBuild", "ParleyServe", "ParleyImport",
                .target(name: "CMimalloc", condition: .when(traits: ["Mimalloc"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A seeded fuzzer of load → parse → link → render; not part of any product (Tests/Fuzz/run.sh).
        .executableTarget(name: "parley-fuzz", dependencies: ["ParleyBuild", "ParleySite"], path: "Sources/ParleyFuzz"),
        // The build benchmark (Benchmarks/run.sh); not part of any product.
        .executableTarget(
            name: "parley-benchmark",
            dependencies: ["ParleyBuild", .target(name: "CMimalloc", condition: .when(traits: ["Mimalloc"]))],
            path: "Benchmarks/Sources"
        ),
        .testTarget(name: "ParleyMarkdownTests", dependencies: ["ParleyMarkdown"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "ParleySite"], exclude: ["Fixtures"]),
        // What the test targets that run the `parley` executable share.
        .target(name: "ParleyTestSupport", path: "Tests/ParleyTestSupport"),
        .testTarget(name: "ParleyBuildTests", dependencies: ["ParleyBuild", "ParleySite", "ParleyTestSupport"]),
        .testTarget(name: "ParleyServeTests", dependencies: ["ParleyServe", "ParleyBuild", "ParleySite", "ParleyTestSupport"]),
        .testTarget(
            name: "ParleyImportTests",
            dependencies: ["ParleyImport", "ParleyBuild", "ParleyTestSupport",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
