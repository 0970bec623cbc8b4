// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyBuild", targets: ["ParleyBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The C library, nothing else.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
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
        // The command line.
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyBuild",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ParleyMarkdownTests", dependencies: ["ParleyMarkdown"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "ParleySite"]),
        .testTarget(name: "ParleyBuildTests", dependencies: ["ParleyBuild", "ParleySite"]),
    ],
    swiftLanguageModes: [.v6]
)
