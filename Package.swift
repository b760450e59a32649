// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kinerja",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kinerja", targets: ["TUI"]),
        .library(name: "Model", targets: ["Model"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
    ],
    targets: [
        // The domain, the data file and the reports (no package dependency).
        .target(name: "Model"),
        // Spreadsheets in and out: the only target that imports the zip library.
        .target(name: "LembarKerja", dependencies: [
            "Model",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The shared store: the only target that imports PostgresNIO.
        .target(name: "GudangPostgres", dependencies: [
            "Model",
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The screen: canvas, terminal protocol, keys; the only target that imports CNcurses.
        .target(name: "Layar", dependencies: ["Model", "CNcurses"]),
        .executableTarget(
            name: "TUI",
            dependencies: [
                "Model",
                "LembarKerja",
                "GudangPostgres",
                "Layar",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ModelTests", dependencies: ["Model", "LembarKerja"]),
        .testTarget(name: "CLITests", dependencies: ["Model", "LembarKerja", "GudangPostgres", "Layar", "TUI"]),
    ]
)
