package id.inovik.api.iid;

import id.inovik.api.award.Evidence;
import id.inovik.api.award.EvidenceKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator columns of an IID export, the claims part beside the innovation's profile ({@link
 * IidColumn}): per indicator row of the rubric ({@code 1} to {@code 15} with sub-rows {@code 2a},
 * {@code 2b} ... for the region's SPD, {@code 16} to {@code 35} for each innovation) the option
 * chosen, its evidence, and for the benefit indicator the basis of the benefit.
 *
 * <p>Headers: {@code Indikator 16} (option), {@code Bukti 16} (evidence), {@code Dasar Manfaat 33}
 * (benefit basis), as Inovik writes them. An import also reads "Indikator SID 16", "SPD 2a", "Opsi
 * Indikator 2a", "Data Dukung 16", "Bukti Indikator SPD 2a" and the like, in any case and spacing.
 * Whether a row is SPD or SID is the rubric's business, not the header's.
 *
 * <p>An evidence cell lists one piece per line (or separated by " ;; "), each either a bare link
 * (URL, or a file's SHA-256 in 64 hex digits) or fields separated by "|": {@code title | link},
 * {@code KIND | title | link}, or for an official letter {@code RESMI | title | number | date |
 * link}. A bare link gets a title from its file name.
 *
 * @param code the indicator row as the header writes it, lower case ({@code 2a}, {@code 16})
 */
public record IidIndicatorColumn(String code, Part part) {

  /** What an indicator column holds. */
  public enum Part {
    OPTION("Indikator"),
    EVIDENCE("Bukti"),
    BENEFIT_BASIS("Dasar Manfaat");

    private final String header;

    Part(String header) {
      this.header = header;
    }
  }

  private static final Pattern HEADER =
      Pattern.compile(
          "(?:(opsi|pilihan|jawaban|nilai|bukti|data dukung|dokumen|dasar manfaat|basis manfaat)"
              + " )?(?:(indikator) )?(?:(spd|sid) )?(?:(indikator) )?(\\d{1,2}) ?([a-z])?");

  private static final Pattern SHA256 = Pattern.compile("(?i)[0-9a-f]{64}");

  /** The header Inovik writes: "Indikator 16", "Bukti 2a", "Dasar Manfaat 33". */
  public String header() {
    return part.header + " " + code;
  }

  /** The option column of an indicator. */
  public static IidIndicatorColumn option(String code) {
    return new IidIndicatorColumn(code.toLowerCase(Locale.ROOT), Part.OPTION);
  }

  /** The evidence column of an indicator. */
  public static IidIndicatorColumn evidence(String code) {
    return new IidIndicatorColumn(code.toLowerCase(Locale.ROOT), Part.EVIDENCE);
  }

  /** The benefit basis column of an indicator. */
  public static IidIndicatorColumn benefitBasis(String code) {
    return new IidIndicatorColumn(code.toLowerCase(Locale.ROOT), Part.BENEFIT_BASIS);
  }

  /**
   * The indicator column a header names, if any. A bare number is no indicator column: the header
   * needs a word ("Indikator", "Bukti", "SPD", ...).
   */
  public static Optional<IidIndicatorColumn> ofHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String h = IidColumn.normalize(header.replaceAll("\\([^)]*\\)", " "));
    // "2a" stays one word after normalize; "SPD2a" too
    h = h.replaceAll("\\b(spd|sid)(\\d)", "$1 $2");
    Matcher m = HEADER.matcher(h);
    if (!m.matches()) {
      return Optional.empty();
    }
    String word = m.group(1);
    boolean named = word != null || m.group(2) != null || m.group(3) != null || m.group(4) != null;
    if (!named) {
      return Optional.empty();
    }
    String code =
        m.group(5).replaceFirst("^0+(?=\\d)", "") + (m.group(6) == null ? "" : m.group(6));
    Part part = Part.OPTION;
    if (word != null && word.matches("bukti|data dukung|dokumen")) {
      part = Part.EVIDENCE;
    } else if (word != null && word.endsWith("manfaat")) {
      part = Part.BENEFIT_BASIS;
    }
    return Optional.of(new IidIndicatorColumn(code, part));
  }

  /** An evidence cell that {@link #parseEvidence} reads back. */
  public static String evidenceCell(List<Evidence> evidence) {
    List<String> pieces = new ArrayList<>();
    for (Evidence e : evidence) {
      String link = e.url() != null ? e.url() : e.contentHash();
      if (e.kind() == EvidenceKind.RESMI) {
        pieces.add(String.join(" | ", "RESMI", e.title(), e.number(), e.date().toString(), link));
      } else {
        pieces.add(String.join(" | ", e.kind().name(), e.title(), link));
      }
    }
    return String.join("\n", pieces);
  }

  /**
   * The evidence a cell lists.
   *
   * @throws IllegalArgumentException with a reason an operator can act on
   */
  public static List<Evidence> parseEvidence(String cell) {
    List<Evidence> out = new ArrayList<>();
    for (String piece : cell.split("\\R| ;; ")) {
      if (piece.isBlank()) {
        continue;
      }
      List<String> f = new ArrayList<>();
      for (String field : piece.split("\\|", -1)) {
        f.add(field.strip());
      }
      EvidenceKind kind = null;
      if (f.size() > 1) {
        kind = kind(f.getFirst());
        if (kind != null) {
          f.removeFirst();
        }
      }
      String link = f.getLast();
      boolean hash = SHA256.matcher(link).matches();
      if (!hash && !link.matches("(?i)https?://\\S+")) {
        throw new IllegalArgumentException(
            "evidence '"
                + piece.strip()
                + "' needs a link: an http(s) URL or the file's SHA-256 as its last part");
      }
      String title;
      String number = null;
      LocalDate date = null;
      if (kind == EvidenceKind.RESMI) {
        if (f.size() != 4) {
          throw new IllegalArgumentException(
              "official letter '" + piece.strip() + "' needs RESMI | title | number | date | link");
        }
        title = f.get(0);
        number = f.get(1);
        try {
          date = LocalDate.parse(f.get(2));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "official letter '" + piece.strip() + "': date must be yyyy-mm-dd", e);
        }
      } else if (f.size() == 1) {
        title = titleOf(link, hash);
      } else if (f.size() == 2) {
        title = f.getFirst();
      } else {
        throw new IllegalArgumentException(
            "evidence '"
                + piece.strip()
                + "' has too many parts: write title | link, or KIND | title | link");
      }
      if (kind == null) {
        kind = guessKind(link, hash);
      }
      out.add(
          new Evidence(
              kind,
              title,
              number,
              date,
              hash ? null : link,
              hash ? link.toLowerCase(Locale.ROOT) : null));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("lists no evidence");
    }
    return out;
  }

  private static EvidenceKind kind(String text) {
    for (EvidenceKind k : EvidenceKind.values()) {
      if (k.name().equalsIgnoreCase(text.strip())) {
        return k;
      }
    }
    return null;
  }

  private static EvidenceKind guessKind(String link, boolean hash) {
    String l = link.toLowerCase(Locale.ROOT);
    if (hash || l.matches(".*\\.(pdf|docx?|xlsx?|pptx?)(\\?.*)?$")) {
      return EvidenceKind.UMUM;
    }
    if (l.contains("youtube.com/") || l.contains("youtu.be/") || l.matches(".*\\.(mp4|mov)$")) {
      return EvidenceKind.VIDEO;
    }
    if (l.matches(".*\\.(jpe?g|png|webp)$")) {
      return EvidenceKind.FOTO;
    }
    return EvidenceKind.URL;
  }

  private static String titleOf(String link, boolean hash) {
    if (hash) {
      return "Dokumen " + link.substring(0, 12).toLowerCase(Locale.ROOT);
    }
    String path = link.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.length() >= 3 && !path.endsWith("//" + last) ? last : link;
  }
}
