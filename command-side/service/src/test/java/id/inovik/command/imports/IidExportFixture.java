package id.inovik.command.imports;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A deterministic, realistic IID innovation export: Indonesian headers, regions from the reference
 * data, stages mostly "penerapan" as in the national figures, and every kind of broken row an
 * operator produces (wrong region code, impossible or out-of-order dates, unknown stage or affair,
 * missing mandatory fields, repeated rows). It knows what an import must answer for each row.
 */
final class IidExportFixture {

  static final List<String> HEADER =
      List.of(
          "No",
          "Pemda",
          "Kode Wilayah",
          "Nama Inovasi",
          "Tahapan",
          "Inisiator",
          "Nama Inisiator",
          "Jenis",
          "Bentuk",
          "Tematik",
          "Urusan Utama",
          "Urusan Lain",
          "Waktu Uji Coba",
          "Waktu Penerapan",
          "Rancang Bangun",
          "Tujuan",
          "Manfaat",
          "Hasil Inovasi",
          "OPD",
          "Anggaran",
          "Video",
          "Keterangan");

  /** The kinds of broken rows, each with the column an import must blame. */
  enum Broken {
    WRONG_REGION("Kode Wilayah"),
    IMPOSSIBLE_DATE("Waktu Uji Coba"),
    IMPLEMENTED_BEFORE_TRIAL("Waktu Penerapan"),
    UNKNOWN_STAGE("Tahapan"),
    MISSING_DESIGN("Rancang Bangun"),
    MISSING_OPD("OPD"),
    IMPLEMENTED_IN_THE_FUTURE("Waktu Penerapan"),
    UNKNOWN_AFFAIR("Urusan Utama"),
    CONFLICTING_DUPLICATE("Nama Inovasi"),
    EXACT_DUPLICATE(null);

    final String column;

    Broken(String column) {
      this.column = column;
    }
  }

  private static final String[] TOPICS = {
    "Adminduk",
    "Gizi Balita",
    "Lansia",
    "Perizinan",
    "Pajak Daerah",
    "Sampah",
    "Stunting",
    "UMKM",
    "Literasi",
    "Imunisasi",
    "Air Bersih",
    "Ibu Hamil",
    "Nelayan",
    "Petani",
    "Disabilitas",
    "Pengaduan",
    "Arsip",
    "Beasiswa",
    "Posyandu",
    "Kebakaran",
    "Pasar",
    "Wisata Desa",
    "Rumah Layak",
    "Jalan Desa",
    "Pangan Lokal",
    "Kopi Rakyat"
  };
  private static final String[] PATTERNS = {
    "Layanan %s Keliling", "Sistem Informasi %s", "Gerakan Peduli %s", "Pojok %s", "Rumah %s",
    "Jemput Bola %s", "Aplikasi SI-%s", "Klinik %s", "Sekolah %s", "Inovasi Terpadu %s"
  };
  private static final Map<GovernmentAffair, String> AGENCIES = new LinkedHashMap<>();

  static {
    AGENCIES.put(GovernmentAffair.KESEHATAN, "Dinas Kesehatan");
    AGENCIES.put(GovernmentAffair.PENDIDIKAN, "Dinas Pendidikan");
    AGENCIES.put(
        GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL,
        "Dinas Kependudukan dan Pencatatan Sipil");
    AGENCIES.put(GovernmentAffair.PENANAMAN_MODAL, "DPMPTSP");
    AGENCIES.put(GovernmentAffair.SOSIAL, "Dinas Sosial");
    AGENCIES.put(GovernmentAffair.LINGKUNGAN_HIDUP, "Dinas Lingkungan Hidup");
    AGENCIES.put(GovernmentAffair.KEUANGAN_DAERAH, "Badan Pendapatan Daerah");
    AGENCIES.put(GovernmentAffair.PERTANIAN, "Dinas Pertanian");
    AGENCIES.put(GovernmentAffair.PARIWISATA, "Dinas Pariwisata");
    AGENCIES.put(GovernmentAffair.KOMUNIKASI_INFORMATIKA, "Dinas Komunikasi dan Informatika");
  }

  private static final String[] FORMS = {
    "Inovasi Pelayanan Publik",
    "Inovasi Tata Kelola Pemerintahan Daerah",
    "Inovasi Daerah lainnya sesuai dengan Urusan Pemerintahan yang menjadi kewenangan Daerah"
  };
  private static final String[] INITIATORS = {
    "OPD", "ASN", "Kepala Daerah", "Masyarakat", "Anggota DPRD"
  };
  private static final String[] PEOPLE = {
    "dr. Rina Marlina",
    "Sri Wahyuni, S.Sos",
    "Ahmad Fauzi",
    "Yohanes Kambu",
    "I Made Suarta",
    "Siti Rahmawati",
    "Muhammad Iqbal",
    "Maria Goreti Lewar"
  };
  private static final String[] MONTHS = {
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember"
  };

  /** The rows (cells as String, LocalDate or Long) and what an import must answer. */
  final List<List<Object>> rows = new ArrayList<>();

  /** Spreadsheet row number (header = 1) to the column blamed. */
  final Map<Integer, String> rejected = new LinkedHashMap<>();

  final Set<Integer> duplicateRows = new HashSet<>();
  int good;
  int expectedEvents;

  /** Generates {@code count} data rows over the kabupaten/kota that {@code regions} accepts. */
  static IidExportFixture generate(long seed, int count, Predicate<Region> regions) {
    return new IidExportFixture(seed, count, regions);
  }

  private IidExportFixture(long seed, int count, Predicate<Region> accept) {
    Random rnd = new Random(seed);
    List<Region> regions =
        RegionCatalog.load().all().stream()
            .filter(r -> r.type() != RegionType.PROVINSI)
            .filter(accept)
            .toList();
    List<GovernmentAffair> affairs = List.copyOf(AGENCIES.keySet());
    Set<String> identities = new HashSet<>();
    List<List<Object>> goodRows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int rowNumber = i + 2;
      Broken broken = i % 15 == 14 ? Broken.values()[(i / 15) % Broken.values().length] : null;
      if (broken == Broken.EXACT_DUPLICATE || broken == Broken.CONFLICTING_DUPLICATE) {
        List<Object> copy = new ArrayList<>(goodRows.get(rnd.nextInt(goodRows.size())));
        copy.set(0, String.valueOf(i + 1));
        if (broken == Broken.CONFLICTING_DUPLICATE) {
          copy.set(15, copy.get(15) + " Ditambah target baru tahun berikutnya.");
          rejected.put(rowNumber, broken.column);
        } else {
          duplicateRows.add(rowNumber);
        }
        rows.add(copy);
        continue;
      }
      Region region;
      String name;
      GovernmentAffair affair;
      String agency;
      do {
        region = regions.get(rnd.nextInt(regions.size()));
        name = PATTERNS[rnd.nextInt(PATTERNS.length)].formatted(TOPICS[rnd.nextInt(TOPICS.length)]);
        affair = affairs.get(rnd.nextInt(affairs.size()));
        agency = AGENCIES.get(affair) + " " + region.name();
      } while (!identities.add(region.code() + "|" + name + "|" + agency));
      int s = rnd.nextInt(100);
      String stage = s < 10 ? "Inisiatif" : s < 25 ? "Uji Coba" : "Penerapan";
      LocalDate trial = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(2000));
      LocalDate implementation = trial.plusDays(30 + rnd.nextInt(300));
      Object trialCell = trial;
      Object implementationCell = implementation;
      if (stage.equals("Inisiatif")) {
        trialCell = rnd.nextBoolean() ? "" : LocalDate.of(2027, 1 + rnd.nextInt(12), 1);
        implementationCell = "";
      } else if (stage.equals("Uji Coba")) {
        implementationCell = "";
      }
      String initiator = INITIATORS[rnd.nextInt(INITIATORS.length)];
      String person =
          initiator.equals("ASN") || rnd.nextBoolean() ? PEOPLE[rnd.nextInt(PEOPLE.length)] : "";
      GovernmentAffair other = affairs.get(rnd.nextInt(affairs.size()));
      String related =
          other == affair
              ? ""
              : rnd.nextBoolean()
                  ? other.label()
                  : other.label() + ", Koperasi, Usaha Kecil, dan Menengah";
      List<Object> row = new ArrayList<>();
      row.add(String.valueOf(i + 1));
      row.add(region.name());
      row.add(region.code());
      row.add(name);
      row.add(stage);
      row.add(initiator);
      row.add(person);
      row.add(rnd.nextInt(3) == 0 ? "Non Digital" : "Digital");
      row.add(FORMS[rnd.nextInt(FORMS.length)]);
      row.add(rnd.nextBoolean() ? "Urusan wajib pelayanan dasar" : "");
      row.add(affair.label());
      row.add(related);
      row.add(trialCell);
      row.add(implementationCell);
      row.add(
          "Latar belakang: layanan "
              + name.toLowerCase(Locale.ROOT)
              + " di "
              + region.name()
              + " belum menjangkau warga di wilayah terpencil. Pokok perubahan: petugas"
              + " mendatangi kecamatan sesuai jadwal, pendaftaran melalui aplikasi, dan"
              + " pemantauan berkala oleh "
              + agency
              + ".");
      row.add(
          "Mempercepat dan mendekatkan layanan " + affair.label().toLowerCase(Locale.ROOT) + ".");
      row.add("Warga tidak perlu datang ke kantor dinas; waktu dan biaya berkurang.");
      row.add(
          rnd.nextBoolean() ? "Jumlah warga terlayani naik " + (10 + rnd.nextInt(80)) + "%" : "");
      row.add(agency);
      row.add(rnd.nextInt(4) == 0 ? "" : (long) (5 + rnd.nextInt(500)) * 1_000_000L);
      row.add(rnd.nextInt(3) == 0 ? "https://www.youtube.com/watch?v=v" + i : "");
      row.add(rnd.nextInt(5) == 0 ? "data diperbarui" : "");
      if (broken == null) {
        good++;
        expectedEvents += stage.equals("Inisiatif") ? 3 : stage.equals("Uji Coba") ? 4 : 5;
        goodRows.add(row);
      } else {
        breakRow(row, broken, region);
        rejected.put(rowNumber, broken.column);
      }
      rows.add(row);
    }
  }

  private static void breakRow(List<Object> row, Broken broken, Region region) {
    switch (broken) {
      case WRONG_REGION -> {
        row.set(1, "");
        row.set(2, region.provinceCode() + ".99");
      }
      case IMPOSSIBLE_DATE -> {
        row.set(4, "Uji Coba");
        row.set(12, "31/02/2023");
      }
      case IMPLEMENTED_BEFORE_TRIAL -> {
        row.set(4, "Penerapan");
        row.set(12, LocalDate.of(2023, 5, 1));
        row.set(13, LocalDate.of(2023, 1, 10));
      }
      case UNKNOWN_STAGE -> row.set(4, "Pengembangan");
      case MISSING_DESIGN -> row.set(14, "");
      case MISSING_OPD -> row.set(18, "");
      case IMPLEMENTED_IN_THE_FUTURE -> {
        row.set(4, "Penerapan");
        row.set(12, LocalDate.of(2024, 2, 1));
        row.set(13, LocalDate.of(2099, 3, 1));
      }
      case UNKNOWN_AFFAIR -> row.set(10, "Urusan Antariksa");
      default -> throw new IllegalArgumentException(broken.name());
    }
  }

  /**
   * Writes a CSV as a spreadsheet in an Indonesian locale saves it: semicolons, a byte-order mark,
   * dates in rotating forms (dd/mm/yyyy, "12 Januari 2024", ISO), amounts as "Rp 75.000.000".
   */
  Path writeCsv(Path dir, String fileName) throws IOException {
    Path file = dir.resolve(fileName);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      w.write(csvLine(HEADER.stream().map(h -> (Object) h).toList(), 0));
      int n = 0;
      for (List<Object> row : rows) {
        w.write(csvLine(row, n++));
      }
    }
    return file;
  }

  private static String csvLine(List<Object> cells, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(';');
      }
      String text =
          switch (cells.get(i)) {
            case LocalDate d ->
                switch ((n + i) % 3) {
                  case 0 -> d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
                  case 1 ->
                      d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
                  default -> d.toString();
                };
            case Long amount -> "Rp " + String.format("%,d", amount).replace(',', '.');
            default -> String.valueOf(cells.get(i));
          };
      if (text.contains(";") || text.contains("\"") || text.contains("\n")) {
        text = "\"" + text.replace("\"", "\"\"") + "\"";
      }
      sb.append(text);
    }
    return sb.append("\r\n").toString();
  }

  /**
   * Writes an XLSX with an instructions sheet first, then the data with real date cells and numeric
   * amounts.
   */
  Path writeXlsx(Path dir, String fileName) throws IOException {
    Path file = dir.resolve(fileName);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "Inovik tests", "1.0");
      Worksheet help = workbook.newWorksheet("Petunjuk");
      help.value(0, 0, "Petunjuk pengisian");
      help.value(1, 0, "Isi satu baris per inovasi; tanggal dalam format dd/mm/yyyy.");
      help.value(2, 0, "Tahapan");
      help.value(2, 1, "inisiatif, uji coba, penerapan");
      Worksheet sheet = workbook.newWorksheet("Data Inovasi");
      for (int c = 0; c < HEADER.size(); c++) {
        sheet.value(0, c, HEADER.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        List<Object> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          Object v = row.get(c);
          switch (v) {
            case LocalDate d -> {
              sheet.value(r + 1, c, d);
              sheet.style(r + 1, c).format("dd/mm/yyyy").set();
            }
            case Long amount -> sheet.value(r + 1, c, amount);
            case String s when !s.isEmpty() -> sheet.value(r + 1, c, s);
            default -> {}
          }
        }
      }
      workbook.finish();
    }
    return file;
  }
}
