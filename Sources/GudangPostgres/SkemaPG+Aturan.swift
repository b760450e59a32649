extension SkemaPG {
    /// Migration 2: the rules hold against any client, psql included.
    ///
    /// - A value's kind, node, quarter and description are worked out by the database from
    ///   its address (`kinerja.arti`), never taken from the client; an address that is not
    ///   one of kinerja's is refused, and so is a value of the wrong type for its kind.
    /// - The closed-quarter trigger looks at the old row and the new (INSERT, UPDATE, DELETE);
    ///   an OPD-year with a closed quarter cannot be removed, and closings are not removed
    ///   by a cascade. A stored shape carries no values.
    /// - An office writes only its OPD's figures and notes; BAPPEDA only reviewer's notes;
    ///   neither removes the other's (rows are removed only through `kinerja.hapus_nilai`).
    /// - The journal is written by the database's triggers only, with the login role
    ///   (`session_user`) and the server's clock; the roles cannot insert into it. A push is
    ///   one journal line, written by `kinerja.kirim`, the only way to store an OPD-year whole.
    /// - Writers of an OPD-year take turns on its `dokumen` row (a value write shares it, a
    ///   closing or a change of shape takes it whole), which row-level security guards: no
    ///   role can hold another OPD's turn. The roles hold no table-level write right, so
    ///   none can `LOCK TABLE` beyond ACCESS SHARE.
    /// - Notification channels carry a secret: an office cannot name another's channel.
    static let dua = #"""
    -- The old rules out: they trusted columns the client wrote.
    DROP POLICY tambah ON kinerja.nilai;
    DROP POLICY ubah ON kinerja.nilai;
    DROP POLICY hapus ON kinerja.nilai;
    DROP POLICY tambah ON kinerja.dokumen;
    DROP POLICY ubah ON kinerja.dokumen;
    DROP POLICY hapus ON kinerja.dokumen;
    DROP POLICY tutup ON kinerja.kunci;
    DROP POLICY buka ON kinerja.kunci;
    DROP POLICY tambah ON kinerja.jurnal;
    DROP TRIGGER nilai_kunci ON kinerja.nilai;
    DROP TRIGGER nilai_jurnal ON kinerja.nilai;
    DROP TRIGGER kunci_jurnal ON kinerja.kunci;
    DROP FUNCTION kinerja.nilai_sebelum();
    DROP FUNCTION kinerja.nilai_sesudah();
    DROP FUNCTION kinerja.kunci_sesudah();
    DROP FUNCTION kinerja.saluran(text, int);
    REVOKE ALL ON kinerja.dokumen, kinerja.nilai, kinerja.kunci, kinerja.jurnal, kinerja.akses, kinerja.versi FROM kinerja_pengguna;
    REVOKE ALL ON SEQUENCE kinerja.revisi, kinerja.jurnal_id_seq FROM kinerja_pengguna;
    ALTER TABLE kinerja.nilai ALTER COLUMN revisi DROP DEFAULT, ALTER COLUMN oleh DROP DEFAULT;
    ALTER TABLE kinerja.dokumen ALTER COLUMN revisi DROP DEFAULT;

    -- What an address means, read from the address alone. Every part is checked: exactly
    -- the keys kinerja writes, numbers as integers, quarters 1-4; anything else is NULL.
    -- posisi: a Renstra indicator's place (2.1.4); tahun_lain: the other Renstra year a value is of.
    CREATE TYPE kinerja.arti_alamat AS (jenis text, simpul text, tw smallint, uraian text, posisi text, tahun_lain int);

    CREATE FUNCTION kinerja.tepat(j jsonb, k text[]) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $f$ SELECT jsonb_typeof(j) = 'object' AND j ?& k AND (j - k) = '{}'::jsonb $f$;
    CREATE FUNCTION kinerja.bulat(j jsonb, batas int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $f$ SELECT CASE WHEN jsonb_typeof(j) = 'number' AND (j #>> '{}') ~ '^(0|[1-9][0-9]{0,8})$' AND (j #>> '{}')::int <= batas
                      THEN (j #>> '{}')::int END $f$;
    CREATE FUNCTION kinerja.kode(j jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $f$ SELECT CASE WHEN jsonb_typeof(j) = 'string' AND (j #>> '{}') ~ '^[^[:cntrl:]]{1,100}$' THEN j #>> '{}' END $f$;
    -- {} (yearly: 0) or {"tw": 1..4}.
    CREATE FUNCTION kinerja.triwulan(j jsonb) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $f$ SELECT CASE WHEN kinerja.tepat(j, '{}') THEN 0
                      WHEN kinerja.tepat(j, '{tw}') AND kinerja.bulat(j -> 'tw', 4) >= 1 THEN kinerja.bulat(j -> 'tw', 4) END $f$;
    -- A Renstra position: {"indikator", "tujuan"[, "sasaran"]} as 2.1.4, counted from 1.
    CREATE FUNCTION kinerja.posisi(j jsonb) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $f$ SELECT CASE WHEN kinerja.tepat(j, '{indikator,tujuan}') OR kinerja.tepat(j, '{indikator,sasaran,tujuan}') THEN
                   (kinerja.bulat(j -> 'tujuan', 9999) + 1)::text
                   || coalesce('.' || (kinerja.bulat(j -> 'sasaran', 9999) + 1)::text, CASE WHEN j ? 'sasaran' THEN '.?' ELSE '' END)
                   || '.' || (kinerja.bulat(j -> 'indikator', 9999) + 1)::text END $f$;

    CREATE FUNCTION kinerja.arti(a text) RETURNS kinerja.arti_alamat LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $f$
    DECLARE
      j jsonb := a::jsonb;
      k text;
      v jsonb;
      kol jsonb;
      nama text;
      q int;
      p text;
      r kinerja.arti_alamat;
      romawi text[] := ARRAY['I', 'II', 'III', 'IV'];
    BEGIN
      IF jsonb_typeof(j) <> 'object' THEN RETURN NULL; END IF;
      -- Exactly one key, one of kinerja's kinds.
      k := CASE WHEN j ? 'indikator' THEN 'indikator' WHEN j ? 'anggaran' THEN 'anggaran' WHEN j ? 'catatan' THEN 'catatan'
                WHEN j ? 'renstra' THEN 'renstra' WHEN j ? 'skala' THEN 'skala' WHEN j ? 'kondisiAwal' THEN 'kondisiAwal'
                WHEN j ? 'tahunRenstra' THEN 'tahunRenstra' END;
      IF k IS NULL OR (j - k) <> '{}'::jsonb THEN RETURN NULL; END IF;
      v := j -> k;
      CASE k
      WHEN 'indikator', 'renstra' THEN
        IF k = 'indikator' THEN
          IF NOT kinerja.tepat(v, '{_2,indeks,simpul}') OR kinerja.kode(v -> 'simpul') IS NULL OR kinerja.bulat(v -> 'indeks', 9999) IS NULL THEN RETURN NULL; END IF;
          kol := v -> '_2';
          r.simpul := kinerja.kode(v -> 'simpul');
          p := r.simpul || ' indikator ' || (kinerja.bulat(v -> 'indeks', 9999) + 1);
        ELSE
          IF NOT kinerja.tepat(v, '{_0,_1}') OR kinerja.posisi(v -> '_0') IS NULL OR kinerja.posisi(v -> '_0') LIKE '%?%' THEN RETURN NULL; END IF;
          kol := v -> '_1';
          r.posisi := kinerja.posisi(v -> '_0');
          p := 'Renstra ' || r.posisi;
        END IF;
        IF kinerja.tepat(kol, '{target}') THEN nama := 'target';
        ELSIF kinerja.tepat(kol, '{realisasi}') THEN nama := 'realisasi';
        ELSE RETURN NULL; END IF;
        q := kinerja.triwulan(kol -> nama);
        IF q IS NULL THEN RETURN NULL; END IF;
        r.jenis := CASE k WHEN 'indikator' THEN 'indikator' ELSE 'renstra' END;
        r.tw := nullif(q, 0);
        r.uraian := p || ' ' || nama || CASE WHEN q = 0 THEN ' tahunan' ELSE ' TW ' || romawi[q] END;
      WHEN 'anggaran' THEN
        IF NOT kinerja.tepat(v, '{_1,simpul}') OR kinerja.kode(v -> 'simpul') IS NULL THEN RETURN NULL; END IF;
        kol := v -> '_1';
        r.jenis := 'anggaran';
        r.simpul := kinerja.kode(v -> 'simpul');
        IF kinerja.tepat(kol, '{paguMurni}') AND kinerja.tepat(kol -> 'paguMurni', '{}') THEN
          r.uraian := r.simpul || ' pagu murni';
        ELSIF kinerja.tepat(kol, '{paguPerubahan}') AND kinerja.tepat(kol -> 'paguPerubahan', '{}') THEN
          r.uraian := r.simpul || ' pagu perubahan';
        ELSIF kinerja.tepat(kol, '{realisasi}') AND kinerja.triwulan(kol -> 'realisasi') >= 1 THEN
          r.tw := kinerja.triwulan(kol -> 'realisasi');
          r.uraian := r.simpul || ' realisasi anggaran TW ' || romawi[r.tw];
        ELSE RETURN NULL; END IF;
      WHEN 'catatan' THEN
        IF NOT kinerja.tepat(v, '{_2,simpul,tw}') OR kinerja.kode(v -> 'simpul') IS NULL OR coalesce(kinerja.bulat(v -> 'tw', 4), 0) < 1
           OR jsonb_typeof(v -> '_2') <> 'string' OR (v ->> '_2') NOT IN ('pendorong', 'penghambat', 'tindakLanjut', 'verifikasi', 'tanggapan') THEN
          RETURN NULL;
        END IF;
        r.jenis := CASE v ->> '_2' WHEN 'verifikasi' THEN 'verifikasi' WHEN 'tanggapan' THEN 'tanggapan' ELSE 'catatan' END;
        r.simpul := kinerja.kode(v -> 'simpul');
        r.tw := kinerja.bulat(v -> 'tw', 4);
        r.uraian := r.simpul || ' catatan ' || (v ->> '_2') || ' TW ' || romawi[r.tw];
      WHEN 'skala' THEN
        IF NOT kinerja.tepat(v, '{}') THEN RETURN NULL; END IF;
        r.jenis := 'skala';
        r.uraian := 'skala';
      WHEN 'kondisiAwal' THEN
        IF NOT kinerja.tepat(v, '{_0}') OR kinerja.posisi(v -> '_0') IS NULL OR kinerja.posisi(v -> '_0') LIKE '%?%' THEN RETURN NULL; END IF;
        r.jenis := 'renstra';
        r.posisi := kinerja.posisi(v -> '_0');
        r.uraian := 'Renstra ' || r.posisi || ' kondisi awal';
      WHEN 'tahunRenstra' THEN
        IF NOT kinerja.tepat(v, '{_0,realisasi,tahun}') OR kinerja.posisi(v -> '_0') IS NULL OR kinerja.posisi(v -> '_0') LIKE '%?%'
           OR jsonb_typeof(v -> 'realisasi') <> 'boolean' OR coalesce(kinerja.bulat(v -> 'tahun', 2100), 0) < 2000 THEN
          RETURN NULL;
        END IF;
        r.jenis := 'renstra';
        r.posisi := kinerja.posisi(v -> '_0');
        r.tahun_lain := kinerja.bulat(v -> 'tahun', 2100);
        r.uraian := 'Renstra ' || r.posisi || CASE WHEN (v -> 'realisasi')::boolean THEN ' realisasi ' ELSE ' target ' END || r.tahun_lain;
      ELSE
        RETURN NULL;
      END CASE;
      RETURN r;
    END $f$;

    -- Every row's meaning again from its address (the old trigger took them from the client).
    ALTER TABLE kinerja.nilai DROP CONSTRAINT nilai_jenis_check;
    UPDATE kinerja.nilai SET (jenis, simpul, tw, uraian) =
      (SELECT (x).jenis, (x).simpul, (x).tw, (x).uraian FROM (SELECT kinerja.arti(alamat) AS x) s);
    ALTER TABLE kinerja.nilai
      ADD CONSTRAINT nilai_jenis CHECK (jenis IN ('indikator', 'anggaran', 'catatan', 'verifikasi', 'tanggapan', 'skala', 'renstra')),
      ADD CONSTRAINT nilai_kolom CHECK (CASE WHEN jenis IN ('indikator', 'renstra') THEN rupiah IS NULL AND teks IS NULL
                                             WHEN jenis = 'anggaran' THEN angka IS NULL AND teks IS NULL
                                             ELSE angka IS NULL AND rupiah IS NULL END),
      -- What a Swift Decimal keeps exactly, NaN and the infinities refused.
      ADD CONSTRAINT nilai_angka CHECK (angka IS NULL OR (angka > -1e21 AND angka < 1e21 AND scale(angka) <= 15)),
      ADD CONSTRAINT nilai_rupiah CHECK (rupiah IS NULL OR rupiah <= 1000000000000000),
      ADD CONSTRAINT nilai_skala CHECK (jenis <> 'skala' OR teks IS NULL OR teks IN ('lkjip', 'renja'));
    -- One row per value however its address is spelt.
    CREATE UNIQUE INDEX nilai_satu ON kinerja.nilai (opd, tahun, (alamat::jsonb));

    -- Closings stay when an OPD-year is removed: the removal is refused instead.
    ALTER TABLE kinerja.kunci DROP CONSTRAINT kunci_opd_tahun_fkey;
    ALTER TABLE kinerja.kunci ADD CONSTRAINT kunci_opd_tahun_fkey FOREIGN KEY (opd, tahun) REFERENCES kinerja.dokumen ON DELETE RESTRICT;

    -- The nodes of each stored shape, kept by the database from the shape itself: a value
    -- can only be written where its node (and its indicator, its budget) exists.
    CREATE TABLE kinerja.simpul (
      opd text NOT NULL,
      tahun int NOT NULL,
      kode text NOT NULL,
      sub boolean NOT NULL,
      indikator int NOT NULL,
      PRIMARY KEY (opd, tahun, kode),
      FOREIGN KEY (opd, tahun) REFERENCES kinerja.dokumen ON DELETE CASCADE
    );
    -- The Renstra indicators of each stored shape, with the Renstra's years.
    CREATE TABLE kinerja.posisi (
      opd text NOT NULL,
      tahun int NOT NULL,
      posisi text NOT NULL,
      awal int NOT NULL,
      akhir int NOT NULL,
      PRIMARY KEY (opd, tahun, posisi),
      FOREIGN KEY (opd, tahun) REFERENCES kinerja.dokumen ON DELETE CASCADE
    );
    CREATE FUNCTION kinerja.simpul_dari(o text, t int, s text) RETURNS void LANGUAGE sql AS $f$
      DELETE FROM kinerja.posisi WHERE opd = o AND tahun = t;
      INSERT INTO kinerja.posisi (opd, tahun, posisi, awal, akhir)
        SELECT o, t, p, (s::jsonb -> 'renstra' ->> 'tahunAwal')::int, (s::jsonb -> 'renstra' ->> 'tahunAkhir')::int
        FROM (SELECT tu.n || '.' || i.n AS p
              FROM jsonb_array_elements(coalesce(s::jsonb -> 'renstra' -> 'tujuan', '[]')) WITH ORDINALITY tu(j, n),
                   jsonb_array_elements(coalesce(tu.j -> 'indikator', '[]')) WITH ORDINALITY i(j, n)
              UNION ALL
              SELECT tu.n || '.' || sa.n || '.' || i.n
              FROM jsonb_array_elements(coalesce(s::jsonb -> 'renstra' -> 'tujuan', '[]')) WITH ORDINALITY tu(j, n),
                   jsonb_array_elements(coalesce(tu.j -> 'sasaran', '[]')) WITH ORDINALITY sa(j, n),
                   jsonb_array_elements(coalesce(sa.j -> 'indikator', '[]')) WITH ORDINALITY i(j, n)) x;
      DELETE FROM kinerja.simpul WHERE opd = o AND tahun = t;
      INSERT INTO kinerja.simpul (opd, tahun, kode, sub, indikator)
        SELECT o, t, n ->> 'kode', sub, CASE WHEN jsonb_typeof(n -> 'indikator') = 'array' THEN jsonb_array_length(n -> 'indikator') ELSE 0 END
        FROM (SELECT n, false AS sub FROM jsonb_path_query(s::jsonb, 'lax $.program[*]') n
              UNION ALL SELECT n, false FROM jsonb_path_query(s::jsonb, 'lax $.program[*].kegiatan[*]') n
              UNION ALL SELECT n, true FROM jsonb_path_query(s::jsonb, 'lax $.program[*].kegiatan[*].subKegiatan[*]') n) x;
    $f$;
    SELECT kinerja.simpul_dari(opd, tahun, struktur) FROM kinerja.dokumen;

    -- A push in progress (written by kinerja.kirim only): its rows are one journal line.
    CREATE TABLE kinerja.kiriman (xid xid8 PRIMARY KEY);
    -- The secret in every channel's name.
    CREATE TABLE kinerja.rahasia (isi text NOT NULL);
    INSERT INTO kinerja.rahasia VALUES (replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

    -- Who is writing, as the database knows it: the login role.
    CREATE FUNCTION kinerja.admin() RETURNS boolean LANGUAGE sql STABLE
      SET search_path = pg_catalog, pg_temp AS
      $f$ SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
                 OR pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'kinerja'), 'MEMBER') $f$;
    CREATE FUNCTION kinerja.boleh_sesi(o text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS
      $f$ SELECT EXISTS (SELECT 1 FROM kinerja.akses WHERE peran = session_user AND opd = o) $f$;
    CREATE FUNCTION kinerja.bappeda_sesi() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS
      $f$ SELECT EXISTS (SELECT 1 FROM kinerja.akses WHERE peran = session_user AND opd = '*') $f$;
    -- Inside kinerja.kirim: its mark in a table no role can write (the setting alone, which
    -- any client can make, only spares the look-up for every other write).
    CREATE FUNCTION kinerja.dalam_kiriman() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    BEGIN
      IF coalesce(current_setting('kinerja.kiriman', true), '') = '' THEN RETURN false; END IF;
      RETURN EXISTS (SELECT 1 FROM kinerja.kiriman WHERE xid = pg_current_xact_id_if_assigned());
    END $f$;
    CREATE FUNCTION kinerja.nama_tw(tw int) RETURNS text LANGUAGE sql IMMUTABLE AS
      $f$ SELECT (ARRAY['I', 'II', 'III', 'IV'])[tw] $f$;

    -- What this login may do, for the interface's first screen: 'admin', 'bappeda', 'opd' or 'baca'.
    CREATE FUNCTION kinerja.hak(o text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS
      $f$ SELECT CASE WHEN kinerja.admin() THEN 'admin' WHEN kinerja.boleh_sesi(o) THEN 'opd'
                      WHEN kinerja.bappeda_sesi() THEN 'bappeda' ELSE 'tidak' END $f$;

    -- The channel of an OPD-year, for a login that may read it; others cannot work it out.
    CREATE FUNCTION kinerja.saluran_rahasia(o text, t int) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS
      $f$ SELECT 'kinerja_' || md5((SELECT isi FROM kinerja.rahasia LIMIT 1) || '/' || o || '/' || t) $f$;
    CREATE FUNCTION kinerja.saluran(o text, t int) RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    BEGIN
      IF NOT (kinerja.admin() OR kinerja.boleh_sesi(o) OR kinerja.bappeda_sesi()) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('%s tidak berhak atas OPD %s', session_user, o);
      END IF;
      RETURN kinerja.saluran_rahasia(o, t);
    END $f$;

    CREATE FUNCTION kinerja.tertutup(o text, t int, q int) RETURNS void LANGUAGE plpgsql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    DECLARE k record;
    BEGIN
      IF q IS NULL THEN RETURN; END IF;
      SELECT oleh, waktu INTO k FROM kinerja.kunci WHERE opd = o AND tahun = t AND tw = q;
      IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'KN001',
          MESSAGE = format('TW %s %s %s ditutup oleh %s, %s', kinerja.nama_tw(q), o, t, k.oleh, left(k.waktu, 10)),
          HINT = 'buka dulu: kinerja unlock';
      END IF;
    END $f$;

    CREATE FUNCTION kinerja.nilai_sebelum() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    DECLARE
      x kinerja.arti_alamat;
      bulk boolean := kinerja.dalam_kiriman();
    BEGIN
      IF TG_OP <> 'DELETE' THEN
        x := kinerja.arti(NEW.alamat);
        IF x.jenis IS NULL THEN
          RAISE EXCEPTION USING ERRCODE = 'KN004', MESSAGE = format('%s bukan alamat nilai kinerja', left(NEW.alamat, 120));
        END IF;
      END IF;
      IF TG_OP = 'UPDATE' AND (NEW.opd, NEW.tahun, NEW.alamat) IS DISTINCT FROM (OLD.opd, OLD.tahun, OLD.alamat) THEN
        RAISE EXCEPTION USING ERRCODE = 'KN003', MESSAGE = 'alamat nilai tidak dapat diubah';
      END IF;
      -- (A push checks all its values at once, below in kinerja.kirim.)
      IF NOT bulk AND TG_OP = 'INSERT' AND x.simpul IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM kinerja.simpul s WHERE s.opd = NEW.opd AND s.tahun = NEW.tahun AND s.kode = x.simpul
             AND (x.jenis <> 'indikator' OR ((NEW.alamat::jsonb) -> 'indikator' ->> 'indeks')::int < s.indikator)
             AND (x.jenis <> 'anggaran' OR s.sub))
         OR NOT bulk AND TG_OP = 'INSERT' AND x.posisi IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM kinerja.posisi p WHERE p.opd = NEW.opd AND p.tahun = NEW.tahun AND p.posisi = x.posisi
             AND (x.tahun_lain IS NULL OR (x.tahun_lain BETWEEN p.awal AND p.akhir AND x.tahun_lain <> NEW.tahun))) THEN
        RAISE EXCEPTION USING ERRCODE = 'KN009', MESSAGE = format('%s: tempatnya tidak ada di struktur OPD %s %s', x.uraian, NEW.opd, NEW.tahun);
      END IF;
      -- The OPD-year's turn, shared with other value writers; a closing waits for it and this for a closing.
      IF NOT bulk THEN
        PERFORM 1 FROM kinerja.dokumen WHERE opd = coalesce(NEW.opd, OLD.opd) AND tahun = coalesce(NEW.tahun, OLD.tahun) FOR SHARE;
      END IF;
      -- A reviewer's note may be written on a closed quarter: that is when reviewing happens.
      -- (A push has refused a closed OPD-year before it writes a row.)
      IF NOT bulk AND TG_OP <> 'INSERT' AND OLD.jenis <> 'verifikasi' THEN PERFORM kinerja.tertutup(OLD.opd, OLD.tahun, OLD.tw); END IF;
      IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
      IF NOT bulk AND x.jenis <> 'verifikasi' THEN PERFORM kinerja.tertutup(NEW.opd, NEW.tahun, x.tw); END IF;
      NEW.jenis := x.jenis;
      NEW.simpul := x.simpul;
      NEW.tw := x.tw;
      NEW.uraian := x.uraian;
      NEW.revisi := nextval('kinerja.revisi');
      -- Who and when, from the database; a push keeps what its file recorded.
      IF NOT bulk THEN
        NEW.oleh := session_user;
        NEW.waktu := kinerja.sekarang();
      ELSE
        NEW.oleh := coalesce(NEW.oleh, '');
      END IF;
      RETURN NEW;
    END $f$;
    CREATE TRIGGER nilai_aturan BEFORE INSERT OR UPDATE OR DELETE ON kinerja.nilai
      FOR EACH ROW EXECUTE FUNCTION kinerja.nilai_sebelum();

    CREATE FUNCTION kinerja.isi(r kinerja.nilai) RETURNS text LANGUAGE sql IMMUTABLE AS
      $f$ SELECT coalesce(r.angka::text, r.rupiah::text, r.teks) $f$;

    CREATE FUNCTION kinerja.nilai_sesudah() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    DECLARE r kinerja.nilai;
    BEGIN
      IF kinerja.dalam_kiriman() THEN RETURN NULL; END IF;
      IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
      INSERT INTO kinerja.jurnal (opd, tahun, alamat, uraian, lama, baru, oleh, pada, sumber)
        VALUES (r.opd, r.tahun, r.alamat, r.uraian || CASE WHEN TG_OP = 'DELETE' THEN ' (dihapus)' ELSE '' END,
                CASE WHEN TG_OP <> 'INSERT' THEN kinerja.isi(OLD) END,
                CASE WHEN TG_OP <> 'DELETE' THEN kinerja.isi(NEW) END,
                session_user, now(), nullif(current_setting('kinerja.sumber', true), ''));
      -- A hint only: listeners read what changed through row-level security.
      PERFORM pg_notify(kinerja.saluran_rahasia(r.opd, r.tahun), '');
      RETURN NULL;
    END $f$;
    CREATE TRIGGER nilai_jurnal AFTER INSERT OR UPDATE OR DELETE ON kinerja.nilai
      FOR EACH ROW EXECUTE FUNCTION kinerja.nilai_sesudah();

    -- The shape: no values in it, its revision from the database, every change journalled.
    CREATE FUNCTION kinerja.tanpa_nilai(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $f$
      SELECT NOT jsonb_path_exists(j, 'lax $.**.indikator[*] ? (exists(@.target ? (@ != null)) || exists(@.realisasi ? (@ != null))
                                          || exists(@.kondisiAwal ? (@ != null)))')
         AND NOT jsonb_path_exists(j, 'lax $.**.triwulan[*] ? (@.type() == "object") ? (exists(@.target ? (@ != null)) || exists(@.realisasi ? (@ != null)))')
         AND NOT jsonb_path_exists(j, 'lax $.**.tahunan.* ? (exists(@.target ? (@ != null)) || exists(@.realisasi ? (@ != null)))')
         AND NOT jsonb_path_exists(j, 'lax $.**.anggaran ? (exists(@.paguMurni ? (@ != null)) || exists(@.paguPerubahan ? (@ != null))
                                          || exists(@.realisasi[*] ? (@ != null)))')
         AND NOT jsonb_path_exists(j, 'lax $.**.catatan[*].* ? (@ != null && @ != "")')
      FROM (SELECT s::jsonb AS j) x
    $f$;

    CREATE FUNCTION kinerja.dokumen_sebelum() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    DECLARE q int;
    BEGIN
      IF TG_OP = 'DELETE' THEN
        SELECT min(tw) INTO q FROM kinerja.kunci WHERE opd = OLD.opd AND tahun = OLD.tahun;
        IF q IS NOT NULL THEN
          RAISE EXCEPTION USING ERRCODE = 'KN001',
            MESSAGE = format('TW %s %s %s ditutup: OPD-tahun ini tidak dapat dihapus', kinerja.nama_tw(q), OLD.opd, OLD.tahun),
            HINT = 'buka dulu: kinerja unlock';
        END IF;
        RETURN OLD;
      END IF;
      IF TG_OP = 'UPDATE' AND (NEW.opd, NEW.tahun) IS DISTINCT FROM (OLD.opd, OLD.tahun) THEN
        RAISE EXCEPTION USING ERRCODE = 'KN003', MESSAGE = 'OPD dan tahun tidak dapat diubah';
      END IF;
      IF (TG_OP = 'INSERT' OR NEW.struktur IS DISTINCT FROM OLD.struktur) AND NOT kinerja.tanpa_nilai(NEW.struktur) THEN
        RAISE EXCEPTION USING ERRCODE = 'KN005', MESSAGE = 'struktur tidak boleh memuat nilai: nilai ditulis baris demi baris di kinerja.nilai';
      END IF;
      NEW.revisi := nextval('kinerja.revisi');
      RETURN NEW;
    END $f$;
    CREATE TRIGGER dokumen_aturan BEFORE INSERT OR UPDATE OR DELETE ON kinerja.dokumen
      FOR EACH ROW EXECUTE FUNCTION kinerja.dokumen_sebelum();

    CREATE FUNCTION kinerja.dokumen_sesudah() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    DECLARE
      words text := nullif(current_setting('kinerja.uraian', true), '');
      line text;
    BEGIN
      IF kinerja.dalam_kiriman() THEN RETURN NULL; END IF;
      IF TG_OP = 'DELETE' THEN
        INSERT INTO kinerja.jurnal (opd, tahun, uraian, oleh, pada, sumber)
          VALUES (OLD.opd, OLD.tahun, 'OPD-tahun dihapus', session_user, now(), nullif(current_setting('kinerja.sumber', true), ''));
        RETURN NULL;
      END IF;
      IF (NEW.struktur, NEW.nama) IS DISTINCT FROM (OLD.struktur, OLD.nama) THEN
        -- Who and when are the database's; the words describing the change are the client's.
        FOREACH line IN ARRAY coalesce(string_to_array(words, E'\n'), ARRAY['struktur diubah']) LOOP
          INSERT INTO kinerja.jurnal (opd, tahun, uraian, oleh, pada, sumber)
            VALUES (NEW.opd, NEW.tahun, left(line, 500), session_user, now(), nullif(current_setting('kinerja.sumber', true), ''));
        END LOOP;
      END IF;
      PERFORM pg_notify(kinerja.saluran_rahasia(NEW.opd, NEW.tahun), '');
      RETURN NULL;
    END $f$;
    CREATE TRIGGER dokumen_jurnal AFTER UPDATE OR DELETE ON kinerja.dokumen
      FOR EACH ROW EXECUTE FUNCTION kinerja.dokumen_sesudah();

    CREATE FUNCTION kinerja.dokumen_simpul() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    BEGIN
      IF TG_OP = 'INSERT' OR NEW.struktur IS DISTINCT FROM OLD.struktur THEN
        PERFORM kinerja.simpul_dari(NEW.opd, NEW.tahun, NEW.struktur);
      END IF;
      RETURN NULL;
    END $f$;
    CREATE TRIGGER dokumen_simpul AFTER INSERT OR UPDATE ON kinerja.dokumen
      FOR EACH ROW EXECUTE FUNCTION kinerja.dokumen_simpul();

    -- The first value of an OPD-year without its place in the stored shape (one pass over
    -- its values, hashed whatever the statistics of tables just filled say), or NULL.
    CREATE FUNCTION kinerja.tak_bertempat(o text, t int) RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp SET enable_nestloop = off AS $f$
    DECLARE u text;
    BEGIN
      SELECT v.uraian INTO u FROM kinerja.nilai v WHERE v.opd = o AND v.tahun = t AND v.simpul IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM kinerja.simpul s WHERE s.opd = v.opd AND s.tahun = v.tahun AND s.kode = v.simpul
                          AND (v.jenis <> 'indikator' OR ((v.alamat::jsonb) -> 'indikator' ->> 'indeks')::int < s.indikator)
                          AND (v.jenis <> 'anggaran' OR s.sub))
        LIMIT 1;
      IF FOUND THEN RETURN u; END IF;
      SELECT v.uraian INTO u FROM kinerja.nilai v, LATERAL (SELECT kinerja.arti(v.alamat) AS x) a
        WHERE v.opd = o AND v.tahun = t AND v.jenis = 'renstra' AND (a.x).posisi IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM kinerja.posisi p WHERE p.opd = v.opd AND p.tahun = v.tahun AND p.posisi = (a.x).posisi
                          AND ((a.x).tahun_lain IS NULL OR ((a.x).tahun_lain BETWEEN p.awal AND p.akhir AND (a.x).tahun_lain <> v.tahun)))
        LIMIT 1;
      RETURN u;
    END $f$;

    -- At commit: no value is left without its place in the new shape.
    CREATE FUNCTION kinerja.dokumen_utuh() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    DECLARE u text := kinerja.tak_bertempat(NEW.opd, NEW.tahun);
    BEGIN
      IF u IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'KN009',
          MESSAGE = format('%s: tempatnya tidak ada lagi di struktur baru OPD %s %s; hapus nilainya bersama strukturnya', u, NEW.opd, NEW.tahun);
      END IF;
      RETURN NULL;
    END $f$;
    CREATE CONSTRAINT TRIGGER dokumen_utuh AFTER UPDATE OF struktur ON kinerja.dokumen DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION kinerja.dokumen_utuh();

    -- Closing and reopening: BAPPEDA's (or the administrator's), with the login and the server's clock.
    CREATE FUNCTION kinerja.kunci_sebelum() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION USING ERRCODE = 'KN003', MESSAGE = 'penutupan triwulan tidak diubah: buka lalu tutup lagi';
      END IF;
      IF TG_OP = 'INSERT' AND NOT kinerja.dalam_kiriman() THEN
        NEW.oleh := session_user;
        NEW.waktu := kinerja.sekarang();
      END IF;
      RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END $f$;
    CREATE TRIGGER kunci_aturan BEFORE INSERT OR UPDATE OR DELETE ON kinerja.kunci
      FOR EACH ROW EXECUTE FUNCTION kinerja.kunci_sebelum();

    CREATE FUNCTION kinerja.kunci_sesudah() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    DECLARE
      r kinerja.kunci;
      why text := nullif(current_setting('kinerja.alasan', true), '');
    BEGIN
      IF kinerja.dalam_kiriman() THEN RETURN NULL; END IF;
      IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
      INSERT INTO kinerja.jurnal (opd, tahun, uraian, oleh, pada, sumber)
        VALUES (r.opd, r.tahun, CASE WHEN TG_OP = 'DELETE' THEN 'buka TW ' ELSE 'tutup TW ' END || kinerja.nama_tw(r.tw)
                || CASE WHEN TG_OP = 'DELETE' AND why IS NOT NULL THEN ': ' || left(why, 500) ELSE '' END,
                session_user, now(), nullif(current_setting('kinerja.sumber', true), ''));
      -- Readers see a new revision of the OPD-year and read it whole again.
      UPDATE kinerja.dokumen SET revisi = 0 WHERE opd = r.opd AND tahun = r.tahun;
      RETURN NULL;
    END $f$;
    CREATE TRIGGER kunci_jurnal AFTER INSERT OR DELETE ON kinerja.kunci
      FOR EACH ROW EXECUTE FUNCTION kinerja.kunci_sesudah();
    -- TRUNCATE passes by row triggers: refused on every table whose rows the rules guard.
    CREATE FUNCTION kinerja.tanpa_kosongkan() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      RAISE EXCEPTION USING ERRCODE = 'KN002',
        MESSAGE = format('kinerja.%s tidak dikosongkan sekaligus: triwulan yang ditutup dan jurnal dijaga baris demi baris', TG_TABLE_NAME);
    END $f$;
    CREATE TRIGGER nilai_kosong BEFORE TRUNCATE ON kinerja.nilai FOR EACH STATEMENT EXECUTE FUNCTION kinerja.tanpa_kosongkan();
    CREATE TRIGGER kunci_kosong BEFORE TRUNCATE ON kinerja.kunci FOR EACH STATEMENT EXECUTE FUNCTION kinerja.tanpa_kosongkan();
    CREATE TRIGGER dokumen_kosong BEFORE TRUNCATE ON kinerja.dokumen FOR EACH STATEMENT EXECUTE FUNCTION kinerja.tanpa_kosongkan();

    CREATE FUNCTION kinerja.tutup(o text, t int, q int) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    BEGIN
      IF NOT (kinerja.bappeda_sesi() OR kinerja.admin()) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('hanya BAPPEDA yang menutup triwulan (%s)', session_user);
      END IF;
      PERFORM 1 FROM kinerja.dokumen WHERE opd = o AND tahun = t FOR UPDATE;
      IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'KN006', MESSAGE = format('OPD %s tahun %s tidak ada', o, t); END IF;
      INSERT INTO kinerja.kunci (opd, tahun, tw, oleh, waktu) VALUES (o, t, q, session_user, kinerja.sekarang()) ON CONFLICT DO NOTHING;
    END $f$;

    CREATE FUNCTION kinerja.buka(o text, t int, q int, alasan text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    BEGIN
      IF NOT (kinerja.bappeda_sesi() OR kinerja.admin()) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('hanya BAPPEDA yang membuka triwulan (%s)', session_user);
      END IF;
      IF coalesce(btrim(alasan), '') = '' THEN
        RAISE EXCEPTION USING ERRCODE = 'KN007', MESSAGE = 'membuka triwulan perlu alasan';
      END IF;
      PERFORM 1 FROM kinerja.dokumen WHERE opd = o AND tahun = t FOR UPDATE;
      PERFORM set_config('kinerja.alasan', alasan, true);
      DELETE FROM kinerja.kunci WHERE opd = o AND tahun = t AND tw = q;
      PERFORM set_config('kinerja.alasan', '', true);
    END $f$;

    -- Removing values (a node removed, an address gone): each by the role of its kind, journalled.
    CREATE FUNCTION kinerja.hapus_nilai(o text, t int, alamat text[]) RETURNS int LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $f$
    DECLARE
      n int;
      office boolean := kinerja.boleh_sesi(o) OR kinerja.admin();
      reviewer boolean := kinerja.bappeda_sesi() OR kinerja.admin();
    BEGIN
      IF EXISTS (SELECT 1 FROM kinerja.nilai v WHERE v.opd = o AND v.tahun = t AND v.alamat = ANY (hapus_nilai.alamat)
                 AND NOT CASE WHEN v.jenis = 'verifikasi' THEN reviewer ELSE office END) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('%s tidak berhak menghapus nilai ini di OPD %s', session_user, o);
      END IF;
      IF NOT (office OR reviewer) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('%s tidak berhak atas OPD %s', session_user, o);
      END IF;
      DELETE FROM kinerja.nilai v WHERE v.opd = o AND v.tahun = t AND v.alamat = ANY (hapus_nilai.alamat);
      GET DIAGNOSTICS n = ROW_COUNT;
      RETURN n;
    END $f$;

    -- Storing an OPD-year whole: the only way in for a shape and its values at once.
    -- An office stores its own new year (no reviewer's notes, no closings in it); only the
    -- administrator replaces one, and not while a quarter of it is closed.
    CREATE FUNCTION kinerja.kirim(o text, t int, nama text, struktur text, nilai text, kunci text, ganti boolean, sumber text)
      RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
    DECLARE
      admin boolean := kinerja.admin();
      ada boolean := false;
      q int;
      what text;
    BEGIN
      IF NOT admin AND NOT kinerja.boleh_sesi(o) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('%s tidak berhak mengirim OPD %s', session_user, o);
      END IF;
      SELECT true INTO ada FROM kinerja.dokumen d WHERE d.opd = o AND d.tahun = t FOR UPDATE;
      IF coalesce(ada, false) THEN
        IF NOT ganti THEN
          RAISE EXCEPTION USING ERRCODE = 'KN008', MESSAGE = format('OPD %s tahun %s sudah ada di database', o, t);
        END IF;
        IF NOT admin THEN
          RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('hanya admin yang mengganti OPD-tahun seluruhnya (%s)', session_user);
        END IF;
        SELECT min(k.tw) INTO q FROM kinerja.kunci k WHERE k.opd = o AND k.tahun = t;
        IF q IS NOT NULL THEN
          RAISE EXCEPTION USING ERRCODE = 'KN001',
            MESSAGE = format('TW %s %s %s ditutup: OPD-tahun ini tidak dapat diganti', kinerja.nama_tw(q), o, t),
            HINT = 'buka dulu: kinerja unlock';
        END IF;
      END IF;
      INSERT INTO kinerja.kiriman VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
      PERFORM set_config('kinerja.kiriman', '1', true);
      IF coalesce(ada, false) THEN
        DELETE FROM kinerja.nilai v WHERE v.opd = o AND v.tahun = t;
        UPDATE kinerja.dokumen d SET nama = kirim.nama, struktur = kirim.struktur WHERE d.opd = o AND d.tahun = t;
      ELSE
        INSERT INTO kinerja.dokumen (opd, tahun, nama, struktur) VALUES (o, t, kirim.nama, kirim.struktur);
      END IF;
      INSERT INTO kinerja.nilai (opd, tahun, alamat, angka, rupiah, teks, oleh, waktu)
        SELECT o, t, x.a, x.angka::numeric, x.rupiah, x.teks,
               CASE WHEN admin THEN coalesce(x.oleh, '') ELSE session_user END,
               CASE WHEN admin THEN coalesce(x.waktu, '') ELSE kinerja.sekarang() END
        FROM jsonb_to_recordset(kirim.nilai::jsonb) AS x(a text, angka text, rupiah bigint, teks text, oleh text, waktu text);
      what := kinerja.tak_bertempat(o, t);
      IF what IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'KN009', MESSAGE = format('%s: tempatnya tidak ada di struktur OPD %s %s', what, o, t);
      END IF;
      IF NOT admin AND EXISTS (SELECT 1 FROM kinerja.nilai v WHERE v.opd = o AND v.tahun = t AND v.jenis = 'verifikasi') THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'catatan verifikasi hanya ditulis BAPPEDA: kirim berkas ini tanpa catatan verifikasi, atau minta admin';
      END IF;
      IF jsonb_array_length(kirim.kunci::jsonb) > 0 THEN
        IF NOT admin THEN
          RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'triwulan ditutup hanya oleh BAPPEDA: kirim berkas ini tanpa triwulan yang ditutup, atau minta admin';
        END IF;
        INSERT INTO kinerja.kunci (opd, tahun, tw, oleh, waktu)
          SELECT o, t, x.tw, x.oleh, x.waktu FROM jsonb_to_recordset(kirim.kunci::jsonb) AS x(tw int, oleh text, waktu text);
      END IF;
      DELETE FROM kinerja.kiriman WHERE xid = pg_current_xact_id();
      PERFORM set_config('kinerja.kiriman', '', true);
      what := CASE WHEN coalesce(ada, false) THEN 'ganti seluruhnya' ELSE 'kirim' END;
      INSERT INTO kinerja.jurnal (opd, tahun, uraian, oleh, pada, sumber) VALUES (o, t, what, session_user, now(), sumber);
      PERFORM pg_notify(kinerja.saluran_rahasia(o, t), '');
      RETURN what;
    END $f$;

    -- Row-level security on what the row is, not what the client says it is.
    CREATE POLICY tambah ON kinerja.nilai FOR INSERT WITH CHECK (
      (kinerja.boleh(opd) AND jenis <> 'verifikasi') OR (kinerja.bappeda() AND jenis = 'verifikasi'));
    CREATE POLICY ubah ON kinerja.nilai FOR UPDATE
      USING ((kinerja.boleh(opd) AND jenis <> 'verifikasi') OR (kinerja.bappeda() AND jenis = 'verifikasi'))
      WITH CHECK ((kinerja.boleh(opd) AND jenis <> 'verifikasi') OR (kinerja.bappeda() AND jenis = 'verifikasi'));
    CREATE POLICY ubah ON kinerja.dokumen FOR UPDATE USING (kinerja.boleh(opd)) WITH CHECK (kinerja.boleh(opd));

    -- Rights by column: no table-level write right, so no role can LOCK TABLE beyond ACCESS SHARE.
    GRANT SELECT ON kinerja.versi, kinerja.akses, kinerja.dokumen, kinerja.nilai, kinerja.kunci, kinerja.jurnal, kinerja.simpul, kinerja.posisi TO kinerja_pengguna;
    ALTER TABLE kinerja.simpul ENABLE ROW LEVEL SECURITY;
    CREATE POLICY baca ON kinerja.simpul FOR SELECT USING (kinerja.boleh(opd) OR kinerja.bappeda());
    ALTER TABLE kinerja.posisi ENABLE ROW LEVEL SECURITY;
    CREATE POLICY baca ON kinerja.posisi FOR SELECT USING (kinerja.boleh(opd) OR kinerja.bappeda());
    GRANT INSERT (opd, tahun, alamat, angka, rupiah, teks) ON kinerja.nilai TO kinerja_pengguna;
    GRANT UPDATE (angka, rupiah, teks) ON kinerja.nilai TO kinerja_pengguna;
    GRANT UPDATE (nama, struktur) ON kinerja.dokumen TO kinerja_pengguna;

    REVOKE EXECUTE ON FUNCTION kinerja.kirim(text, int, text, text, text, text, boolean, text), kinerja.tutup(text, int, int),
      kinerja.buka(text, int, int, text), kinerja.hapus_nilai(text, int, text[]), kinerja.saluran(text, int),
      kinerja.saluran_rahasia(text, int), kinerja.hak(text), kinerja.tertutup(text, int, int),
      kinerja.boleh_sesi(text), kinerja.bappeda_sesi(), kinerja.dalam_kiriman(), kinerja.simpul_dari(text, int, text),
      kinerja.tak_bertempat(text, int) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION kinerja.kirim(text, int, text, text, text, text, boolean, text), kinerja.tutup(text, int, int),
      kinerja.buka(text, int, int, text), kinerja.hapus_nilai(text, int, text[]), kinerja.saluran(text, int),
      kinerja.hak(text) TO kinerja_pengguna;
    """#
}
