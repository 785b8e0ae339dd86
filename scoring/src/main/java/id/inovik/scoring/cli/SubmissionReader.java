package id.inovik.scoring.cli;

import id.inovik.scoring.iid.IndicatorClaim;
import id.inovik.scoring.iid.InnovationSubmission;
import id.inovik.scoring.iid.InputError;
import id.inovik.scoring.iid.RegionSubmission;
import id.inovik.scoring.iid.ScoringInputException;
import id.inovik.scoring.iid.ValidationStatus;
import id.inovik.scoring.jury.Evaluation;
import id.inovik.scoring.jury.Juror;
import id.inovik.scoring.jury.PresentationEvaluation;
import id.inovik.scoring.region.Region;
import id.inovik.scoring.region.RegionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Reads the CLI's JSON submission into scoring inputs, collecting every problem with its path
 * instead of stopping at the first. The format is documented in scoring/README.md.
 */
final class SubmissionReader {
  private static final Set<String> REGION_FIELDS =
      Set.of(
          "code",
          "name",
          "type",
          "provinceCode",
          "border",
          "underdeveloped",
          "submittedAt",
          "spd",
          "spdValidation",
          "spdScore",
          "validatedSpdScore",
          "innovations");
  private static final Set<String> INNOVATION_FIELDS =
      Set.of(
          "id",
          "name",
          "mainAffair",
          "relatedAffairs",
          "indicators",
          "validation",
          "sidScore",
          "validatedSidScore");

  private final List<InputError> errors = new ArrayList<>();

  List<InputError> errors() {
    return errors;
  }

  void failIfErrors() {
    if (!errors.isEmpty()) {
      throw new ScoringInputException(errors);
    }
  }

  /**
   * The regions of a document: {@code regions: [...]}, {@code region: {...}}, or one region inline.
   */
  List<RegionSubmission> regions(JsonNode doc, String path) {
    JsonNode list = doc.get("regions");
    List<RegionSubmission> regions = new ArrayList<>();
    if (list != null) {
      if (!list.isArray()) {
        errors.add(new InputError(path + "regions", "must be an array of regions"));
        return regions;
      }
      for (int i = 0; i < list.size(); i++) {
        RegionSubmission region = region(list.get(i), path + "regions[" + i + "]");
        if (region != null) {
          regions.add(region);
        }
      }
    } else if (doc.has("region")) {
      RegionSubmission region = region(doc.get("region"), path + "region");
      if (region != null) {
        regions.add(region);
      }
    } else if (doc.has("code")) {
      RegionSubmission region = region(doc, path.isEmpty() ? "region" : path + "region");
      if (region != null) {
        regions.add(region);
      }
    } else {
      errors.add(new InputError(path + "regions", "is required: the regions to score"));
    }
    return regions;
  }

  private RegionSubmission region(JsonNode node, String at) {
    if (node == null || !node.isObject()) {
      errors.add(new InputError(at, "must be an object"));
      return null;
    }
    unknownFields(
        node,
        REGION_FIELDS,
        Set.of(
            "edition",
            "ranking",
            "previous",
            "previousRanks",
            "jury",
            "uncertainty",
            "whatIf",
            "mandatoryRule"),
        at);
    String code = text(node, "code", at, true);
    if (code == null) {
      return null;
    }
    if (!code.matches("\\d{2}(\\.\\d{2})?")) {
      errors.add(
          new InputError(
              at + ".code", "must be a Kemendagri code PP or PP.RR, not '" + code + "'"));
      return null;
    }
    int before = errors.size();
    RegionType type = null;
    if (node.hasNonNull("type")) {
      try {
        type = RegionType.parse(node.get("type").asString());
      } catch (IllegalArgumentException e) {
        errors.add(new InputError(at + ".type", "must be provinsi, kabupaten or kota"));
      }
    } else {
      try {
        type = RegionType.fromCode(code);
      } catch (RuntimeException e) {
        errors.add(
            new InputError(
                at + ".code", "must be a Kemendagri code PP or PP.RR, not '" + code + "'"));
        return null;
      }
    }
    Region region =
        new Region(
            code,
            text(node, "name", at, false),
            type,
            text(node, "provinceCode", at, false),
            bool(node, "border", at),
            bool(node, "underdeveloped", at));
    Instant submittedAt = instant(node, "submittedAt", at);
    Map<String, IndicatorClaim> spd =
        claims(node.get("spd"), node.get("spdValidation"), at + ".spd", at + ".spdValidation");
    BigDecimal spdScore = decimal(node, "spdScore", at);
    BigDecimal validatedSpdScore = decimal(node, "validatedSpdScore", at);
    if (spdScore != null && !spd.isEmpty()) {
      errors.add(new InputError(at + ".spdScore", "give either spd claims or spdScore, not both"));
    }
    if (validatedSpdScore != null && spdScore == null) {
      errors.add(new InputError(at + ".validatedSpdScore", "needs spdScore"));
    }
    List<InnovationSubmission> innovations = new ArrayList<>();
    JsonNode list = node.get("innovations");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        errors.add(new InputError(at + ".innovations", "must be an array"));
      } else {
        for (int i = 0; i < list.size(); i++) {
          InnovationSubmission innovation = innovation(list.get(i), at + ".innovations[" + i + "]");
          if (innovation != null) {
            innovations.add(innovation);
          }
        }
      }
    }
    if (errors.size() > before) {
      return null;
    }
    return new RegionSubmission(region, spd, spdScore, validatedSpdScore, innovations, submittedAt);
  }

  private InnovationSubmission innovation(JsonNode node, String at) {
    if (node == null || !node.isObject()) {
      errors.add(new InputError(at, "must be an object"));
      return null;
    }
    unknownFields(node, INNOVATION_FIELDS, Set.of(), at);
    int before = errors.size();
    String id = text(node, "id", at, true);
    String mainAffair = text(node, "mainAffair", at, false);
    List<String> related = new ArrayList<>();
    JsonNode relatedNode = node.get("relatedAffairs");
    if (relatedNode != null && !relatedNode.isNull()) {
      if (relatedNode.isArray()) {
        relatedNode.forEach(a -> related.add(a.asString()));
      } else {
        errors.add(new InputError(at + ".relatedAffairs", "must be an array of affair names"));
      }
    }
    Map<String, IndicatorClaim> indicators =
        claims(
            node.get("indicators"), node.get("validation"), at + ".indicators", at + ".validation");
    BigDecimal sidScore = decimal(node, "sidScore", at);
    BigDecimal validatedSidScore = decimal(node, "validatedSidScore", at);
    if (sidScore != null && !indicators.isEmpty()) {
      errors.add(new InputError(at + ".sidScore", "give either indicators or sidScore, not both"));
    }
    if (validatedSidScore != null && sidScore == null) {
      errors.add(new InputError(at + ".validatedSidScore", "needs sidScore"));
    }
    if (errors.size() > before || id == null) {
      return null;
    }
    return new InnovationSubmission(
        id,
        text(node, "name", at, false),
        mainAffair,
        related,
        indicators,
        sidScore,
        validatedSidScore);
  }

  /**
   * Claims keyed by indicator code: a number (the option) or an object {@code {option, basis,
   * validation}}; validations may also come in a separate map keyed by the same codes.
   */
  private Map<String, IndicatorClaim> claims(
      JsonNode node, JsonNode validations, String at, String validationAt) {
    Map<String, IndicatorClaim> claims = new TreeMap<>();
    if (node == null || node.isNull()) {
      if (validations != null && !validations.isNull() && !validations.isEmpty()) {
        errors.add(new InputError(validationAt, "validations need the claims they validate"));
      }
      return claims;
    }
    if (!node.isObject()) {
      errors.add(new InputError(at, "must be an object of indicator code to option"));
      return claims;
    }
    Map<String, String> seen = new LinkedHashMap<>();
    for (var entry : node.properties()) {
      String code = entry.getKey();
      String canonical = code.trim().toLowerCase(Locale.ROOT);
      if (seen.put(canonical, code) != null) {
        errors.add(new InputError(at + "." + code, "indicator given twice"));
        continue;
      }
      JsonNode value = entry.getValue();
      String claimAt = at + "." + code;
      Integer option;
      String basis = null;
      JsonNode validation = null;
      if (value.isObject()) {
        option = option(value.get("option"), claimAt + ".option");
        basis = value.hasNonNull("basis") ? value.get("basis").asString() : null;
        validation = value.get("validation");
      } else {
        option = option(value, claimAt);
      }
      if (validations != null && validations.has(code)) {
        if (validation != null) {
          errors.add(
              new InputError(
                  validationAt + "." + code, "validated twice (inline and in the validation map)"));
        }
        validation = validations.get(code);
      }
      if (option == null) {
        continue;
      }
      IndicatorClaim claim = IndicatorClaim.claimed(option).withBasis(basis);
      claim =
          validate(
              claim,
              validation,
              validations != null && validations.has(code)
                  ? validationAt + "." + code
                  : claimAt + ".validation");
      if (claim != null) {
        claims.put(canonical, claim);
      }
    }
    if (validations != null && !validations.isNull()) {
      if (!validations.isObject()) {
        errors.add(
            new InputError(validationAt, "must be an object of indicator code to validation"));
      } else {
        for (var entry : validations.properties()) {
          if (!seen.containsKey(entry.getKey().trim().toLowerCase(Locale.ROOT))) {
            errors.add(
                new InputError(
                    validationAt + "." + entry.getKey(),
                    "validates an indicator that was not claimed"));
          }
        }
      }
    }
    return claims;
  }

  /**
   * A validation is a status ("ACCEPTED", "DOWNGRADED", "ZEROED" or diterima / diturunkan /
   * ditolak), the validated option as a number, or {@code {status, option, note}}.
   */
  private IndicatorClaim validate(IndicatorClaim claim, JsonNode validation, String at) {
    if (validation == null || validation.isNull()) {
      return claim;
    }
    ValidationStatus status;
    Integer validated = null;
    String note = "";
    if (validation.isNumber()) {
      validated = option(validation, at);
      if (validated == null) {
        return null;
      }
      status =
          validated == claim.option()
              ? ValidationStatus.ACCEPTED
              : validated == 0 ? ValidationStatus.ZEROED : ValidationStatus.DOWNGRADED;
    } else if (validation.isString() || validation.isObject()) {
      String statusText =
          validation.isString() ? validation.asString() : validation.path("status").asString("");
      status = status(statusText, validation.isString() ? at : at + ".status");
      if (status == null) {
        return null;
      }
      if (validation.isObject()) {
        if (validation.has("option")) {
          validated = option(validation.get("option"), at + ".option");
          if (validated == null) {
            return null;
          }
        }
        note = validation.path("note").asString("");
      }
      if (status == ValidationStatus.DOWNGRADED && validated == null) {
        errors.add(new InputError(at + ".option", "a downgrade needs the validated option"));
        return null;
      }
    } else {
      errors.add(new InputError(at, "must be a status, an option or {status, option, note}"));
      return null;
    }
    if (validated != null && validated > claim.option()) {
      errors.add(
          new InputError(
              at,
              "validation cannot raise the claimed option " + claim.option() + " to " + validated));
      return null;
    }
    if (status == ValidationStatus.ACCEPTED && validated != null && validated != claim.option()) {
      errors.add(
          new InputError(
              at,
              "ACCEPTED with option " + validated + " differs from the claimed " + claim.option()));
      return null;
    }
    return switch (status) {
      case PENDING -> claim;
      case ACCEPTED ->
          new IndicatorClaim(
              claim.option(), claim.basis(), ValidationStatus.ACCEPTED, claim.option(), note);
      case ZEROED -> claim.zeroed(note);
      case DOWNGRADED -> {
        if (validated == claim.option()) {
          yield new IndicatorClaim(
              claim.option(), claim.basis(), ValidationStatus.ACCEPTED, claim.option(), note);
        }
        yield claim.downgradedTo(validated, note);
      }
    };
  }

  private ValidationStatus status(String text, String at) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "accepted", "diterima", "sesuai" -> ValidationStatus.ACCEPTED;
      case "downgraded", "diturunkan" -> ValidationStatus.DOWNGRADED;
      case "zeroed", "rejected", "ditolak", "dinolkan", "tidak sesuai" -> ValidationStatus.ZEROED;
      case "pending", "belum" -> ValidationStatus.PENDING;
      default -> {
        errors.add(
            new InputError(
                at,
                "unknown validation status '" + text + "'; use ACCEPTED, DOWNGRADED or ZEROED"));
        yield null;
      }
    };
  }

  private Integer option(JsonNode value, String at) {
    if (value == null || value.isNull()) {
      errors.add(new InputError(at, "an option (0 for empty, 1, 2 or 3) is required"));
      return null;
    }
    if (!value.isIntegralNumber() || value.asInt() < 0 || value.asInt() > 3) {
      errors.add(new InputError(at, "must be 0 (empty), 1, 2 or 3, not " + value));
      return null;
    }
    return value.asInt();
  }

  private String text(JsonNode node, String field, String at, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
      if (required) {
        errors.add(new InputError(at + "." + field, "is required"));
      }
      return null;
    }
    if (!value.isString() && !value.isNumber()) {
      errors.add(new InputError(at + "." + field, "must be a string"));
      return null;
    }
    return value.asString().trim();
  }

  private boolean bool(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      errors.add(new InputError(at + "." + field, "must be true or false"));
      return false;
    }
    return value.asBoolean();
  }

  BigDecimal decimal(JsonNode node, String field, String at) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      errors.add(new InputError(at + "." + field, "must be a number"));
      return null;
    }
    return value.decimalValue();
  }

  private Instant instant(JsonNode node, String field, String at) {
    String text = text(node, field, at, false);
    if (text == null) {
      return null;
    }
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(
          new InputError(
              at + "." + field, "must be an ISO date or instant, e.g. 2026-08-20T10:15:00Z"));
      return null;
    }
  }

  private void unknownFields(JsonNode node, Set<String> known, Set<String> alsoAllowed, String at) {
    for (String name : node.propertyNames()) {
      if (!known.contains(name) && !alsoAllowed.contains(name)) {
        errors.add(new InputError(at + "." + name, "unknown field"));
      }
    }
  }

  /** The jury section: jurors, presentation and field evaluations. */
  JurySection jury(JsonNode node, String at) {
    List<Juror> jurors = new ArrayList<>();
    for (int i = 0; i < node.path("jurors").size(); i++) {
      JsonNode j = node.path("jurors").get(i);
      String id = text(j, "id", at + ".jurors[" + i + "]", true);
      if (id != null) {
        jurors.add(new Juror(id, text(j, "name", at, false), text(j, "provinceCode", at, false)));
      }
    }
    List<PresentationEvaluation> presentation = new ArrayList<>();
    for (int i = 0; i < node.path("presentation").size(); i++) {
      JsonNode p = node.path("presentation").get(i);
      String pAt = at + ".presentation[" + i + "]";
      String juror = text(p, "juror", pAt, true);
      String region = text(p, "region", pAt, true);
      Map<String, Double> scores = new TreeMap<>();
      JsonNode criteria = p.get("scores");
      if (criteria == null || !criteria.isObject()) {
        errors.add(new InputError(pAt + ".scores", "is required: criterion code to score (0-100)"));
      } else {
        for (var entry : criteria.properties()) {
          if (!entry.getValue().isNumber()) {
            errors.add(new InputError(pAt + ".scores." + entry.getKey(), "must be a number"));
          } else {
            scores.put(entry.getKey(), entry.getValue().asDouble());
          }
        }
      }
      if (juror != null && region != null) {
        presentation.add(new PresentationEvaluation(juror, region, scores));
      }
    }
    List<Evaluation> field = new ArrayList<>();
    for (int i = 0; i < node.path("field").size(); i++) {
      JsonNode f = node.path("field").get(i);
      String fAt = at + ".field[" + i + "]";
      String juror = text(f, "juror", fAt, true);
      String region = text(f, "region", fAt, true);
      BigDecimal score = decimal(f, "score", fAt);
      if (score == null) {
        errors.add(new InputError(fAt + ".score", "is required (0-100)"));
      } else if (juror != null && region != null) {
        field.add(new Evaluation(juror, region, score.doubleValue()));
      }
    }
    return new JurySection(jurors, presentation, field);
  }

  record JurySection(
      List<Juror> jurors, List<PresentationEvaluation> presentation, List<Evaluation> field) {}
}
