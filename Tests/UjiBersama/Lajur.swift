import Foundation
import Testing

/// The lanes of the test suite (docs/pengujian.md). The fast lane is every test without
/// a lane: no tmux, no server, no sleeps, no wall-clock limits, no other users.
/// `KINERJA_LAJUR=cepat swift test` runs the fast lane alone; `KINERJA_LAJUR=cepat,tmux`
/// adds a lane; unset, every lane runs (as `.ci/run` does).
extension Tag {
    /// Drives the real binary in tmux at a given size.
    @Tag public static var tmux: Self
    /// Needs the PostgreSQL server `.ci/run` starts (or `tools/pg/server`).
    @Tag public static var pg: Self
    /// Load: thousands of writes, minutes of work.
    @Tag public static var beban: Self
    /// Waits on the clock, holds a wall-clock limit, or runs as other users.
    @Tag public static var lambat: Self
}

public enum Lajur {
    /// The lanes chosen for this run; nil: all of them.
    public static let dipilih: Set<String>? = ProcessInfo.processInfo.environment["KINERJA_LAJUR"].map {
        Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    public static func jalan(_ nama: String) -> Bool { dipilih.map { $0.contains(nama) } ?? true }
}

extension Trait where Self == ConditionTrait {
    /// A lane's test runs when its lane is chosen; `.tags` names the lane for tools that filter by tag.
    public static func lajur(_ tag: Tag) -> Self {
        let nama = String(String(describing: tag).drop { $0 == "." })
        return .enabled(if: Lajur.jalan(nama), "lane \(nama) not chosen (KINERJA_LAJUR)")
    }
}
