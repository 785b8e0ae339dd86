package id.inovik.command.imports;

import id.inovik.api.innovation.AffairNames;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationStage;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns spreadsheet cell text into values, accepting the spellings found in IID exports. Each
 * parser returns the value or throws {@link BadValueException} with a reason a region's operator
 * can act on.
 */
final class Values {

  /** A cell whose text is not a value of its column. */
  static final class BadValueException extends RuntimeException {
    BadValueException(String reason) {
      super(reason);
    }
  }

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
  private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{4})");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?i)^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday"
              + "|thursday|friday|saturday|sunday),?\\s+");
  private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{4,5}(\\.\\d+)?");
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("januari", 1),
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("februari", 2),
          Map.entry("pebruari", 2),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("peb", 2),
          Map.entry("maret", 3),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("mei", 5),
          Map.entry("may", 5),
          Map.entry("juni", 6),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("juli", 7),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("agustus", 8),
          Map.entry("august", 8),
          Map.entry("agu", 8),
          Map.entry("agt", 8),
          Map.entry("ags", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oktober", 10),
          Map.entry("october", 10),
          Map.entry("okt", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nopember", 11),
          Map.entry("nov", 11),
          Map.entry("nop", 11),
          Map.entry("desember", 12),
          Map.entry("december", 12),
          Map.entry("des", 12),
          Map.entry("dec", 12));

  private Values() {}

  /**
   * A date as 2024-01-12, 12/01/2024 (day first, also with - or .), "12 Januari 2024" (Indonesian
   * or English month names, full or short), or an Excel serial day number; a time part is ignored.
   */
  static LocalDate date(String text) {
    String s = WEEKDAY.matcher(text.strip()).replaceFirst("");
    int space = s.indexOf(' ');
    if (space > 0 && (s.indexOf('T') == 10 || ISO.matcher(s.substring(0, space)).matches())) {
      s = s.substring(0, space);
    }
    if (s.length() > 10 && s.charAt(10) == 'T') {
      s = s.substring(0, 10);
    }
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      }
      m = DMY.matcher(s);
      if (m.matches()) {
        return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
      }
      m = WORDS.matcher(s);
      if (m.matches()) {
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) {
          throw new BadValueException("has an unknown month name '" + m.group(2) + "'");
        }
        return LocalDate.of(num(m, 3), month, num(m, 1));
      }
      m = MONTH_YEAR.matcher(s);
      if (m.matches() && MONTHS.containsKey(m.group(1).toLowerCase(Locale.ROOT))) {
        return LocalDate.of(num(m, 2), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), 1);
      }
      if (EXCEL_SERIAL.matcher(s).matches()) {
        return EXCEL_EPOCH.plusDays((long) Double.parseDouble(s));
      }
    } catch (DateTimeException e) {
      throw new BadValueException("is not a valid date ('" + text.strip() + "')");
    }
    throw new BadValueException(
        "is not a date; use 2024-01-12, 12/01/2024 or 12 Januari 2024 ('" + text.strip() + "')");
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** The IID stage (tahapan): inisiatif, uji coba or penerapan. */
  static InnovationStage stage(String text) {
    String s = key(text).replace(" ", "");
    return switch (s) {
      case "inisiatif", "inisiasi" -> InnovationStage.INISIATIF;
      case "ujicoba", "trial" -> InnovationStage.UJI_COBA;
      case "penerapan", "diterapkan", "implementasi", "implementation" -> InnovationStage.PENERAPAN;
      default -> {
        // "Penerapan (implementasi)", "Tahap Uji Coba": one known stage word in a longer text
        List<InnovationStage> named = new ArrayList<>();
        if (s.contains("inisiatif")) {
          named.add(InnovationStage.INISIATIF);
        }
        if (s.contains("ujicoba")) {
          named.add(InnovationStage.UJI_COBA);
        }
        if (s.contains("penerapan")) {
          named.add(InnovationStage.PENERAPAN);
        }
        if (named.size() == 1) {
          yield named.getFirst();
        }
        throw new BadValueException(
            "is not a known stage: use inisiatif, uji coba or penerapan ('" + text.strip() + "')");
      }
    };
  }

  /** The initiator kind of PP 38/2017. */
  static InitiatorKind initiator(String text) {
    String s = key(text);
    // "Kepala Daerah (Bupati/Wali Kota)", "Aparatur Sipil Negara (ASN)": the kind comes first
    for (String known :
        List.of("kepala daerah", "anggota dprd", "perangkat daerah", "aparatur sipil negara")) {
      if (s.startsWith(known + " ")) {
        s = known;
      }
    }
    return switch (s) {
      case "kepala daerah", "kdh" -> InitiatorKind.KEPALA_DAERAH;
      case "anggota dprd", "dprd" -> InitiatorKind.ANGGOTA_DPRD;
      case "opd", "perangkat daerah", "opd perangkat daerah", "skpd", "perangkat daerah opd" ->
          InitiatorKind.PERANGKAT_DAERAH;
      case "asn", "aparatur sipil negara", "pns" -> InitiatorKind.ASN;
      case "masyarakat", "warga" -> InitiatorKind.MASYARAKAT;
      default -> {
        for (InitiatorKind k : InitiatorKind.values()) {
          if (key(k.name()).equals(s)) {
            yield k;
          }
        }
        throw new BadValueException(
            "is not a known initiator: use Kepala Daerah, Anggota DPRD, OPD, ASN or Masyarakat ('"
                + text.strip()
                + "')");
      }
    };
  }

  /** Jenis: true for digital (daring), false for non digital (luring). */
  static boolean digital(String text) {
    String s = key(text).replace(" ", "");
    return switch (s) {
      case "digital", "daring", "online", "ya", "true", "1" -> true;
      case "nondigital", "tidakdigital", "luring", "offline", "tidak", "false", "0" -> false;
      default ->
          throw new BadValueException("is not digital or non digital ('" + text.strip() + "')");
    };
  }

  /** Bentuk inovasi. */
  static InnovationForm form(String text) {
    String s = key(text);
    if (s.contains("tata kelola")) {
      return InnovationForm.TATA_KELOLA_PEMERINTAHAN;
    }
    if (s.contains("pelayanan publik")) {
      return InnovationForm.PELAYANAN_PUBLIK;
    }
    if (s.contains("lainnya") || s.contains("bentuk lain") || s.equals("lain")) {
      return InnovationForm.LAINNYA;
    }
    for (InnovationForm f : InnovationForm.values()) {
      if (key(f.name()).equals(s)) {
        return f;
      }
    }
    throw new BadValueException(
        "is not a known form: inovasi tata kelola pemerintahan daerah, inovasi pelayanan publik"
            + " or inovasi daerah lainnya ('"
            + text.strip()
            + "')");
  }

  /**
   * One government affair as regions write it: label, code name, agency or its abbreviation, small
   * typos ({@link AffairNames}); refused with a suggestion or the candidates.
   */
  static GovernmentAffair affair(String text) {
    try {
      return AffairNames.affair(text);
    } catch (AffairNames.UnrecognisedAffairException e) {
      throw new BadValueException(e.getMessage());
    }
  }

  /** The affairs one entry of a list names (all of a merged agency's), or null when refused. */
  private static List<GovernmentAffair> affairsOrNull(String text) {
    return switch (AffairNames.resolve(text)) {
      case AffairNames.Known(GovernmentAffair a) -> List.of(a);
      case AffairNames.Several(List<GovernmentAffair> affairs, boolean agency) when agency ->
          affairs;
      default -> null;
    };
  }

  /**
   * A list of affairs separated by semicolons, line breaks or commas. Labels that contain commas
   * ("Koperasi, Usaha Kecil, dan Menengah") are recognised as one entry; an agency that holds
   * several affairs ("Disdikbud") gives all of them.
   */
  static List<GovernmentAffair> affairs(String text) {
    Set<GovernmentAffair> out = new LinkedHashSet<>();
    for (String group : text.split("[;\\n|]")) {
      if (group.isBlank()) {
        continue;
      }
      List<GovernmentAffair> whole = affairsOrNull(group);
      if (whole != null) {
        out.addAll(whole);
        continue;
      }
      String[] parts = group.split(",");
      int i = 0;
      while (i < parts.length) {
        if (parts[i].isBlank()) {
          i++;
          continue;
        }
        List<GovernmentAffair> found = null;
        int matchedTo = -1;
        for (int j = parts.length; j > i && found == null; j--) {
          found = affairsOrNull(String.join(",", List.of(parts).subList(i, j)));
          matchedTo = j;
        }
        if (found == null) {
          String part = parts[i].strip();
          throw new BadValueException(AffairNames.reason(part, AffairNames.resolve(part)));
        }
        out.addAll(found);
        i = matchedTo;
      }
    }
    return new ArrayList<>(out);
  }

  /** Themes separated by semicolons or line breaks (commas too when there is no semicolon). */
  static List<String> themes(String text) {
    String separator = text.contains(";") || text.contains("\n") ? "[;\\n]" : ",";
    List<String> out = new ArrayList<>();
    for (String t : text.split(separator)) {
      if (!t.isBlank()) {
        out.add(t.strip());
      }
    }
    return out;
  }

  /** Rupiah amount: 75000000, 75.000.000, 75,000,000, "Rp 75.000.000,00", or 7.5E7 from Excel. */
  static long rupiah(String text) {
    String s = text.strip().replaceFirst("(?i)^rp\\.?\\s*", "").replace(" ", "");
    try {
      if (s.matches("\\d+")) {
        return Long.parseLong(s);
      }
      if (s.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?")) {
        return Long.parseLong(s.replaceFirst(",\\d{1,2}$", "").replace(".", ""));
      }
      if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?")) {
        return Long.parseLong(s.replaceFirst("\\.\\d{1,2}$", "").replace(",", ""));
      }
      if (s.matches("\\d+\\.\\d+([eE]\\d+)?|\\d+[eE]\\d+")) {
        double d = Double.parseDouble(s);
        if (d == Math.rint(d) && d < 9e17) {
          return (long) d;
        }
      }
    } catch (NumberFormatException e) {
      // fall through to the reason below
    }
    throw new BadValueException("is not an amount in rupiah ('" + text.strip() + "')");
  }

  /** Lower case, punctuation as single spaces. */
  static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
