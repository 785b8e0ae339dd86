package id.inovik.api.innovation;

/**
 * Government affairs (urusan pemerintahan) of UU 23/2014 plus the supporting functions (fungsi
 * penunjang) that governance innovations usually belong to. The six mandatory basic-service affairs
 * (urusan wajib pelayanan dasar, "yandas") are flagged: the IID count score depends on them from
 * 2026.
 */
public enum GovernmentAffair {
  PENDIDIKAN("Pendidikan", true),
  KESEHATAN("Kesehatan", true),
  PEKERJAAN_UMUM_PENATAAN_RUANG("Pekerjaan Umum dan Penataan Ruang", true),
  PERUMAHAN_KAWASAN_PERMUKIMAN("Perumahan Rakyat dan Kawasan Permukiman", true),
  KETENTRAMAN_KETERTIBAN_PERLINDUNGAN_MASYARAKAT(
      "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat", true),
  SOSIAL("Sosial", true),
  TENAGA_KERJA("Tenaga Kerja", false),
  PEMBERDAYAAN_PEREMPUAN_PERLINDUNGAN_ANAK("Pemberdayaan Perempuan dan Pelindungan Anak", false),
  PANGAN("Pangan", false),
  PERTANAHAN("Pertanahan", false),
  LINGKUNGAN_HIDUP("Lingkungan Hidup", false),
  ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL(
      "Administrasi Kependudukan dan Pencatatan Sipil", false),
  PEMBERDAYAAN_MASYARAKAT_DESA("Pemberdayaan Masyarakat dan Desa", false),
  PENGENDALIAN_PENDUDUK_KELUARGA_BERENCANA("Pengendalian Penduduk dan Keluarga Berencana", false),
  PERHUBUNGAN("Perhubungan", false),
  KOMUNIKASI_INFORMATIKA("Komunikasi dan Informatika", false),
  KOPERASI_USAHA_KECIL_MENENGAH("Koperasi, Usaha Kecil, dan Menengah", false),
  PENANAMAN_MODAL("Penanaman Modal", false),
  KEPEMUDAAN_OLAHRAGA("Kepemudaan dan Olahraga", false),
  STATISTIK("Statistik", false),
  PERSANDIAN("Persandian", false),
  KEBUDAYAAN("Kebudayaan", false),
  PERPUSTAKAAN("Perpustakaan", false),
  KEARSIPAN("Kearsipan", false),
  KELAUTAN_PERIKANAN("Kelautan dan Perikanan", false),
  PARIWISATA("Pariwisata", false),
  PERTANIAN("Pertanian", false),
  KEHUTANAN("Kehutanan", false),
  ENERGI_SUMBER_DAYA_MINERAL("Energi dan Sumber Daya Mineral", false),
  PERDAGANGAN("Perdagangan", false),
  PERINDUSTRIAN("Perindustrian", false),
  TRANSMIGRASI("Transmigrasi", false),
  PERENCANAAN_PEMBANGUNAN("Perencanaan Pembangunan", false),
  KEUANGAN_DAERAH("Keuangan Daerah", false),
  KEPEGAWAIAN("Kepegawaian", false),
  PENELITIAN_PENGEMBANGAN("Penelitian dan Pengembangan", false),
  PENGAWASAN("Pengawasan", false);

  private final String label;
  private final boolean basicService;

  GovernmentAffair(String label, boolean basicService) {
    this.label = label;
    this.basicService = basicService;
  }

  /** Indonesian label as used in the IID application. */
  public String label() {
    return label;
  }

  /** True for the six urusan wajib pelayanan dasar. */
  public boolean basicService() {
    return basicService;
  }
}
