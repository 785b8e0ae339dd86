package id.inovik.awardscoring;

import id.inovik.scoring.iid.IndicatorClaim;
import id.inovik.scoring.iid.InnovationSubmission;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.iid.ValidationStatus;
import id.inovik.scoring.region.Region;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns folded submissions into the scoring engine's input ({@link RegionSubmission}), and names an
 * input by a digest so that a recorded ranking can later be checked against the events it was
 * computed from.
 */
public final class ScoringInput {

  private ScoringInput() {}

  /**
   * The engine's view of one region's submission. A row's validation status follows the option that
   * counts: the claimed option (accepted), a lower one (downgraded, with the decision's note), 0
   * (zeroed), or no decision yet (pending: the claim counts as claimed).
   */
  public static RegionSubmission regionSubmission(
      SubmissionFold fold, RegionFacts region, Function<String, InnovationFacts> innovations) {
    Map<String, IndicatorClaim> spd = new LinkedHashMap<>();
    fold.spd().forEach((code, row) -> spd.put(code, claim(row)));
    List<InnovationSubmission> sid = new ArrayList<>();
    fold.innovations()
        .forEach(
            (id, rows) -> {
              Map<String, IndicatorClaim> indicators = new LinkedHashMap<>();
              rows.forEach((code, row) -> indicators.put(code, claim(row)));
              InnovationFacts facts = innovations.apply(id);
              if (facts == null) {
                facts = InnovationFacts.unknown(id);
              }
              sid.add(
                  new InnovationSubmission(
                      id,
                      facts.name(),
                      facts.mainAffair(),
                      facts.relatedAffairs(),
                      indicators,
                      null,
                      null));
            });
    Region r =
        new Region(
            region.code(), region.name(), null, null, region.border(), region.underdeveloped());
    return new RegionSubmission(r, spd, null, null, sid, fold.submittedAt());
  }

  static IndicatorClaim claim(SubmissionFold.Row row) {
    int claimed = row.claim().option();
    String basis = row.claim().benefitBasis();
    SubmissionFold.Decision decision = row.counting();
    if (decision == null) {
      return new IndicatorClaim(claimed, basis, ValidationStatus.PENDING, claimed, "");
    }
    int counted = Math.min(decision.option(), claimed);
    String note = decision.note() == null ? "" : decision.note();
    if (counted == claimed) {
      return new IndicatorClaim(claimed, basis, ValidationStatus.ACCEPTED, claimed, note);
    }
    if (counted <= 0) {
      return new IndicatorClaim(claimed, basis, ValidationStatus.ZEROED, 0, note);
    }
    return new IndicatorClaim(claimed, basis, ValidationStatus.DOWNGRADED, counted, note);
  }

  /**
   * {@code sha256:} and the hex SHA-256 of a canonical text of the input: regions sorted by code,
   * then every field the engine reads, in a fixed order. Equal inputs give equal digests whatever
   * order they were built in.
   */
  public static String digest(List<RegionSubmission> submissions) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    List<RegionSubmission> sorted =
        submissions.stream().sorted(Comparator.comparing(s -> s.region().code())).toList();
    StringBuilder text = new StringBuilder();
    for (RegionSubmission s : sorted) {
      Region r = s.region();
      text.append("R|")
          .append(r.code())
          .append('|')
          .append(r.name())
          .append('|')
          .append(r.border())
          .append('|')
          .append(r.underdeveloped())
          .append('|')
          .append(s.submittedAt())
          .append('\n');
      s.spd().forEach((code, c) -> line(text, "S", code, c));
      for (InnovationSubmission i : s.innovations()) {
        text.append("I|")
            .append(i.id())
            .append('|')
            .append(i.mainAffair())
            .append('|')
            .append(String.join(",", i.relatedAffairs()))
            .append('\n');
        i.indicators().forEach((code, c) -> line(text, "C", code, c));
      }
      sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
      text.setLength(0);
    }
    return "sha256:" + HexFormat.of().formatHex(sha.digest());
  }

  private static void line(StringBuilder text, String kind, String code, IndicatorClaim c) {
    text.append(kind)
        .append('|')
        .append(code)
        .append('|')
        .append(c.option())
        .append('|')
        .append(c.basis())
        .append('|')
        .append(c.status())
        .append('|')
        .append(c.validatedOption())
        .append('\n');
  }
}
