/// kinerja's version, as `kinerja --version` prints it.
public enum Versi {
    public static let teks = "0.12.0"
}
