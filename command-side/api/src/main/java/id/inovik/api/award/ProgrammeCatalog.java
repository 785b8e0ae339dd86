package id.inovik.api.award;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The award programmes, read from {@code programmes.csv} beside this class: one line per programme,
 * {@code code;name;scoring;stage,stage,...}. A new programme is a new line.
 */
public final class ProgrammeCatalog {

  private final Map<String, Programme> byCode;

  private ProgrammeCatalog(Map<String, Programme> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  /** The programmes shipped in this jar. */
  public static ProgrammeCatalog load() {
    Map<String, Programme> programmes = new LinkedHashMap<>();
    try (InputStream in = ProgrammeCatalog.class.getResourceAsStream("programmes.csv")) {
      if (in == null) {
        throw new IllegalStateException("programmes.csv is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split(";", -1);
        if (cells.length != 4) {
          throw new IllegalStateException("programmes.csv: expected 4 cells in: " + line);
        }
        List<AwardStage> stages = new ArrayList<>();
        for (String s : cells[3].split(",")) {
          String row = line;
          stages.add(
              AwardStage.parse(s)
                  .orElseThrow(
                      () -> new IllegalStateException("unknown stage " + s + " in " + row)));
        }
        Programme p =
            new Programme(
                cells[0].strip(),
                cells[1].strip(),
                Programme.Scoring.valueOf(cells[2].strip()),
                stages);
        programmes.put(p.code(), p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ProgrammeCatalog(programmes);
  }

  /** The programme with this code, ignoring case. */
  public Optional<Programme> find(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /** Codes of all programmes, sorted. */
  public List<String> codes() {
    String[] codes = byCode.keySet().toArray(String[]::new);
    Arrays.sort(codes);
    return List.of(codes);
  }
}
