package id.inovik.dataset;

import static id.inovik.api.innovation.GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL;
import static id.inovik.api.innovation.GovernmentAffair.KEPEGAWAIAN;
import static id.inovik.api.innovation.GovernmentAffair.KESEHATAN;
import static id.inovik.api.innovation.GovernmentAffair.KETENTRAMAN_KETERTIBAN_PERLINDUNGAN_MASYARAKAT;
import static id.inovik.api.innovation.GovernmentAffair.KEUANGAN_DAERAH;
import static id.inovik.api.innovation.GovernmentAffair.KOMUNIKASI_INFORMATIKA;
import static id.inovik.api.innovation.GovernmentAffair.LINGKUNGAN_HIDUP;
import static id.inovik.api.innovation.GovernmentAffair.PEKERJAAN_UMUM_PENATAAN_RUANG;
import static id.inovik.api.innovation.GovernmentAffair.PEMBERDAYAAN_MASYARAKAT_DESA;
import static id.inovik.api.innovation.GovernmentAffair.PENANAMAN_MODAL;
import static id.inovik.api.innovation.GovernmentAffair.PENDIDIKAN;
import static id.inovik.api.innovation.GovernmentAffair.PERENCANAAN_PEMBANGUNAN;
import static id.inovik.api.innovation.GovernmentAffair.PERHUBUNGAN;
import static id.inovik.api.innovation.GovernmentAffair.PERTANIAN;
import static id.inovik.api.innovation.GovernmentAffair.PERUMAHAN_KAWASAN_PERMUKIMAN;
import static id.inovik.api.innovation.GovernmentAffair.SOSIAL;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionType;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Indonesian titles, agencies and texts that read like entries of the IID application: acronyms
 * such as "SI-CANTIK" or "GERCEP STUNTING", phrases such as "Layanan Adminduk Keliling" or
 * "Puskesmas Ramah Lansia", and design, goal, benefit and result texts built from sentences about
 * the affair. Our own wording; no entry is copied from a real submission.
 */
final class Phrasebook {

  /** What the texts of one affair talk about. */
  record Topic(
      List<String> agencies,
      List<String> subjects,
      List<String> groups,
      List<String> acronyms,
      List<String> problems,
      List<String> partners) {}

  private static final Map<GovernmentAffair, Topic> TOPICS = new EnumMap<>(GovernmentAffair.class);

  static {
    TOPICS.put(
        KESEHATAN,
        new Topic(
            List.of("Dinas Kesehatan", "Puskesmas", "Rumah Sakit Umum Daerah"),
            List.of(
                "Puskesmas",
                "Posyandu",
                "Pelayanan Kesehatan Ibu dan Anak",
                "Imunisasi",
                "Penanganan Stunting",
                "Kesehatan Jiwa",
                "Ambulans Desa",
                "Gizi Balita",
                "Deteksi Dini Kanker Serviks",
                "Pelayanan Lansia"),
            List.of("Lansia", "Anak", "Disabilitas", "Ibu Hamil", "Remaja"),
            List.of(
                "SIPANDU|Sistem Informasi Posyandu Terpadu",
                "SI-GESIT|Siaga Gizi dan Stunting Terintegrasi",
                "SEHATI|Sehat Ibu dan Anak Terpantau",
                "TEMAN BUMIL|Temani Ibu Hamil",
                "GERCEP STUNTING|Gerakan Cepat Cegah Stunting",
                "SI-DEKAN|Sistem Deteksi Dini Kanker",
                "AMBULANS HEBAT|Ambulans Hemat dan Bersahabat",
                "PUSPA|Puskesmas Sahabat Lansia"),
            List.of(
                "warga desa terpencil harus menempuh perjalanan jauh untuk layanan kesehatan dasar",
                "angka stunting di beberapa desa masih di atas rata-rata provinsi",
                "pemantauan ibu hamil berisiko tinggi masih dicatat manual dan sering terlambat",
                "antrean pasien di puskesmas menumpuk pada pagi hari"),
            List.of("kader posyandu", "bidan desa", "PKK", "rumah sakit rujukan")));
    TOPICS.put(
        PENDIDIKAN,
        new Topic(
            List.of("Dinas Pendidikan", "Dinas Pendidikan dan Kebudayaan"),
            List.of(
                "Sekolah Inklusi",
                "Literasi Desa",
                "Guru Penggerak",
                "Beasiswa Anak Nelayan",
                "Perpustakaan Keliling",
                "Pembelajaran Jarak Jauh",
                "Sekolah Adiwiyata",
                "Pendidikan Anak Usia Dini"),
            List.of("Anak Putus Sekolah", "Disabilitas", "Anak Desa", "Siswa Kurang Mampu"),
            List.of(
                "SI-PINTAR|Sistem Informasi Pendidikan Terpadu",
                "GEMAR MEMBACA|Gerakan Masyarakat Gemar Membaca",
                "KEJAR MIMPI|Kelompok Belajar Mandiri Pemuda Inklusif",
                "SEKOLAHKU|Sekolah Ramah Anak Kita",
                "GURU KUNJUNG|Guru Kunjungi Siswa di Rumah"),
            List.of(
                "banyak anak usia sekolah di desa terpencil berhenti sekolah setelah SD",
                "minat baca siswa rendah dan buku bacaan sulit dijangkau",
                "data siswa penerima bantuan tersebar di beberapa aplikasi"),
            List.of(
                "komite sekolah",
                "perguruan tinggi",
                "taman bacaan masyarakat",
                "pemerintah desa")));
    TOPICS.put(
        ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL,
        new Topic(
            List.of("Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)"),
            List.of(
                "Adminduk",
                "Perekaman KTP-el",
                "Akta Kelahiran",
                "Kartu Identitas Anak",
                "Dokumen Kependudukan",
                "Akta Kematian"),
            List.of("Lansia", "Disabilitas", "Warga Desa", "Penghuni Panti"),
            List.of(
                "SI-DUKCAPIL|Sistem Informasi Dukcapil Cepat",
                "JEMARI|Jemput Bola Administrasi Kependudukan",
                "PAK KADES|Pelayanan Adminduk di Kantor Desa",
                "SI-CANTIK DUKCAPIL|Catatan Sipil Cepat dan Tertib",
                "AKTA LAHIR KILAT|Akta Kelahiran Langsung dari Rumah Sakit"),
            List.of(
                "warga harus datang ke kantor Disdukcapil di ibu kota kabupaten untuk mengurus dokumen kependudukan",
                "banyak lansia dan penyandang disabilitas belum merekam KTP-el",
                "kepemilikan akta kelahiran anak masih rendah"),
            List.of("pemerintah desa", "rumah sakit", "kantor kecamatan", "kantor pos")));
    TOPICS.put(
        KEUANGAN_DAERAH,
        new Topic(
            List.of(
                "Badan Pendapatan Daerah (Bapenda)", "Badan Pengelolaan Keuangan dan Aset Daerah"),
            List.of(
                "Pajak Bumi dan Bangunan",
                "Pajak Daerah",
                "Retribusi Pasar",
                "Pajak Restoran",
                "Aset Daerah"),
            List.of("Wajib Pajak", "Pelaku Usaha"),
            List.of(
                "SI-PAJAK|Sistem Informasi Pajak Daerah",
                "E-PBB|Elektronik Pajak Bumi dan Bangunan",
                "TAPIS|Tapping Box Pajak Daerah",
                "SIMPATDA|Sistem Informasi Manajemen Pendapatan Daerah",
                "BAPENDA BERSAHAJA|Bayar Pajak Daerah Bersama Desa"),
            List.of(
                "wajib pajak harus antre di kantor Bapenda untuk membayar pajak",
                "realisasi pajak restoran jauh di bawah potensinya",
                "data aset daerah tidak mutakhir"),
            List.of("bank daerah", "pemerintah desa", "asosiasi pengusaha", "kantor pos")));
    TOPICS.put(
        SOSIAL,
        new Topic(
            List.of("Dinas Sosial"),
            List.of(
                "Bantuan Sosial",
                "Rehabilitasi Sosial",
                "Data Terpadu Kesejahteraan Sosial",
                "Lansia Terlantar",
                "Pendampingan Disabilitas"),
            List.of("Disabilitas", "Lansia", "Anak Yatim", "Keluarga Miskin"),
            List.of(
                "SAPA DIFABEL|Sahabat Peduli Difabel",
                "SI-DATA SOSIAL|Sistem Informasi Data Sosial",
                "DAPUR UMUM LANSIA|Dapur Umum untuk Lansia Sebatang Kara",
                "SIGAP SOSIAL|Siaga Tanggap Sosial"),
            List.of(
                "bantuan sosial sering tidak tepat sasaran karena data penerima tidak mutakhir",
                "lansia terlantar tidak terjangkau layanan"),
            List.of(
                "pekerja sosial masyarakat", "lembaga kesejahteraan sosial", "pemerintah desa")));
    TOPICS.put(
        PEKERJAAN_UMUM_PENATAAN_RUANG,
        new Topic(
            List.of("Dinas Pekerjaan Umum dan Penataan Ruang"),
            List.of(
                "Jalan Desa", "Drainase", "Persetujuan Bangunan Gedung", "Irigasi", "Tata Ruang"),
            List.of("Warga", "Petani"),
            List.of(
                "SI-JALAN|Sistem Informasi Jalan Rusak",
                "LAPOR JALAN|Layanan Pengaduan Jalan Rusak",
                "SIMANTAP|Sistem Informasi Tata Ruang Terpadu"),
            List.of(
                "laporan jalan rusak lambat ditangani",
                "banjir genangan terjadi setiap musim hujan"),
            List.of("pemerintah desa", "perguruan tinggi", "kontraktor lokal")));
    TOPICS.put(
        PERUMAHAN_KAWASAN_PERMUKIMAN,
        new Topic(
            List.of("Dinas Perumahan Rakyat dan Kawasan Permukiman"),
            List.of("Rumah Tidak Layak Huni", "Sanitasi Permukiman", "Air Minum", "Kawasan Kumuh"),
            List.of("Keluarga Miskin", "Warga"),
            List.of(
                "BEDAH RUMAH|Bersama Benahi Rumah Warga",
                "KOTAKU BERSIH|Kota Tanpa Kumuh",
                "SANIMAS|Sanitasi Berbasis Masyarakat"),
            List.of(
                "masih banyak rumah tidak layak huni di kawasan pesisir",
                "akses air minum layak rendah"),
            List.of("baznas", "swasta melalui CSR", "pemerintah desa")));
    TOPICS.put(
        KETENTRAMAN_KETERTIBAN_PERLINDUNGAN_MASYARAKAT,
        new Topic(
            List.of(
                "Satuan Polisi Pamong Praja",
                "Badan Penanggulangan Bencana Daerah",
                "Dinas Pemadam Kebakaran"),
            List.of("Siaga Bencana", "Linmas", "Pemadam Kebakaran", "Ketertiban Umum"),
            List.of("Warga Rawan Bencana", "Relawan"),
            List.of(
                "SIGAP|Siaga Gerak Cepat Aman Pasti",
                "DESTANA|Desa Tangguh Bencana",
                "DAMKAR 112|Pemadam Kebakaran Tanggap 112"),
            List.of(
                "waktu tanggap kebakaran di kecamatan jauh lebih dari 30 menit",
                "warga di daerah rawan longsor belum terlatih menghadapi bencana"),
            List.of("relawan desa", "TNI dan Polri", "radio komunitas")));
    TOPICS.put(
        KOMUNIKASI_INFORMATIKA,
        new Topic(
            List.of("Dinas Komunikasi dan Informatika"),
            List.of(
                "Pengaduan Masyarakat",
                "Satu Data",
                "Wi-Fi Desa",
                "Command Center",
                "Layanan Informasi Publik"),
            List.of("Warga", "Pelajar"),
            List.of(
                "SAPA WARGA|Saluran Aspirasi Warga",
                "LAPOR|Layanan Aspirasi dan Pengaduan Online Rakyat",
                "SATU DATA|Satu Data Daerah",
                "SI-PANDAI|Sistem Informasi Pelayanan Data Informasi"),
            List.of(
                "pengaduan warga tersebar di banyak kanal dan tidak terpantau",
                "data sektoral antar perangkat daerah berbeda-beda"),
            List.of("perangkat daerah", "operator seluler", "komunitas TIK")));
    TOPICS.put(
        PENANAMAN_MODAL,
        new Topic(
            List.of("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)"),
            List.of(
                "Perizinan Berusaha",
                "Mal Pelayanan Publik",
                "Izin Usaha Mikro",
                "Pelayanan Terpadu Satu Pintu"),
            List.of("Pelaku Usaha", "UMKM"),
            List.of(
                "SI-CANTIK|Sistem Informasi Cepat dan Akurat untuk Perizinan",
                "IZIN KILAT|Izin dalam Sehari",
                "MPP DESA|Mal Pelayanan Publik Desa"),
            List.of(
                "pengurusan izin usaha memakan waktu berminggu-minggu",
                "pelaku UMKM enggan mengurus izin"),
            List.of("Kementerian Investasi", "asosiasi UMKM", "perbankan")));
    TOPICS.put(
        PERTANIAN,
        new Topic(
            List.of("Dinas Pertanian", "Dinas Ketahanan Pangan dan Pertanian"),
            List.of(
                "Pupuk Bersubsidi",
                "Petani Milenial",
                "Sekolah Lapang",
                "Benih Unggul",
                "Penyuluhan Pertanian"),
            List.of("Petani", "Kelompok Tani"),
            List.of(
                "KARTU TANI|Kartu Tani Digital",
                "SI-PETANI|Sistem Informasi Petani",
                "TANAM SERENTAK|Gerakan Tanam Serentak"),
            List.of(
                "penyaluran pupuk bersubsidi sering terlambat",
                "produktivitas padi menurun karena hama"),
            List.of("penyuluh pertanian", "kelompok tani", "perguruan tinggi")));
    TOPICS.put(
        PEMBERDAYAAN_MASYARAKAT_DESA,
        new Topic(
            List.of("Dinas Pemberdayaan Masyarakat dan Desa"),
            List.of("BUMDes", "Desa Digital", "Dana Desa", "Desa Wisata"),
            List.of("Perangkat Desa", "Warga Desa"),
            List.of(
                "DESA CERDAS|Desa Cepat Responsif dan Sadar Digital",
                "SISKEUDES ONLINE|Keuangan Desa Daring",
                "BUMDES MAJU|Badan Usaha Milik Desa Maju"),
            List.of(
                "pengelolaan dana desa kurang transparan",
                "BUMDes belum memberi pendapatan bagi desa"),
            List.of("pendamping desa", "perguruan tinggi", "BUMDes")));
    TOPICS.put(
        KEPEGAWAIAN,
        new Topic(
            List.of("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
            List.of("Kinerja ASN", "Kenaikan Pangkat", "Pelatihan ASN", "Presensi ASN"),
            List.of("ASN", "Pejabat Fungsional"),
            List.of(
                "SIMPEG|Sistem Informasi Manajemen Kepegawaian",
                "E-KINERJA|Penilaian Kinerja Elektronik",
                "NAIK PANGKAT TEPAT|Kenaikan Pangkat Tepat Waktu"),
            List.of("berkas kenaikan pangkat ASN sering terlambat diproses"),
            List.of("BKN", "perangkat daerah")));
    TOPICS.put(
        PERENCANAAN_PEMBANGUNAN,
        new Topic(
            List.of("Badan Perencanaan Pembangunan Daerah (Bappeda)"),
            List.of("Musrenbang", "Perencanaan Berbasis Data", "Evaluasi Pembangunan"),
            List.of("Perangkat Daerah", "Warga"),
            List.of(
                "E-MUSRENBANG|Musyawarah Perencanaan Pembangunan Elektronik",
                "SIMONEV|Sistem Monitoring dan Evaluasi"),
            List.of("usulan warga dalam musrenbang sulit dilacak tindak lanjutnya"),
            List.of("perangkat daerah", "DPRD", "perguruan tinggi")));
    TOPICS.put(
        PERHUBUNGAN,
        new Topic(
            List.of("Dinas Perhubungan"),
            List.of("Angkutan Umum", "Parkir", "Uji Kendaraan Bermotor", "Angkutan Sekolah"),
            List.of("Pelajar", "Penumpang"),
            List.of(
                "E-PARKIR|Parkir Elektronik",
                "BUS SEKOLAH GRATIS|Angkutan Sekolah Gratis",
                "SI-KIR|Uji KIR Daring"),
            List.of(
                "retribusi parkir bocor karena pembayaran tunai",
                "pelajar di pinggiran kota sulit mendapat angkutan"),
            List.of("operator angkutan", "sekolah", "kepolisian")));
    TOPICS.put(
        LINGKUNGAN_HIDUP,
        new Topic(
            List.of("Dinas Lingkungan Hidup"),
            List.of("Bank Sampah", "Pengelolaan Sampah", "Ruang Terbuka Hijau", "Sampah Plastik"),
            List.of("Warga", "Sekolah"),
            List.of(
                "BANK SAMPAH DIGITAL|Tabungan Sampah Warga",
                "GERAKAN PILAH SAMPAH|Pilah Sampah dari Rumah",
                "TPS3R|Tempat Pengolahan Sampah Reduce Reuse Recycle"),
            List.of("tempat pembuangan akhir hampir penuh", "sampah plastik mencemari sungai"),
            List.of("bank sampah unit", "sekolah", "swasta melalui CSR")));
  }

  private static final List<String> PHRASES =
      List.of(
          "Layanan %s Keliling",
          "%s Ramah %g",
          "Gerakan Peduli %s",
          "%s Terpadu",
          "Pojok %s",
          "Jemput Bola %s",
          "%s Online",
          "Kampung %s",
          "%s Satu Pintu",
          "Sahabat %g",
          "%s Berbasis Desa");

  private static final List<String> GIVEN_NAMES =
      List.of(
          "Sri Wahyuni",
          "Agus Salim",
          "Dewi Lestari",
          "Bambang Sutrisno",
          "Ni Made Ayu",
          "Muhammad Rizki",
          "Siti Nurhaliza",
          "Yohanes Wenda",
          "Andi Pratama",
          "Rahmat Hidayat",
          "Fransiska Tuti",
          "Hendra Gunawan",
          "Nur Aini",
          "I Ketut Arya",
          "Marlina Siregar",
          "Teuku Fadli",
          "Ayu Kartika",
          "Daeng Rauf");

  private Phrasebook() {}

  static Topic topic(GovernmentAffair affair) {
    Topic topic = TOPICS.get(affair);
    if (topic != null) {
      return topic;
    }
    String label = affair.label();
    return new Topic(
        List.of("Dinas " + label),
        List.of("Pelayanan " + label, label + " Digital", "Data " + label),
        List.of("Warga", "Pelaku Usaha"),
        List.of("SI-" + acronymOf(label) + "|Sistem Informasi " + label),
        List.of(
            "layanan "
                + label.toLowerCase(Locale.ROOT)
                + " hanya tersedia di kantor dinas pada jam kerja"),
        List.of("perangkat daerah", "pemerintah desa", "perguruan tinggi"));
  }

  private static String acronymOf(String label) {
    StringBuilder acronym = new StringBuilder();
    for (String word : label.split("[ ,]+")) {
      if (word.length() > 3) {
        acronym.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return acronym.length() < 2
        ? label.substring(0, Math.min(4, label.length())).toUpperCase(Locale.ROOT)
        : acronym.toString();
  }

  static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }

  /** A short region name: "Malang" for "Kabupaten Malang", "Batu" for "Kota Batu". */
  static String shortName(Region region) {
    return region
        .name()
        .replaceFirst("^(Kabupaten|Kota Administrasi|Kota|Provinsi|Kab\\.)\\s+", "");
  }

  /** The title, and the acronym's expansion when the title is an acronym (else null). */
  static String[] title(Topic topic, Region region, SplittableRandom random) {
    int kind = random.nextInt(100);
    if (kind < 40) {
      String[] acronym = pick(topic.acronyms(), random).split("\\|");
      String title = kind < 30 ? acronym[0] : acronym[0] + " " + shortName(region);
      return new String[] {title, acronym[1]};
    }
    String phrase = pick(PHRASES, random);
    String title =
        phrase
            .replace("%s", pick(topic.subjects(), random))
            .replace("%g", pick(topic.groups(), random));
    return new String[] {title, null};
  }

  static String agency(Topic topic, Region region, SplittableRandom random) {
    String agency = pick(topic.agencies(), random);
    String owner =
        region.type() == RegionType.PROVINSI ? "Provinsi " + region.name() : region.name();
    if (agency.equals("Puskesmas")) {
      return "Puskesmas "
          + pick(
              List.of(
                  "Sukamaju",
                  "Kedungkandang",
                  "Ciptomulyo",
                  "Batu",
                  "Tanjung",
                  "Mekarsari",
                  "Sidomulyo",
                  "Karangrejo"),
              random)
          + ", "
          + owner;
    }
    return agency + " " + owner;
  }

  static String person(SplittableRandom random) {
    return pick(GIVEN_NAMES, random);
  }

  static String design(
      String title,
      String expansion,
      Topic topic,
      Region region,
      boolean digital,
      SplittableRandom random) {
    String subject = pick(topic.subjects(), random).toLowerCase(Locale.ROOT);
    String named = expansion == null ? title : title + " (" + expansion + ")";
    return "Sebelum inovasi ini, "
        + pick(topic.problems(), random)
        + ". "
        + named
        + (digital
            ? " menyediakan aplikasi daring yang dapat diakses dari ponsel untuk pengajuan, pelacakan, dan pengaduan "
            : " mengubah layanan "
                + subject
                + " menjadi layanan jemput bola yang mendatangi warga di desa dan kelurahan ")
        + "di "
        + region.name()
        + ". Perubahan utama: alur layanan dipangkas dari "
        + (4 + random.nextInt(5))
        + " tahap menjadi "
        + (1 + random.nextInt(3))
        + " tahap, persyaratan disederhanakan, dan petugas dilatih"
        + " melayani dengan standar yang sama. Pelaksanaan melibatkan "
        + pick(topic.partners(), random)
        + " dan "
        + pick(topic.partners(), random)
        + ", dengan pembagian peran yang ditetapkan dalam surat keputusan."
        + " Data layanan dipantau setiap bulan dan dibahas dalam rapat evaluasi bersama perangkat daerah terkait.";
  }

  static String goals(Topic topic, SplittableRandom random) {
    return "Mendekatkan layanan "
        + pick(topic.subjects(), random).toLowerCase(Locale.ROOT)
        + " kepada "
        + pick(topic.groups(), random).toLowerCase(Locale.ROOT)
        + ", mempercepat waktu penyelesaian, dan meningkatkan kepuasan masyarakat.";
  }

  static String benefits(Topic topic, SplittableRandom random) {
    int before = 5 + random.nextInt(10);
    int after = 1 + random.nextInt(Math.max(1, before / 2));
    return "Waktu layanan turun dari "
        + before
        + " hari menjadi "
        + after
        + " hari; warga tidak perlu lagi datang ke kantor "
        + pick(topic.agencies(), random)
        + " dan biaya perjalanan berkurang.";
  }

  static String results(SplittableRandom random) {
    return (200 + random.nextInt(9_800))
        + " warga terlayani pada tahun pertama; indeks kepuasan masyarakat naik dari "
        + (70 + random.nextInt(10))
        + " menjadi "
        + (80 + random.nextInt(15))
        + ".";
  }
}
