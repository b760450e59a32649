import Foundation

/// The UI language: Indonesian by default, English on request.
public enum Bahasa: String, Sendable, CaseIterable {
    case id, en

    /// `--lang` wins; otherwise an English `LANG`/`LC_ALL`/`LC_MESSAGES` gives English.
    public static func pilih(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bahasa {
        if let flag, let chosen = Bahasa(rawValue: flag.lowercased()) { return chosen }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .id
            }
        }
        return .id
    }
}

/// A sentence in both languages; turned into text in one place, `teks(_:)`.
public struct Pesan: Sendable, Equatable, CustomStringConvertible {
    public let id: String
    public let en: String
    public init(id: String, en: String) { self.id = id; self.en = en }
    public func teks(_ bahasa: Bahasa) -> String { bahasa == .id ? id : en }
    public var description: String { id }
}
extension Pesan: Error {}

extension Bahasa {
    /// The one way a sentence is put in the language of a run: Indonesian and English side by side.
    public func t(_ id: String, _ en: String) -> String { self == .id ? id : en }
}

/// Anything that speaks in one language (a screen, a command's run): `t` gives its sentence.
public protocol Berbahasa {
    var bahasa: Bahasa { get }
}

extension Berbahasa {
    public func t(_ id: String, _ en: String) -> String { bahasa.t(id, en) }
}
