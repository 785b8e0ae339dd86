package id.inovik.scoring.catalogue;

import java.util.List;
import java.util.Locale;

/** One of the six mandatory basic-service affairs (urusan wajib pelayanan dasar, "yandas"). */
public record BasicServiceAffair(String code, String label, List<String> aliases) {
  public BasicServiceAffair {
    aliases = List.copyOf(aliases);
  }

  /** True when a free-text affair name from a submission denotes this affair. */
  public boolean matches(String affair) {
    String wanted = normalise(affair);
    return normalise(code).equals(wanted)
        || normalise(label).equals(wanted)
        || aliases.stream().anyMatch(a -> normalise(a).equals(wanted));
  }

  private static String normalise(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
  }
}
