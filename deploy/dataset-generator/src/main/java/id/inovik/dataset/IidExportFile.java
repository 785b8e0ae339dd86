package id.inovik.dataset;

import id.inovik.api.award.Evidence;
import id.inovik.api.award.EvidenceKind;
import id.inovik.api.iid.IidColumn;
import id.inovik.api.iid.IidIndicatorColumn;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import id.inovik.scoring.cli.TableFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes generated innovations as an IID export, the spreadsheet {@code POST /api/imports} reads:
 * the columns of {@link IidColumn#IID_EXPORT}, labels as the IID application shows them, ISO dates.
 * CSV or XLSX by the file's extension ({@link TableFile}). Only innovations an IID export lists are
 * written: those at inisiatif, uji coba or penerapan (proposals found not feasible never reach it).
 * An import identifies a row by region + name + OPD (case and spacing ignored); generated editions
 * of several years repeat some of those identities, so only the first row of each identity is
 * written and every row of the file creates one innovation.
 */
public final class IidExportFile {

  /** What an IID application export has: its row number and the columns an import reads. */
  static final List<IidColumn> COLUMNS = IidColumn.IID_EXPORT;

  static final List<String> HEADERS = IidColumn.headers(COLUMNS);

  private IidExportFile() {}

  /** True for the innovations an IID export lists. */
  static boolean listed(GeneratedInnovation i) {
    return i.stage() == InnovationStage.INISIATIF
        || i.stage() == InnovationStage.UJI_COBA
        || i.stage() == InnovationStage.PENERAPAN;
  }

  /** Writes at most {@code limit} listed innovations; returns how many were written. */
  public static int write(
      List<GeneratedInnovation> innovations, RegionCatalog regions, Path file, int limit)
      throws IOException {
    return write(innovations, null, regions, file, limit);
  }

  /** Where the export says a file of evidence is: the generator's path under this address. */
  static final String EVIDENCE_BASE = "https://data-dukung.example/";

  /**
   * Writes at most {@code limit} listed innovations with the claims part of an export ({@link
   * IidIndicatorColumn}): after the profile, per SPD indicator of the rubric the region's option
   * and evidence (the same on every row of the region), then per SID indicator the innovation's. An
   * empty claim (option 0) leaves both cells blank. The generator does not model the basis of the
   * benefit indicator; the export names the rubric's first basis [I].
   *
   * @param regions the generated regions, whose innovations and SPD are written
   */
  public static int writeWithClaims(
      List<GeneratedRegion> regions, RegionCatalog catalog, Path file, int limit)
      throws IOException {
    Map<String, GeneratedRegion> byRegion = new HashMap<>();
    List<GeneratedInnovation> innovations = new ArrayList<>();
    for (GeneratedRegion r : regions) {
      byRegion.putIfAbsent(r.edition() + "|" + r.region().code(), r);
      innovations.addAll(r.innovations());
    }
    return write(innovations, byRegion, catalog, file, limit);
  }

  private static int write(
      List<GeneratedInnovation> innovations,
      Map<String, GeneratedRegion> claimsOf,
      RegionCatalog regions,
      Path file,
      int limit)
      throws IOException {
    List<String> headers = new ArrayList<>(HEADERS);
    List<IidIndicatorColumn> claimColumns = new ArrayList<>();
    if (claimsOf != null && !claimsOf.isEmpty()) {
      GeneratedRegion sample = claimsOf.values().iterator().next();
      Edition rubric = DatasetGenerator.rubric(sample.edition());
      for (Aspect aspect : List.of(Aspect.SPD, Aspect.SID)) {
        for (Indicator indicator : rubric.indicators(aspect)) {
          claimColumns.add(IidIndicatorColumn.option(indicator.code()));
          claimColumns.add(IidIndicatorColumn.evidence(indicator.code()));
          if (!indicator.benefitBases().isEmpty()) {
            claimColumns.add(IidIndicatorColumn.benefitBasis(indicator.code()));
          }
        }
      }
      claimColumns.forEach(c -> headers.add(c.header()));
    }
    List<List<Object>> rows = new ArrayList<>();
    Set<String> identities = new HashSet<>();
    for (GeneratedInnovation i : innovations) {
      if (rows.size() >= limit) {
        break;
      }
      if (listed(i) && identities.add(identity(i))) {
        List<Object> row = row(rows.size() + 1, i, regions);
        if (!claimColumns.isEmpty()) {
          GeneratedRegion region = claimsOf.get(i.edition() + "|" + i.profile().regionCode());
          Map<String, GeneratedClaim> claims = new HashMap<>();
          if (region != null) {
            region.spd().forEach(c -> claims.put(c.code(), c));
          }
          i.claims().forEach(c -> claims.put(c.code(), c));
          Edition rubric = DatasetGenerator.rubric(i.edition());
          for (IidIndicatorColumn column : claimColumns) {
            row.add(claimCell(column, claims.get(column.code()), rubric));
          }
        }
        rows.add(row);
      }
    }
    if (!TableFile.supported(file)) {
      throw new IllegalArgumentException("--export-file must end in .csv or .xlsx: " + file);
    }
    TableFile.write(file, "Inovasi", headers, rows);
    return rows.size();
  }

  private static String claimCell(IidIndicatorColumn column, GeneratedClaim claim, Edition rubric) {
    if (claim == null || claim.option() == 0) {
      return null;
    }
    return switch (column.part()) {
      case OPTION -> String.valueOf(claim.option());
      case BENEFIT_BASIS ->
          rubric
              .indicator(column.code())
              .map(ind -> ind.benefitBases().getFirst().code())
              .orElse(null);
      case EVIDENCE -> {
        boolean link = claim.evidence().startsWith("http");
        String url = link ? claim.evidence() : EVIDENCE_BASE + claim.evidence();
        EvidenceKind kind = url.contains("youtube.com/") ? EvidenceKind.VIDEO : EvidenceKind.UMUM;
        yield IidIndicatorColumn.evidenceCell(
            List.of(
                new Evidence(
                    kind, "Data dukung indikator " + claim.code(), null, null, url, null)));
      }
    };
  }

  /** What the import keys a row by: region code, name and OPD, case and spacing ignored. */
  static String identity(GeneratedInnovation i) {
    return String.join(
        "|",
        i.profile().regionCode(),
        i.profile().name().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip(),
        i.profile().owningAgency().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
  }

  static List<Object> row(int number, GeneratedInnovation i, RegionCatalog regions) {
    List<Object> row = new ArrayList<>(COLUMNS.size());
    for (IidColumn column : COLUMNS) {
      row.add(cell(column, number, i, regions));
    }
    return row;
  }

  /** The profile's cells as the vocabulary spells them; the trial and stage dates as reached. */
  private static Object cell(
      IidColumn column, int number, GeneratedInnovation i, RegionCatalog regions) {
    return switch (column) {
      case ROW_NUMBER -> number;
      case REGION_NAME -> regions.find(i.profile().regionCode()).map(Region::name).orElse(null);
      case STAGE -> i.stage().label();
      case TRIAL_DATE -> i.trialStartedOn();
      case IMPLEMENTATION_DATE -> i.implementedOn();
      case DECREE_NUMBER -> i.decreeNumber();
      case DECREE_DATE -> i.decreeDate();
      default -> column.cellOf(i.profile());
    };
  }
}
