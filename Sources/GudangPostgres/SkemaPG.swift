/// The shared store's schema, as numbered migrations applied in order by `kinerja db init`
/// (each once, recorded in `kinerja.versi`; re-running applies only what is missing).
///
/// What the database itself enforces, whoever connects (kinerja or psql):
/// - row-level security: a role mapped to an OPD (`kinerja.akses`) reads and writes only
///   that OPD's rows; a BAPPEDA role (`opd = '*'`) reads every OPD, closes and reopens
///   quarters and writes reviewer notes, never an OPD's figures;
/// - a closed quarter's values cannot be written or removed (trigger `nilai_kunci`);
/// - the journal is append-only: the application's roles may insert, and a trigger refuses
///   every update, delete and truncate, even the owner's;
/// - every write to a value takes a new revision, is journalled and announced
///   (`pg_notify` on the OPD-year's channel) by the database, not by the client.
enum SkemaPG {
    static let migrasi: [String] = [satu, dua]

    static var versiTerbaru: Int { migrasi.count }

    /// Run first, outside the numbered migrations: the bookkeeping itself.
    static let dasar = """
    CREATE SCHEMA IF NOT EXISTS kinerja;
    CREATE TABLE IF NOT EXISTS kinerja.versi (versi int PRIMARY KEY, dipasang timestamptz NOT NULL DEFAULT now());
    """

    static let satu = #"""
    -- Roles belong to the whole server: another database's init may be making it right now.
    DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kinerja_pengguna') THEN
        CREATE ROLE kinerja_pengguna NOLOGIN;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$;

    CREATE SEQUENCE kinerja.revisi;

    -- Who may see which OPD: a role and an OPD code, or '*' for BAPPEDA.
    CREATE TABLE kinerja.akses (
      peran name NOT NULL,
      opd text NOT NULL,
      PRIMARY KEY (peran, opd)
    );

    -- One OPD's year: its shape (the data file's JSON with every value blank).
    CREATE TABLE kinerja.dokumen (
      opd text NOT NULL,
      tahun int NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
      nama text NOT NULL,
      struktur text NOT NULL,
      revisi bigint NOT NULL DEFAULT nextval('kinerja.revisi'),
      PRIMARY KEY (opd, tahun)
    );

    -- Every value a person can change, one row each, with its revision. Blank is NULL.
    CREATE TABLE kinerja.nilai (
      opd text NOT NULL,
      tahun int NOT NULL,
      alamat text NOT NULL,
      jenis text NOT NULL CHECK (jenis IN ('indikator', 'anggaran', 'catatan', 'verifikasi', 'tanggapan', 'skala', 'renstra')),
      simpul text,
      tw smallint CHECK (tw BETWEEN 1 AND 4),
      uraian text NOT NULL,
      angka numeric,
      rupiah bigint CHECK (rupiah >= 0),
      teks text,
      revisi bigint NOT NULL DEFAULT nextval('kinerja.revisi'),
      oleh text NOT NULL DEFAULT current_user,
      waktu text NOT NULL DEFAULT '',
      PRIMARY KEY (opd, tahun, alamat),
      FOREIGN KEY (opd, tahun) REFERENCES kinerja.dokumen ON DELETE CASCADE,
      CHECK (num_nonnulls(angka, rupiah, teks) <= 1)
    );
    CREATE INDEX nilai_revisi ON kinerja.nilai (opd, tahun, revisi);

    -- Closed quarters: a value of such a quarter cannot change.
    CREATE TABLE kinerja.kunci (
      opd text NOT NULL,
      tahun int NOT NULL,
      tw smallint NOT NULL CHECK (tw BETWEEN 1 AND 4),
      oleh text NOT NULL,
      waktu text NOT NULL,
      PRIMARY KEY (opd, tahun, tw),
      FOREIGN KEY (opd, tahun) REFERENCES kinerja.dokumen ON DELETE CASCADE
    );

    -- The audit trail: appended, never changed.
    CREATE TABLE kinerja.jurnal (
      id bigserial PRIMARY KEY,
      opd text NOT NULL,
      tahun int NOT NULL,
      alamat text,
      uraian text NOT NULL,
      lama text,
      baru text,
      oleh text NOT NULL DEFAULT current_user,
      pada timestamptz NOT NULL DEFAULT now(),
      sumber text
    );
    CREATE INDEX jurnal_opd ON kinerja.jurnal (opd, tahun, id);

    CREATE FUNCTION kinerja.boleh(o text) RETURNS boolean LANGUAGE sql STABLE AS
      $f$ SELECT EXISTS (SELECT 1 FROM kinerja.akses WHERE peran = current_user AND opd = o) $f$;
    CREATE FUNCTION kinerja.bappeda() RETURNS boolean LANGUAGE sql STABLE AS
      $f$ SELECT EXISTS (SELECT 1 FROM kinerja.akses WHERE peran = current_user AND opd = '*') $f$;
    CREATE FUNCTION kinerja.sekarang() RETURNS text LANGUAGE sql STABLE AS
      $f$ SELECT to_char(now(), 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM') $f$;
    CREATE FUNCTION kinerja.saluran(o text, t int) RETURNS text LANGUAGE sql IMMUTABLE AS
      $f$ SELECT 'kinerja_' || md5(o || '/' || t) $f$;

    CREATE FUNCTION kinerja.nilai_sebelum() RETURNS trigger LANGUAGE plpgsql AS $f$
    DECLARE
      r kinerja.nilai;
      k record;
    BEGIN
      IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
      IF r.tw IS NOT NULL THEN
        SELECT oleh, waktu INTO k FROM kinerja.kunci WHERE opd = r.opd AND tahun = r.tahun AND tw = r.tw;
        IF FOUND THEN
          RAISE EXCEPTION USING ERRCODE = 'KN001',
            MESSAGE = format('TW %s %s %s ditutup oleh %s, %s', r.tw, r.opd, r.tahun, k.oleh, left(k.waktu, 10)),
            HINT = 'buka dulu: kinerja unlock';
        END IF;
      END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      IF TG_OP = 'UPDATE' AND (NEW.opd, NEW.tahun, NEW.alamat, NEW.jenis) IS DISTINCT FROM (OLD.opd, OLD.tahun, OLD.alamat, OLD.jenis) THEN
        RAISE EXCEPTION USING ERRCODE = 'KN003', MESSAGE = 'alamat nilai tidak dapat diubah';
      END IF;
      NEW.revisi := nextval('kinerja.revisi');
      IF coalesce(current_setting('kinerja.dorong', true), '') <> '1' THEN
        NEW.oleh := current_user;
        NEW.waktu := kinerja.sekarang();
      END IF;
      RETURN NEW;
    END $f$;
    CREATE TRIGGER nilai_kunci BEFORE INSERT OR UPDATE OR DELETE ON kinerja.nilai
      FOR EACH ROW EXECUTE FUNCTION kinerja.nilai_sebelum();

    CREATE FUNCTION kinerja.nilai_sesudah() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      IF coalesce(current_setting('kinerja.dorong', true), '') = '1' THEN RETURN NULL; END IF;
      INSERT INTO kinerja.jurnal (opd, tahun, alamat, uraian, lama, baru, sumber)
        VALUES (NEW.opd, NEW.tahun, NEW.alamat, NEW.uraian,
                CASE WHEN TG_OP = 'UPDATE' THEN coalesce(OLD.angka::text, OLD.rupiah::text, OLD.teks) END,
                coalesce(NEW.angka::text, NEW.rupiah::text, NEW.teks),
                nullif(current_setting('kinerja.sumber', true), ''));
      PERFORM pg_notify(kinerja.saluran(NEW.opd, NEW.tahun), NEW.revisi::text);
      RETURN NULL;
    END $f$;
    CREATE TRIGGER nilai_jurnal AFTER INSERT OR UPDATE ON kinerja.nilai
      FOR EACH ROW EXECUTE FUNCTION kinerja.nilai_sesudah();

    CREATE FUNCTION kinerja.kunci_sesudah() RETURNS trigger LANGUAGE plpgsql AS $f$
    DECLARE r kinerja.kunci;
    BEGIN
      IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
      IF coalesce(current_setting('kinerja.dorong', true), '') = '1' THEN RETURN NULL; END IF;
      INSERT INTO kinerja.jurnal (opd, tahun, uraian, sumber)
        VALUES (r.opd, r.tahun, CASE WHEN TG_OP = 'DELETE' THEN 'buka TW ' ELSE 'tutup TW ' END || r.tw,
                nullif(current_setting('kinerja.sumber', true), ''));
      PERFORM pg_notify(kinerja.saluran(r.opd, r.tahun), 'kunci');
      RETURN NULL;
    END $f$;
    CREATE TRIGGER kunci_jurnal AFTER INSERT OR DELETE ON kinerja.kunci
      FOR EACH ROW EXECUTE FUNCTION kinerja.kunci_sesudah();

    CREATE FUNCTION kinerja.jurnal_tetap() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      RAISE EXCEPTION USING ERRCODE = 'KN002', MESSAGE = 'jurnal hanya dapat ditambah, tidak diubah atau dihapus';
    END $f$;
    CREATE TRIGGER jurnal_tetap BEFORE UPDATE OR DELETE ON kinerja.jurnal
      FOR EACH ROW EXECUTE FUNCTION kinerja.jurnal_tetap();
    CREATE TRIGGER jurnal_tetap_kosong BEFORE TRUNCATE ON kinerja.jurnal
      FOR EACH STATEMENT EXECUTE FUNCTION kinerja.jurnal_tetap();

    ALTER TABLE kinerja.akses ENABLE ROW LEVEL SECURITY;
    ALTER TABLE kinerja.dokumen ENABLE ROW LEVEL SECURITY;
    ALTER TABLE kinerja.nilai ENABLE ROW LEVEL SECURITY;
    ALTER TABLE kinerja.kunci ENABLE ROW LEVEL SECURITY;
    ALTER TABLE kinerja.jurnal ENABLE ROW LEVEL SECURITY;

    CREATE POLICY diri ON kinerja.akses FOR SELECT USING (peran = current_user);

    CREATE POLICY baca ON kinerja.dokumen FOR SELECT USING (kinerja.boleh(opd) OR kinerja.bappeda());
    CREATE POLICY tambah ON kinerja.dokumen FOR INSERT WITH CHECK (kinerja.boleh(opd));
    CREATE POLICY ubah ON kinerja.dokumen FOR UPDATE USING (kinerja.boleh(opd)) WITH CHECK (kinerja.boleh(opd));
    CREATE POLICY hapus ON kinerja.dokumen FOR DELETE USING (kinerja.boleh(opd));

    CREATE POLICY baca ON kinerja.nilai FOR SELECT USING (kinerja.boleh(opd) OR kinerja.bappeda());
    CREATE POLICY tambah ON kinerja.nilai FOR INSERT WITH CHECK (
      (kinerja.boleh(opd) AND jenis <> 'verifikasi') OR (kinerja.bappeda() AND jenis = 'verifikasi'));
    CREATE POLICY ubah ON kinerja.nilai FOR UPDATE
      USING ((kinerja.boleh(opd) AND jenis <> 'verifikasi') OR (kinerja.bappeda() AND jenis = 'verifikasi'))
      WITH CHECK ((kinerja.boleh(opd) AND jenis <> 'verifikasi') OR (kinerja.bappeda() AND jenis = 'verifikasi'));
    CREATE POLICY hapus ON kinerja.nilai FOR DELETE USING (kinerja.boleh(opd));

    CREATE POLICY baca ON kinerja.kunci FOR SELECT USING (kinerja.boleh(opd) OR kinerja.bappeda());
    CREATE POLICY tutup ON kinerja.kunci FOR INSERT WITH CHECK (kinerja.bappeda());
    CREATE POLICY buka ON kinerja.kunci FOR DELETE USING (kinerja.bappeda());

    CREATE POLICY baca ON kinerja.jurnal FOR SELECT USING (kinerja.boleh(opd) OR kinerja.bappeda());
    CREATE POLICY tambah ON kinerja.jurnal FOR INSERT WITH CHECK (kinerja.boleh(opd) OR kinerja.bappeda());

    GRANT USAGE ON SCHEMA kinerja TO kinerja_pengguna;
    GRANT SELECT ON kinerja.versi, kinerja.akses TO kinerja_pengguna;
    GRANT SELECT, INSERT, UPDATE, DELETE ON kinerja.dokumen, kinerja.nilai TO kinerja_pengguna;
    GRANT SELECT, INSERT, DELETE ON kinerja.kunci TO kinerja_pengguna;
    GRANT SELECT, INSERT ON kinerja.jurnal TO kinerja_pengguna;
    GRANT USAGE ON SEQUENCE kinerja.revisi, kinerja.jurnal_id_seq TO kinerja_pengguna;
    """#

    /// A script as its statements: split at `;` outside quotes, dollar quotes and comments
    /// (the server takes one statement per query in the protocol kinerja speaks).
    static func pernyataan(_ script: String) -> [String] {
        var out: [String] = []
        var current = ""
        var chars = Array(script)[...]
        var dollar: String?
        var quoted = false
        while let c = chars.popFirst() {
            if let tag = dollar {
                current.append(c)
                if c == "$", current.hasSuffix(tag), current.count >= tag.count * 2 { dollar = nil }
                continue
            }
            if quoted {
                current.append(c)
                if c == "'" { quoted = false }
                continue
            }
            switch c {
            case "'":
                quoted = true
                current.append(c)
            case "-" where chars.first == "-":
                while let n = chars.first, n != "\n" { chars.removeFirst() }
            case "$":
                var tag = "$"
                var rest = chars
                while let n = rest.first, n.isLetter || n.isNumber || n == "_" { tag.append(n); rest.removeFirst() }
                if rest.first == "$" {
                    rest.removeFirst()
                    tag.append("$")
                    chars = rest
                    current += tag
                    dollar = tag
                } else {
                    current.append(c)
                }
            case ";":
                let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !statement.isEmpty { out.append(statement) }
                current = ""
            default:
                current.append(c)
            }
        }
        let last = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty { out.append(last) }
        return out
    }
}
