package id.inovik.command.award.submission;

import id.inovik.api.award.Evidence;
import id.inovik.api.award.EvidenceKind;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.BenefitBasis;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks claims against the rubric of the edition (the scoring catalogue): the row exists for the
 * aspect, the option is 1 to 3, the benefit indicator names one of its bases, and every claim
 * carries well-formed evidence. Returns the claims with their codes as the catalogue writes them.
 */
public final class ClaimRules {

  public static final int MAX_EVIDENCE = 10;
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private ClaimRules() {}

  /** The checked claims, normalised; every problem is added to {@code v}. */
  public static List<IndicatorClaim> check(
      List<FieldViolation> v,
      List<IndicatorClaim> claims,
      Aspect aspect,
      Edition rubric,
      LocalDate today) {
    List<IndicatorClaim> checked = new ArrayList<>();
    if (claims == null || claims.isEmpty()) {
      v.add(new FieldViolation("claims", "at least one indicator claim is required"));
      return checked;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      IndicatorClaim c = claims.get(i);
      if (c == null || c.indicator() == null || c.indicator().isBlank()) {
        v.add(new FieldViolation("claims[" + i + "]", "needs an indicator code"));
        continue;
      }
      String given = c.indicator().strip();
      String at = "claims." + given;
      Optional<Indicator> found = indicator(rubric, given);
      if (found.isEmpty()) {
        v.add(new FieldViolation(at, unknownReason(rubric, given, aspect)));
        continue;
      }
      Indicator indicator = found.get();
      if (indicator.aspect() != aspect) {
        v.add(
            new FieldViolation(
                at,
                "is an "
                    + indicator.aspect()
                    + " indicator; "
                    + (aspect == Aspect.SPD
                        ? "claim it for an innovation"
                        : "claim it in the region's SPD")));
        continue;
      }
      if (!seen.add(indicator.code())) {
        v.add(new FieldViolation(at, "is claimed twice"));
        continue;
      }
      int before = v.size();
      if (c.option() < 1 || c.option() > Indicator.OPTION_COUNT) {
        v.add(new FieldViolation(at + ".option", "must be 1, 2 or 3"));
      }
      String basis =
          c.benefitBasis() == null ? null : c.benefitBasis().strip().toLowerCase(Locale.ROOT);
      if (!indicator.benefitBases().isEmpty()) {
        if (basis == null || indicator.benefitBasis(basis).isEmpty()) {
          v.add(
              new FieldViolation(
                  at + ".benefitBasis",
                  "is required: one of "
                      + indicator.benefitBases().stream().map(BenefitBasis::code).toList()));
        }
      } else if (basis != null) {
        v.add(new FieldViolation(at + ".benefitBasis", "applies only to the benefit indicator"));
      }
      checkEvidence(v, at + ".evidence", c.evidence(), today);
      if (v.size() == before) {
        checked.add(
            new IndicatorClaim(
                indicator.code(),
                c.option(),
                basis,
                c.evidence().stream().map(ClaimRules::strip).toList()));
      }
    }
    return checked;
  }

  private static Optional<Indicator> indicator(Edition rubric, String code) {
    return rubric.indicator(code);
  }

  private static String unknownReason(Edition rubric, String code, Aspect aspect) {
    List<String> subRows =
        rubric.indicators(aspect).stream()
            .map(Indicator::code)
            .filter(c -> c.length() == code.length() + 1 && c.startsWith(code))
            .toList();
    if (!subRows.isEmpty()) {
      return "has sub-rows " + String.join(" and ", subRows) + "; claim each of them";
    }
    List<Indicator> rows = rubric.indicators(aspect);
    return "is not an "
        + aspect
        + " indicator of the "
        + rubric.year()
        + " rubric ("
        + rows.getFirst().code()
        + " to "
        + rows.getLast().code()
        + ")";
  }

  static void checkEvidence(
      List<FieldViolation> v, String at, List<Evidence> evidence, LocalDate today) {
    if (evidence.isEmpty()) {
      v.add(new FieldViolation(at, "at least one piece of evidence is required"));
      return;
    }
    if (evidence.size() > MAX_EVIDENCE) {
      v.add(new FieldViolation(at, "at most " + MAX_EVIDENCE + " pieces of evidence"));
    }
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      String f = at + "[" + i + "]";
      if (e == null) {
        v.add(new FieldViolation(f, "is required"));
        continue;
      }
      if (e.kind() == null) {
        v.add(new FieldViolation(f + ".kind", "is required: " + List.of(EvidenceKind.values())));
      }
      String title = e.title() == null ? "" : e.title().strip();
      if (title.length() < 3 || title.length() > 300) {
        v.add(new FieldViolation(f + ".title", "is required (3-300 characters)"));
      }
      if (e.kind() == EvidenceKind.RESMI) {
        String number = e.number() == null ? "" : e.number().strip();
        if (number.isEmpty() || number.length() > 100) {
          v.add(new FieldViolation(f + ".number", "is required for an official letter"));
        }
        if (e.date() == null) {
          v.add(new FieldViolation(f + ".date", "is required for an official letter"));
        }
      } else if (e.number() != null && e.number().strip().length() > 100) {
        v.add(new FieldViolation(f + ".number", "at most 100 characters"));
      }
      if (e.date() != null && e.date().isAfter(today)) {
        v.add(new FieldViolation(f + ".date", "must not be in the future"));
      }
      boolean hasUrl = e.url() != null && !e.url().isBlank();
      boolean hasHash = e.contentHash() != null && !e.contentHash().isBlank();
      if (!hasUrl && !hasHash) {
        v.add(
            new FieldViolation(
                f, "needs a url or the file's contentHash (SHA-256, 64 hex digits)"));
      }
      if (hasUrl && !isHttpUrl(e.url().strip())) {
        v.add(new FieldViolation(f + ".url", "must be an http(s) URL of at most 2000 characters"));
      }
      if (hasHash && !SHA256.matcher(e.contentHash().strip().toLowerCase(Locale.ROOT)).matches()) {
        v.add(new FieldViolation(f + ".contentHash", "must be a SHA-256 digest: 64 hex digits"));
      }
      if (e.kind() == EvidenceKind.URL && !hasUrl) {
        v.add(new FieldViolation(f + ".url", "is required for evidence of kind URL"));
      }
    }
  }

  private static boolean isHttpUrl(String url) {
    if (url.length() > 2000) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static Evidence strip(Evidence e) {
    return new Evidence(
        e.kind(),
        e.title().strip(),
        blankToNull(e.number()),
        e.date(),
        blankToNull(e.url()),
        e.contentHash() == null || e.contentHash().isBlank()
            ? null
            : e.contentHash().strip().toLowerCase(Locale.ROOT));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
