package id.inovik.command.innovation;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.region.RegionCatalog;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The input rules for an innovation profile (required fields, text limits, region reference data,
 * date order). Used by the aggregate; stateless.
 */
public final class ProfileRules {

  public static final int NAME_MAX = 200;
  public static final int SHORT_TEXT_MAX = 200;
  public static final int DESIGN_MAX = 20_000;
  public static final int TEXT_MAX = 5_000;
  public static final int THEME_MAX = 100;
  public static final int THEMES_MAX = 10;
  public static final int RELATED_AFFAIRS_MAX = 10;
  public static final int URL_MAX = 500;
  public static final long BUDGET_MAX = 1_000_000_000_000_000L;

  private ProfileRules() {}

  /** All violations of {@code profile}; empty when it is acceptable. */
  public static List<FieldViolation> check(InnovationProfile profile, RegionCatalog regions) {
    List<FieldViolation> v = new ArrayList<>();
    text(v, "name", profile.name(), 3, NAME_MAX, true);
    if (isBlank(profile.regionCode())) {
      v.add(new FieldViolation("regionCode", "is required"));
    } else if (!RegionCatalog.isWellFormed(profile.regionCode())) {
      v.add(
          new FieldViolation(
              "regionCode",
              "must be a Kemendagri code like 35 (province) or 35.79 (kabupaten/kota)"));
    } else if (!regions.contains(profile.regionCode())) {
      v.add(new FieldViolation("regionCode", "is not a known province, kabupaten or kota code"));
    }
    text(v, "owningAgency", profile.owningAgency(), 2, SHORT_TEXT_MAX, true);
    if (profile.initiator() == null) {
      v.add(new FieldViolation("initiator", "is required"));
    } else {
      if (profile.initiator().kind() == null) {
        v.add(new FieldViolation("initiator.kind", "is required"));
      }
      text(v, "initiator.name", profile.initiator().name(), 2, SHORT_TEXT_MAX, true);
    }
    if (profile.form() == null) {
      v.add(new FieldViolation("form", "is required"));
    }
    if (profile.mainAffair() == null) {
      v.add(new FieldViolation("mainAffair", "is required"));
    }
    checkRelatedAffairs(v, profile);
    checkThemes(v, profile.themes());
    text(v, "design", profile.design(), 1, DESIGN_MAX, true);
    text(v, "goals", profile.goals(), 1, TEXT_MAX, true);
    text(v, "benefits", profile.benefits(), 1, TEXT_MAX, true);
    text(v, "results", profile.results(), 0, TEXT_MAX, false);
    if (profile.budget() != null && (profile.budget() < 0 || profile.budget() > BUDGET_MAX)) {
      v.add(new FieldViolation("budget", "must be between 0 and " + BUDGET_MAX + " rupiah"));
    }
    if (profile.plannedTrialDate() != null
        && profile.plannedImplementationDate() != null
        && profile.plannedImplementationDate().isBefore(profile.plannedTrialDate())) {
      v.add(new FieldViolation("plannedImplementationDate", "must not be before plannedTrialDate"));
    }
    checkUrl(v, profile.videoUrl());
    return v;
  }

  /** Throws {@link InvalidInnovationException} when {@code violations} is not empty. */
  public static void reject(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidInnovationException(violations);
    }
  }

  static void text(
      List<FieldViolation> v, String field, String value, int min, int max, boolean required) {
    if (isBlank(value)) {
      if (required) {
        v.add(new FieldViolation(field, "is required"));
      }
      return;
    }
    int length = value.strip().length();
    if (length < min) {
      v.add(new FieldViolation(field, "must have at least " + min + " characters"));
    } else if (length > max) {
      v.add(
          new FieldViolation(
              field, "must have at most " + max + " characters (has " + length + ")"));
    }
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static void checkRelatedAffairs(List<FieldViolation> v, InnovationProfile profile) {
    List<GovernmentAffair> related = profile.relatedAffairs();
    if (related.size() > RELATED_AFFAIRS_MAX) {
      v.add(new FieldViolation("relatedAffairs", "must list at most " + RELATED_AFFAIRS_MAX));
    }
    Set<GovernmentAffair> seen = new HashSet<>();
    for (GovernmentAffair affair : related) {
      if (affair == null) {
        v.add(new FieldViolation("relatedAffairs", "must not contain empty entries"));
      } else if (affair == profile.mainAffair()) {
        v.add(new FieldViolation("relatedAffairs", "must not repeat the main affair " + affair));
      } else if (!seen.add(affair)) {
        v.add(new FieldViolation("relatedAffairs", "lists " + affair + " twice"));
      }
    }
  }

  private static void checkThemes(List<FieldViolation> v, List<String> themes) {
    if (themes.size() > THEMES_MAX) {
      v.add(new FieldViolation("themes", "must list at most " + THEMES_MAX));
    }
    for (String theme : themes) {
      if (isBlank(theme)) {
        v.add(new FieldViolation("themes", "must not contain blank entries"));
      } else if (theme.length() > THEME_MAX) {
        v.add(
            new FieldViolation("themes", "entries must have at most " + THEME_MAX + " characters"));
      }
    }
  }

  private static void checkUrl(List<FieldViolation> v, String url) {
    if (isBlank(url)) {
      return;
    }
    if (url.length() > URL_MAX) {
      v.add(new FieldViolation("videoUrl", "must have at most " + URL_MAX + " characters"));
      return;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
        v.add(new FieldViolation("videoUrl", "must be an http(s) URL"));
      }
    } catch (Exception e) {
      v.add(new FieldViolation("videoUrl", "must be an http(s) URL"));
    }
  }
}
