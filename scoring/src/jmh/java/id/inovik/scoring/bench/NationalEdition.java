package id.inovik.scoring.bench;

import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import id.inovik.scoring.iid.IndicatorClaim;
import id.inovik.scoring.iid.InnovationSubmission;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.region.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded national edition of the size the benchmark needs: 38 provinces and 508 kabupaten/kota
 * (546 autonomous regions), innovations spread unevenly over them (a few regions report 150+, many
 * 30-80), every innovation with all 20 SID rows claimed and a share of claims downgraded or zeroed.
 */
final class NationalEdition {
  static final int[] PROVINCES = {
    11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
    71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96
  };
  private static final List<String> AFFAIRS =
      List.of(
          "kesehatan",
          "pendidikan",
          "pupr",
          "perkim",
          "trantibumlinmas",
          "sosial",
          "penanaman modal",
          "pertanian",
          "perhubungan",
          "administrasi kependudukan dan pencatatan sipil",
          "komunikasi dan informatika");

  private NationalEdition() {}

  static List<Region> regions(SplittableRandom random) {
    List<Region> regions = new ArrayList<>();
    for (int p : PROVINCES) {
      regions.add(new Region(String.valueOf(p), "Provinsi " + p, null, null, false, false));
    }
    // 415 kabupaten and 93 kota, dealt round the provinces.
    for (int i = 0; i < 415 + 93; i++) {
      int province = PROVINCES[i % PROVINCES.length];
      int number = i < 415 ? 1 + i / PROVINCES.length : 71 + (i - 415) / PROVINCES.length;
      String code = String.format("%d.%02d", province, number);
      regions.add(
          new Region(
              code,
              "Pemda " + code,
              null,
              null,
              random.nextInt(100) < 6,
              random.nextInt(100) < 12));
    }
    return regions;
  }

  static List<RegionSubmission> submissions(Edition edition, int innovations, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Region> regions = regions(random);
    double[] weights = new double[regions.size()];
    double total = 0;
    for (int r = 0; r < regions.size(); r++) {
      weights[r] = Math.exp(random.nextGaussian() * 0.8);
      total += weights[r];
    }
    List<RegionSubmission> submissions = new ArrayList<>();
    int made = 0;
    for (int r = 0; r < regions.size(); r++) {
      int n =
          r == regions.size() - 1
              ? innovations - made
              : (int) Math.round(weights[r] / total * innovations);
      n = Math.max(0, Math.min(n, innovations - made));
      made += n;
      List<InnovationSubmission> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(innovation(edition, regions.get(r).code() + "-" + i, random));
      }
      submissions.add(
          RegionSubmission.of(regions.get(r), claims(edition, Aspect.SPD, random), list));
    }
    return submissions;
  }

  static InnovationSubmission innovation(Edition edition, String id, SplittableRandom random) {
    return InnovationSubmission.of(
        id,
        AFFAIRS.get(random.nextInt(AFFAIRS.size())),
        random.nextInt(3) == 0 ? List.of(AFFAIRS.get(random.nextInt(6))) : List.of(),
        claims(edition, Aspect.SID, random));
  }

  static Map<String, IndicatorClaim> claims(
      Edition edition, Aspect aspect, SplittableRandom random) {
    Map<String, IndicatorClaim> claims = new LinkedHashMap<>();
    for (Indicator indicator : edition.indicators(aspect)) {
      int option = 1 + random.nextInt(3);
      IndicatorClaim claim = IndicatorClaim.claimed(option);
      int outcome = random.nextInt(100);
      if (outcome < 60) {
        claim = claim.accepted();
      } else if (outcome < 75 && option > 1) {
        claim = claim.downgradedTo(option - 1, "bukti tidak mendukung");
      } else if (outcome < 80) {
        claim = claim.zeroed("bukti tidak sesuai");
      }
      claims.put(indicator.code(), claim);
    }
    return claims;
  }
}
