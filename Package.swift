// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kinerja",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kinerja", targets: ["Perintah"]),
        .library(name: "Model", targets: ["Model"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
    ],
    targets: [
        // The core: the domain, the stored tree and its JSON, the quarter, the journal's
        // lines, the rules of a typed value. No dependency.
        .target(name: "Model"),
        // The report tables, computed from the core.
        .target(name: "Pelaporan", dependencies: ["Model"]),
        // The file store: a data file, its journal, side files, recovery copies, presence.
        .target(name: "GudangBerkas", dependencies: ["Model"]),
        // Spreadsheets in and out: the only target that imports the zip library.
        .target(name: "LembarKerja", dependencies: [
            "Model",
            "Pelaporan",
            "GudangBerkas",
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
        // The interface: state, update, views and the shell that runs them.
        .target(name: "Antarmuka", dependencies: ["Model", "Pelaporan", "GudangBerkas", "LembarKerja", "GudangPostgres", "Layar"]),
        // The executable: subcommands, composition, bench; the only target that imports ArgumentParser.
        .executableTarget(
            name: "Perintah",
            dependencies: [
                "Model",
                "Pelaporan",
                "GudangBerkas",
                "LembarKerja",
                "GudangPostgres",
                "Layar",
                "Antarmuka",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What both test targets share: the lanes and the temporary folders of a run.
        .target(name: "UjiBersama", path: "Tests/UjiBersama"),
        .testTarget(name: "ModelTests", dependencies: ["UjiBersama", "Model", "Pelaporan", "GudangBerkas", "LembarKerja"]),
        .testTarget(name: "CLITests", dependencies: ["UjiBersama", "Model", "Pelaporan", "GudangBerkas", "LembarKerja", "GudangPostgres", "Layar", "Antarmuka", "Perintah"]),
    ]
)
