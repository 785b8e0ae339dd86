package id.inovik.dataset;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.Initiator;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.IslandGroup;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionDesignation;
import id.inovik.api.region.RegionType;
import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.iid.ValidationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates national datasets shaped like the published IID figures (docs/domain/volumes.md): the
 * yearly number of reporting regions and innovations, about three quarters of the innovations from
 * Java and Sumatra and about one percent from Papua, more than ninety percent implemented, health
 * and education the most common affairs. Deterministic: the same seed gives the same dataset, and
 * every region draws from its own random stream, so one region's data do not depend on the others.
 *
 * <p>Shares the published sources do not give (digital vs non-digital, forms, initiators, claim and
 * validation distributions) are our assumptions, marked [I] where they are set.
 */
public final class DatasetGenerator {
  /** Share of innovations per island group (2024: Java + Sumatra 75.34%, Papua 1.19%; rest [I]). */
  static final Map<IslandGroup, Double> ISLAND_SHARE = new EnumMap<>(IslandGroup.class);

  /** Relative chance that a region reports at all in an edition [I]. */
  static final Map<IslandGroup, Double> REPORTING_PROPENSITY = new EnumMap<>(IslandGroup.class);

  /** Main-affair weights in percent: health 21.8 and education 11.5 as in 2023 (S14); rest [I]. */
  static final Map<GovernmentAffair, Double> AFFAIR_WEIGHTS = new LinkedHashMap<>();

  /** Tahapan split of 2023-2024 (S14, S15): inisiatif 4.8%, uji coba 3.8%, penerapan 91.4%. */
  static final double INISIATIF_SHARE = 0.048;

  static final double UJI_COBA_SHARE = 0.038;

  /** [I] */
  static final double DIGITAL_SHARE = 0.6;

  /**
   * The worst validation reported: in one regency 25.38 % of the indicators were empty or did not
   * match their evidence (S16, docs/domain/iid.md#validation). The generated regions spread below
   * it: empty rows ({@link #EMPTY_MANDATORY_ROW}, {@link #EMPTY_OTHER_ROW}) plus a region's zeroed
   * share, at most {@link #ZERO_RATE_MAX}, come to about this much in the worst regions.
   */
  static final double WORST_REGION_EMPTY_OR_NONCONFORMING = 0.2538;

  /**
   * The largest fall of one innovation reported: a self-score of 109 became 59 after verification
   * (S16, docs/domain/iid.md#validation), a loss of 45.9 %. Rare in the generated editions.
   */
  static final double LARGEST_INNOVATION_FALL = 1 - 59.0 / 109;

  /** Rows a region leaves empty: 1 % of the mandatory indicators, 6 % of the others [I]. */
  static final double EMPTY_MANDATORY_ROW = 0.01;

  static final double EMPTY_OTHER_ROW = 0.06;

  /**
   * A region's share of claimed rows the verifier zeroes, drawn uniformly per region [I]; the
   * maximum with the empty rows gives {@link #WORST_REGION_EMPTY_OR_NONCONFORMING}.
   */
  static final double ZERO_RATE_MIN = 0.03;

  static final double ZERO_RATE_MAX = 0.20;

  /** A region's share of claimed rows downgraded by one option, drawn uniformly per region [I]. */
  static final double DOWNGRADE_RATE_MIN = 0.08;

  static final double DOWNGRADE_RATE_MAX = 0.25;

  static {
    ISLAND_SHARE.put(IslandGroup.JAWA, 0.470);
    ISLAND_SHARE.put(IslandGroup.SUMATERA, 0.283);
    ISLAND_SHARE.put(IslandGroup.SULAWESI, 0.088);
    ISLAND_SHARE.put(IslandGroup.KALIMANTAN, 0.070);
    ISLAND_SHARE.put(IslandGroup.BALI_NUSA_TENGGARA, 0.050);
    ISLAND_SHARE.put(IslandGroup.MALUKU, 0.027);
    ISLAND_SHARE.put(IslandGroup.PAPUA, 0.012);
    REPORTING_PROPENSITY.put(IslandGroup.JAWA, 1.0);
    REPORTING_PROPENSITY.put(IslandGroup.SUMATERA, 0.9);
    REPORTING_PROPENSITY.put(IslandGroup.BALI_NUSA_TENGGARA, 0.9);
    REPORTING_PROPENSITY.put(IslandGroup.SULAWESI, 0.85);
    REPORTING_PROPENSITY.put(IslandGroup.KALIMANTAN, 0.85);
    REPORTING_PROPENSITY.put(IslandGroup.MALUKU, 0.7);
    REPORTING_PROPENSITY.put(IslandGroup.PAPUA, 0.4);
    Object[][] affairs = {
      {GovernmentAffair.KESEHATAN, 21.8},
      {GovernmentAffair.PENDIDIKAN, 11.5},
      {GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL, 6.5},
      {GovernmentAffair.PEMBERDAYAAN_MASYARAKAT_DESA, 5.5},
      {GovernmentAffair.KOMUNIKASI_INFORMATIKA, 5.5},
      {GovernmentAffair.SOSIAL, 4.5},
      {GovernmentAffair.PERTANIAN, 4.0},
      {GovernmentAffair.KEUANGAN_DAERAH, 4.0},
      {GovernmentAffair.PERENCANAAN_PEMBANGUNAN, 3.5},
      {GovernmentAffair.KEPEGAWAIAN, 3.0},
      {GovernmentAffair.PEKERJAAN_UMUM_PENATAAN_RUANG, 3.0},
      {GovernmentAffair.LINGKUNGAN_HIDUP, 3.0},
      {GovernmentAffair.PENANAMAN_MODAL, 2.8},
      {GovernmentAffair.PERHUBUNGAN, 2.5},
      {GovernmentAffair.KOPERASI_USAHA_KECIL_MENENGAH, 2.5},
      {GovernmentAffair.PENGENDALIAN_PENDUDUK_KELUARGA_BERENCANA, 2.2},
      {GovernmentAffair.PEMBERDAYAAN_PEREMPUAN_PERLINDUNGAN_ANAK, 2.2},
      {GovernmentAffair.PERUMAHAN_KAWASAN_PERMUKIMAN, 2.0},
      {GovernmentAffair.KETENTRAMAN_KETERTIBAN_PERLINDUNGAN_MASYARAKAT, 2.0},
      {GovernmentAffair.TENAGA_KERJA, 1.5},
      {GovernmentAffair.PARIWISATA, 1.5},
      {GovernmentAffair.KELAUTAN_PERIKANAN, 1.2},
      {GovernmentAffair.PANGAN, 1.0},
      {GovernmentAffair.PERPUSTAKAAN, 0.8},
      {GovernmentAffair.KEARSIPAN, 0.6},
      {GovernmentAffair.PERDAGANGAN, 0.8},
      {GovernmentAffair.PENGAWASAN, 0.6},
      {GovernmentAffair.KEBUDAYAAN, 0.5},
      {GovernmentAffair.STATISTIK, 0.3},
      {GovernmentAffair.KEPEMUDAAN_OLAHRAGA, 0.4},
      {GovernmentAffair.PENELITIAN_PENGEMBANGAN, 0.5}
    };
    for (Object[] a : affairs) {
      AFFAIR_WEIGHTS.put((GovernmentAffair) a[0], (Double) a[1]);
    }
  }

  /** The regions of the local run's demo: a dozen real regions across the island groups. */
  static final List<String> DEMO_REGIONS =
      List.of(
          "35", "35.07", "35.79", "32.73", "33.74", "34.71", "12.71", "14.71", "51.71", "52.01",
          "63.71", "64.72", "73.71", "81.71", "91.71");

  private static final List<String> THEMES =
      List.of(
          "Pelayanan Dasar",
          "Digitalisasi Pelayanan",
          "Penurunan Stunting",
          "Pengentasan Kemiskinan",
          "Peningkatan PAD",
          "Smart City",
          "Ketahanan Pangan",
          "Reformasi Birokrasi");

  private final RegionCatalog catalog;
  private final long seed;

  public DatasetGenerator(RegionCatalog catalog, long seed) {
    this.catalog = catalog;
    this.seed = seed;
  }

  /** The editions a scale covers; {@code edition} is used by DEMO and EDITION. */
  public static List<Integer> editions(Scale scale, int edition) {
    return scale == Scale.HISTORY
        ? EditionVolume.PUBLISHED.stream().map(EditionVolume::edition).toList()
        : List.of(edition);
  }

  public GeneratedEdition generate(Scale scale, int edition) {
    if (scale == Scale.DEMO) {
      return demo(edition);
    }
    EditionVolume volume = EditionVolume.require(edition);
    List<Region> reporting = reporting(volume);
    int[] counts = allocate(reporting, volume.innovations(), stream(edition, "allocation"));
    List<GeneratedRegion> regions = new ArrayList<>();
    for (int i = 0; i < reporting.size(); i++) {
      regions.add(region(reporting.get(i), edition, counts[i], false));
    }
    return new GeneratedEdition(edition, regions);
  }

  private GeneratedEdition demo(int edition) {
    List<GeneratedRegion> regions = new ArrayList<>();
    for (String code : DEMO_REGIONS) {
      Region region = catalog.find(code).orElseThrow();
      int count =
          region.code().equals("35.07") ? 8 : 5 + stream(edition, "demo-" + code).nextInt(3);
      regions.add(region(region, edition, count, true));
    }
    regions.sort(Comparator.comparing(r -> r.region().code()));
    return new GeneratedEdition(edition, regions);
  }

  /** The reporting regions: a weighted sample without replacement of the autonomous regions. */
  List<Region> reporting(EditionVolume volume) {
    List<Region> autonomous =
        catalog.all().stream()
            .filter(Region::autonomous)
            .sorted(Comparator.comparing(Region::code))
            .toList();
    if (volume.reportingRegions() > autonomous.size()) {
      throw new IllegalStateException(
          "edition " + volume.edition() + " has more reporting regions than exist");
    }
    SplittableRandom random = stream(volume.edition(), "reporting");
    record Keyed(Region region, double key) {}
    List<Keyed> keyed = new ArrayList<>();
    for (Region region : autonomous) {
      double weight =
          REPORTING_PROPENSITY.get(region.islandGroup())
              * (region.type() == RegionType.PROVINSI ? 2 : 1);
      keyed.add(new Keyed(region, Math.pow(random.nextDouble(), 1 / weight)));
    }
    keyed.sort(
        Comparator.comparingDouble(Keyed::key).reversed().thenComparing(k -> k.region().code()));
    return keyed.subList(0, volume.reportingRegions()).stream()
        .map(Keyed::region)
        .sorted(Comparator.comparing(Region::code))
        .toList();
  }

  /**
   * Innovations per region: island-group shares, lognormal spread within a group, at least one
   * each.
   */
  static int[] allocate(List<Region> regions, int total, SplittableRandom random) {
    Map<IslandGroup, Double> groupWeight = new EnumMap<>(IslandGroup.class);
    double[] weights = new double[regions.size()];
    for (int i = 0; i < regions.size(); i++) {
      Region region = regions.get(i);
      weights[i] =
          Math.exp(0.7 * random.nextGaussian()) * (region.type() == RegionType.PROVINSI ? 1.3 : 1);
      groupWeight.merge(region.islandGroup(), weights[i], Double::sum);
    }
    double present = groupWeight.keySet().stream().mapToDouble(ISLAND_SHARE::get).sum();
    double[] expected = new double[regions.size()];
    for (int i = 0; i < regions.size(); i++) {
      IslandGroup group = regions.get(i).islandGroup();
      expected[i] = total * ISLAND_SHARE.get(group) / present * weights[i] / groupWeight.get(group);
    }
    int[] counts = new int[regions.size()];
    int assigned = 0;
    for (int i = 0; i < counts.length; i++) {
      counts[i] = Math.max(1, (int) Math.floor(expected[i]));
      assigned += counts[i];
    }
    Integer[] byRemainder = new Integer[counts.length];
    for (int i = 0; i < counts.length; i++) {
      byRemainder[i] = i;
    }
    java.util.Arrays.sort(
        byRemainder,
        Comparator.comparingDouble((Integer i) -> expected[i] - Math.floor(expected[i]))
            .reversed());
    for (int k = 0; assigned < total; k = (k + 1) % counts.length) {
      counts[byRemainder[k]]++;
      assigned++;
    }
    Integer[] bySize = byRemainder.clone();
    java.util.Arrays.sort(bySize, Comparator.comparingInt((Integer i) -> counts[i]).reversed());
    for (int k = 0; assigned > total; k = (k + 1) % counts.length) {
      if (counts[bySize[k]] > 1) {
        counts[bySize[k]]--;
        assigned--;
      }
    }
    return counts;
  }

  private GeneratedRegion region(Region region, int edition, int count, boolean demo) {
    SplittableRandom random = stream(edition, region.code());
    Edition rubric = rubric(edition);
    double maturity = 0.25 + 0.6 * (random.nextDouble() + random.nextDouble()) / 2;
    double zeroRate = ZERO_RATE_MIN + (ZERO_RATE_MAX - ZERO_RATE_MIN) * random.nextDouble();
    double downgradeRate =
        DOWNGRADE_RATE_MIN + (DOWNGRADE_RATE_MAX - DOWNGRADE_RATE_MIN) * random.nextDouble();
    List<GeneratedClaim> spd = new ArrayList<>();
    for (Indicator indicator : rubric.indicators(Aspect.SPD)) {
      spd.add(
          claim(
              indicator,
              maturity,
              zeroRate,
              downgradeRate,
              "data-dukung/" + edition + "/" + region.code() + "/spd",
              random));
    }
    List<GeneratedInnovation> innovations = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      innovations.add(
          innovation(region, edition, n, rubric, maturity, zeroRate, downgradeRate, demo, random));
    }
    Instant submittedAt =
        LocalDate.of(edition, 8, 1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .plusSeconds(random.nextLong(20L * 24 * 3600));
    boolean border =
        catalog.initialListing(region.code(), RegionDesignation.PERBATASAN, edition).isPresent();
    boolean underdeveloped =
        catalog.initialListing(region.code(), RegionDesignation.TERTINGGAL, edition).isPresent();
    return new GeneratedRegion(
        region, edition, submittedAt, border, underdeveloped, spd, innovations);
  }

  static Edition rubric(int edition) {
    int year =
        Math.max(
            RubricCatalogue.SHIPPED_EDITIONS.getFirst(),
            Math.min(edition, RubricCatalogue.SHIPPED_EDITIONS.getLast()));
    return RubricCatalogue.edition(year);
  }

  private GeneratedInnovation innovation(
      Region region,
      int edition,
      int number,
      Edition rubric,
      double maturity,
      double zeroRate,
      double downgradeRate,
      boolean demo,
      SplittableRandom random) {
    GovernmentAffair affair = weighted(AFFAIR_WEIGHTS, random);
    boolean digital = random.nextDouble() < DIGITAL_SHARE;
    InnovationStage stage = stage(random);
    String[] title;
    boolean fixed = demo && number <= 3 && region.code().equals("35.07");
    if (fixed) {
      // Fixed entries so that the example queries the local run prints always find something.
      affair =
          List.of(
                  GovernmentAffair.KESEHATAN,
                  GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL,
                  GovernmentAffair.KEUANGAN_DAERAH)
              .get(number - 1);
      title =
          new String[] {
            List.of("Puskesmas Ramah Lansia", "Layanan Adminduk Keliling", "E-PBB Malang")
                .get(number - 1),
            null
          };
      digital = number == 3;
      stage = InnovationStage.PENERAPAN;
    } else {
      title = Phrasebook.title(Phrasebook.topic(affair), region, random);
    }
    // The demo also shows the lifecycle's other ends: a proposal found not feasible, a stopped one.
    double fate = demo && !fixed ? random.nextDouble() : 1;
    if (fate < 0.06) {
      stage = InnovationStage.TIDAK_LAYAK;
    }
    Phrasebook.Topic topic = Phrasebook.topic(affair);
    String agency =
        fixed && number == 3
            ? "Badan Pendapatan Daerah (Bapenda) " + region.name()
            : Phrasebook.agency(topic, region, random);
    InitiatorKind initiator = initiator(random);
    String initiatorName =
        switch (initiator) {
          case KEPALA_DAERAH ->
              (region.type() == RegionType.PROVINSI
                      ? "Gubernur "
                      : region.type() == RegionType.KOTA ? "Wali Kota " : "Bupati ")
                  + Phrasebook.shortName(region);
          case PERANGKAT_DAERAH -> agency;
          default -> Phrasebook.person(random);
        };
    List<GovernmentAffair> related = new ArrayList<>();
    if (random.nextDouble() < 0.3) {
      for (int k = 1 + random.nextInt(2); k > 0; k--) {
        GovernmentAffair other = weighted(AFFAIR_WEIGHTS, random);
        if (other != affair && !related.contains(other)) {
          related.add(other);
        }
      }
    }
    List<String> themes = new ArrayList<>();
    for (int k = random.nextInt(3); k > 0; k--) {
      String theme = Phrasebook.pick(THEMES, random);
      if (!themes.contains(theme)) {
        themes.add(theme);
      }
    }
    LocalDate windowStart = LocalDate.of(edition - 2, 1, 1);
    int windowDays =
        (int) (LocalDate.of(edition - 1, 12, 31).toEpochDay() - windowStart.toEpochDay());
    LocalDate anchor = windowStart.plusDays(random.nextInt(windowDays + 1));
    LocalDate implemented = stage == InnovationStage.PENERAPAN ? anchor : null;
    if (stage == InnovationStage.TIDAK_LAYAK) {
      anchor = anchor.minusDays(30);
    }
    LocalDate trial =
        stage == InnovationStage.PENERAPAN
            ? anchor.minusDays(30 + random.nextInt(150))
            : stage == InnovationStage.UJI_COBA ? anchor : null;
    LocalDate decree = (trial != null ? trial.minusDays(14 + random.nextInt(76)) : anchor);
    LocalDate reviewed = decree.minusDays(7 + random.nextInt(54));
    LocalDate stopped =
        fate >= 0.06 && fate < 0.12 && implemented != null
            ? implemented.plusDays(60 + random.nextInt(240))
            : null;
    String key = "gen-" + edition + "-" + region.code() + "-" + number;
    List<GeneratedClaim> claims = new ArrayList<>();
    for (Indicator indicator : rubric.indicators(Aspect.SID)) {
      claims.add(
          claim(
              indicator,
              maturity,
              zeroRate,
              downgradeRate,
              "data-dukung/" + edition + "/" + region.code() + "/" + number,
              random));
    }
    InnovationProfile profile =
        new InnovationProfile(
            title[0],
            region.code(),
            agency,
            new Initiator(initiator, initiatorName),
            digital,
            form(affair, random),
            themes,
            affair,
            related,
            Phrasebook.design(title[0], title[1], topic, region, digital, random),
            Phrasebook.goals(topic, random),
            Phrasebook.benefits(topic, random),
            stage == InnovationStage.PENERAPAN ? Phrasebook.results(random) : null,
            Math.round(Math.pow(10, 7 + 2.5 * random.nextDouble()) / 1000) * 1000,
            null,
            null,
            random.nextDouble() < 0.7
                ? "https://www.youtube.com/watch?v=" + videoId(random)
                : null);
    return new GeneratedInnovation(
        key,
        edition,
        profile,
        stage,
        reviewed,
        "188.45/" + (100 + random.nextInt(900)) + "/KEP/" + region.code() + "/" + decree.getYear(),
        decree,
        trial,
        implemented,
        claims,
        stage == InnovationStage.TIDAK_LAYAK
            ? Phrasebook.pick(
                List.of(
                    "Tumpang tindih dengan program yang sudah berjalan",
                    "Bukan kewenangan daerah",
                    "Anggaran belum tersedia dan manfaat belum terukur"),
                random)
            : null,
        stopped,
        stopped == null
            ? null
            : Phrasebook.pick(
                List.of(
                    "Petugas pelaksana dimutasi; layanan vakum sementara",
                    "Aplikasi dihentikan karena diganti sistem nasional",
                    "Anggaran pemeliharaan tidak tersedia"),
                random));
  }

  private static GeneratedClaim claim(
      Indicator indicator,
      double maturity,
      double zeroRate,
      double downgradeRate,
      String folder,
      SplittableRandom random) {
    double empty = indicator.mandatory() ? EMPTY_MANDATORY_ROW : EMPTY_OTHER_ROW;
    int option =
        random.nextDouble() < empty
            ? 0
            : 1
                + (random.nextDouble() < maturity ? 1 : 0)
                + (random.nextDouble() < maturity ? 1 : 0);
    if (option == 0) {
      return new GeneratedClaim(indicator.code(), 0, "", ValidationStatus.ZEROED, 0, "tidak diisi");
    }
    String evidence =
        indicator.code().equals("35")
            ? "https://www.youtube.com/watch?v=" + videoId(random)
            : folder + "/indikator-" + indicator.code() + ".pdf";
    double u = random.nextDouble();
    if (u < zeroRate) {
      return new GeneratedClaim(
          indicator.code(),
          option,
          evidence,
          ValidationStatus.ZEROED,
          0,
          Phrasebook.pick(
              List.of("bukti dukung tidak sesuai", "dokumen tidak terbaca", "bukti tidak diunggah"),
              random));
    }
    if (u < zeroRate + downgradeRate && option > 1) {
      return new GeneratedClaim(
          indicator.code(),
          option,
          evidence,
          ValidationStatus.DOWNGRADED,
          option - 1,
          Phrasebook.pick(
              List.of(
                  "bukti hanya mendukung parameter lebih rendah",
                  "periode bukti di luar rentang",
                  "jumlah yang dibuktikan kurang"),
              random));
    }
    return new GeneratedClaim(
        indicator.code(), option, evidence, ValidationStatus.ACCEPTED, option, "");
  }

  private static InnovationStage stage(SplittableRandom random) {
    double u = random.nextDouble();
    return u < INISIATIF_SHARE
        ? InnovationStage.INISIATIF
        : u < INISIATIF_SHARE + UJI_COBA_SHARE
            ? InnovationStage.UJI_COBA
            : InnovationStage.PENERAPAN;
  }

  /** [I]: agencies propose most innovations, then civil servants and regional heads. */
  private static InitiatorKind initiator(SplittableRandom random) {
    int u = random.nextInt(100);
    return u < 45
        ? InitiatorKind.PERANGKAT_DAERAH
        : u < 70
            ? InitiatorKind.ASN
            : u < 88
                ? InitiatorKind.KEPALA_DAERAH
                : u < 96 ? InitiatorKind.MASYARAKAT : InitiatorKind.ANGGOTA_DPRD;
  }

  /** [I]: governance innovations for the supporting functions, public service for the rest. */
  private static InnovationForm form(GovernmentAffair affair, SplittableRandom random) {
    boolean governance =
        switch (affair) {
          case KEPEGAWAIAN,
              PERENCANAAN_PEMBANGUNAN,
              KEUANGAN_DAERAH,
              PENGAWASAN,
              KEARSIPAN,
              STATISTIK ->
              true;
          default -> false;
        };
    int u = random.nextInt(100);
    return governance
        ? (u < 85 ? InnovationForm.TATA_KELOLA_PEMERINTAHAN : InnovationForm.PELAYANAN_PUBLIK)
        : (u < 80
            ? InnovationForm.PELAYANAN_PUBLIK
            : u < 92 ? InnovationForm.TATA_KELOLA_PEMERINTAHAN : InnovationForm.LAINNYA);
  }

  private static <T> T weighted(Map<T, Double> weights, SplittableRandom random) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double u = random.nextDouble() * total;
    for (Map.Entry<T, Double> entry : weights.entrySet()) {
      u -= entry.getValue();
      if (u < 0) {
        return entry.getKey();
      }
    }
    return weights.keySet().iterator().next();
  }

  private static String videoId(SplittableRandom random) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    StringBuilder id = new StringBuilder(11);
    for (int i = 0; i < 11; i++) {
      id.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return id.toString();
  }

  /** One stream per (seed, edition, key): a region's data never depend on the other regions. */
  private SplittableRandom stream(int edition, String key) {
    return new SplittableRandom(
        seed * 0x9E3779B97F4A7C15L + edition * 0xBF58476D1CE4E5B9L + key.hashCode());
  }
}
