package id.inovik.command.imports;

import id.inovik.api.award.Evidence;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.iid.IidColumn;
import id.inovik.api.iid.IidIndicatorColumn;
import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.Initiator;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.command.imports.SpreadsheetReader.SheetRow;
import id.inovik.command.imports.Values.BadValueException;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.command.innovation.ProfileRules;
import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.Indicator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns one spreadsheet row into an {@link ImportRow}, or into the list of everything wrong with
 * it. It checks every rule the aggregate will check (profile rules, stage dates, dates not in the
 * future) so that a row either goes in completely or writes nothing.
 */
final class RowParser {

  /** Placeholder decree number when the export has no "Nomor SK" column or value. */
  static final String NO_DECREE_NUMBER = "tidak tercantum (impor IID)";

  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  /** Cell texts that exports use for "no value". */
  private static final Set<String> EMPTY_MARKERS =
      Set.of("-", "--", "\u2013", "\u2014", "null", "NULL");

  private final Map<IidColumn, Integer> index;
  private final Map<IidColumn, String> headers;
  private final Map<IidIndicatorColumn, Integer> claimIndex;
  private final Map<IidIndicatorColumn, String> claimHeaders;
  private final Edition rubric;
  private final RegionCatalog regions;
  private final LocalDate today;

  private RowParser(
      Map<IidColumn, Integer> index,
      Map<IidColumn, String> headers,
      Map<IidIndicatorColumn, Integer> claimIndex,
      Map<IidIndicatorColumn, String> claimHeaders,
      Edition rubric,
      RegionCatalog regions,
      LocalDate today) {
    this.index = index;
    this.headers = headers;
    this.claimIndex = claimIndex;
    this.claimHeaders = claimHeaders;
    this.rubric = rubric;
    this.regions = regions;
    this.today = today;
  }

  /** The columns of a header row, and the headers it did not recognise. */
  record Header(
      RowParser parser, List<String> ignored, List<FieldViolation> missing, int recognised) {}

  static Header of(SheetRow header, RegionCatalog regions, LocalDate today) {
    return of(header, regions, today, null);
  }

  /**
   * With a {@code rubric} (an import into an award edition), the indicator columns ({@link
   * IidIndicatorColumn}) are read too; without, they are ignored columns.
   */
  static Header of(SheetRow header, RegionCatalog regions, LocalDate today, Edition rubric) {
    Map<IidColumn, Integer> index = new EnumMap<>(IidColumn.class);
    Map<IidColumn, String> headers = new EnumMap<>(IidColumn.class);
    Map<IidIndicatorColumn, Integer> claimIndex = new LinkedHashMap<>();
    Map<IidIndicatorColumn, String> claimHeaders = new HashMap<>();
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < header.cells().size(); i++) {
      String text = header.cell(i);
      if (text == null || text.isBlank()) {
        continue;
      }
      Optional<IidColumn> column = IidColumn.ofHeader(text).filter(IidColumn::imported);
      Optional<IidIndicatorColumn> claim =
          column.isPresent() || rubric == null
              ? Optional.empty()
              : IidIndicatorColumn.ofHeader(text);
      if (column.isPresent() && !index.containsKey(column.get())) {
        index.put(column.get(), i);
        headers.put(column.get(), text.strip());
      } else if (claim.isPresent() && !claimIndex.containsKey(claim.get())) {
        claimIndex.put(claim.get(), i);
        claimHeaders.put(claim.get(), text.strip());
      } else {
        ignored.add(text.strip());
      }
    }
    List<FieldViolation> missing = new ArrayList<>();
    for (IidColumn c : IidColumn.IMPORTED) {
      if (c.required() && !index.containsKey(c)) {
        missing.add(new FieldViolation(c.header(), "column is missing from the header row"));
      }
    }
    if (!index.containsKey(IidColumn.REGION_CODE) && !index.containsKey(IidColumn.REGION_NAME)) {
      missing.add(
          new FieldViolation(
              IidColumn.REGION_CODE.header(),
              "column is missing: the file needs Kode Wilayah or Pemda"));
    }
    return new Header(
        new RowParser(index, headers, claimIndex, claimHeaders, rubric, regions, today),
        ignored,
        missing,
        index.size());
  }

  /** The header text the file uses for an indicator column (Inovik's when absent). */
  String headerOf(IidIndicatorColumn column) {
    return claimHeaders.getOrDefault(column, column.header());
  }

  /**
   * The claims part of a row: per indicator with an option (1-3; blank, 0 or "-" claims nothing)
   * the option, the benefit basis and the evidence, sorted into SPD and SID by the rubric.
   */
  RowClaims claims(SheetRow row) {
    if (rubric == null || claimIndex.isEmpty()) {
      return RowClaims.NONE;
    }
    List<IndicatorClaim> spd = new ArrayList<>();
    List<IndicatorClaim> sid = new ArrayList<>();
    List<RowProblem> spdProblems = new ArrayList<>();
    List<RowProblem> sidProblems = new ArrayList<>();
    List<RowProblem> otherProblems = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>();
    claimIndex.keySet().forEach(c -> codes.add(c.code()));
    for (String code : codes) {
      IidIndicatorColumn optionColumn = IidIndicatorColumn.option(code);
      IidIndicatorColumn evidenceColumn = IidIndicatorColumn.evidence(code);
      String optionText = claimCell(row, optionColumn);
      String evidenceText = claimCell(row, evidenceColumn);
      String basis = claimCell(row, IidIndicatorColumn.benefitBasis(code));
      Optional<Indicator> indicator = rubric.indicator(code);
      List<RowProblem> problems =
          indicator.isEmpty()
              ? otherProblems
              : indicator.get().aspect() == Aspect.SPD ? spdProblems : sidProblems;
      if (optionText == null || optionText.equals("0")) {
        if (evidenceText != null) {
          problems.add(
              new RowProblem(
                  row.number(),
                  headerOf(evidenceColumn),
                  "has evidence but " + headerOf(optionColumn) + " chooses no option (1-3)"));
        }
        continue;
      }
      if (indicator.isEmpty()) {
        problems.add(
            new RowProblem(
                row.number(),
                headerOf(optionColumn),
                "is not an indicator row of the " + rubric.year() + " rubric ('" + code + "')"));
        continue;
      }
      int option = option(optionText);
      int before = problems.size();
      if (option < 1) {
        problems.add(
            new RowProblem(
                row.number(), headerOf(optionColumn), "must be 1, 2 or 3 ('" + optionText + "')"));
      }
      List<Evidence> evidence = List.of();
      if (evidenceText == null) {
        problems.add(
            new RowProblem(
                row.number(),
                headerOf(evidenceColumn),
                "is required: the evidence of the option in " + headerOf(optionColumn)));
      } else {
        try {
          evidence = IidIndicatorColumn.parseEvidence(evidenceText);
        } catch (IllegalArgumentException e) {
          problems.add(new RowProblem(row.number(), headerOf(evidenceColumn), e.getMessage()));
        }
      }
      if (problems.size() == before) {
        IndicatorClaim claim = new IndicatorClaim(indicator.get().code(), option, basis, evidence);
        (indicator.get().aspect() == Aspect.SPD ? spd : sid).add(claim);
      }
    }
    return new RowClaims(spd, sid, spdProblems, sidProblems, otherProblems);
  }

  /** The indicator column an award field names ("claims.16.evidence[0].url"). */
  String claimColumnOf(String field) {
    Matcher m = CLAIM_FIELD.matcher(field);
    if (!m.matches()) {
      return headerOf(IidColumn.NAME);
    }
    String code = m.group(1).toLowerCase(Locale.ROOT);
    String rest = m.group(2) == null ? "" : m.group(2);
    if (rest.startsWith(".evidence")) {
      return headerOf(IidIndicatorColumn.evidence(code));
    }
    if (rest.startsWith(".benefitBasis")
        && claimHeaders.containsKey(IidIndicatorColumn.benefitBasis(code))) {
      return headerOf(IidIndicatorColumn.benefitBasis(code));
    }
    return headerOf(IidIndicatorColumn.option(code));
  }

  private static final Pattern CLAIM_FIELD = Pattern.compile("claims\\.([0-9]+[a-zA-Z]?)(\\..*)?");

  /** 1-3, also as Excel writes a number ("2.0") or "Opsi 2"; else 0. */
  private static int option(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^(opsi|pilihan)\\s*", "");
    if (s.matches("[1-3](\\.0+)?")) {
      return s.charAt(0) - '0';
    }
    return 0;
  }

  private String claimCell(SheetRow row, IidIndicatorColumn column) {
    Integer i = claimIndex.get(column);
    if (i == null) {
      return null;
    }
    String value = row.cell(i);
    if (value == null || value.isBlank() || EMPTY_MARKERS.contains(value.strip())) {
      return null;
    }
    return value.strip();
  }

  /** The header text the file uses for {@code column} (the canonical one when absent). */
  String headerOf(IidColumn column) {
    return headers.getOrDefault(column, column.header());
  }

  /** The parsed row, or its problems (never both). */
  record Result(ImportRow row, List<RowProblem> problems) {}

  Result parse(SheetRow row) {
    Cells c = new Cells(row);
    String name = c.text(IidColumn.NAME);
    String region = region(c);
    String agency = c.text(IidColumn.OWNING_AGENCY);
    InitiatorKind kind = c.value(IidColumn.INITIATOR_KIND, Values::initiator);
    String initiatorName = c.text(IidColumn.INITIATOR_NAME);
    if (initiatorName == null && kind != null && kind != InitiatorKind.ASN) {
      initiatorName = kind == InitiatorKind.PERANGKAT_DAERAH ? agency : kind.label();
    }
    Boolean digital = c.value(IidColumn.DIGITAL, Values::digital);
    InnovationForm form = c.value(IidColumn.FORM, Values::form);
    GovernmentAffair main = c.value(IidColumn.MAIN_AFFAIR, Values::affair);
    List<GovernmentAffair> related = c.value(IidColumn.RELATED_AFFAIRS, Values::affairs);
    if (related != null) {
      related =
          related.stream().filter(a -> a != main).collect(Collectors.toCollection(ArrayList::new));
    }
    List<String> themes = c.value(IidColumn.THEMES, Values::themes);
    Long budget = c.value(IidColumn.BUDGET, Values::rupiah);
    InnovationStage stage = c.value(IidColumn.STAGE, Values::stage);
    LocalDate trial = c.date(IidColumn.TRIAL_DATE);
    LocalDate implementation = c.date(IidColumn.IMPLEMENTATION_DATE);
    LocalDate decreeDate = c.date(IidColumn.DECREE_DATE);
    String decreeNumber = c.text(IidColumn.DECREE_NUMBER);

    if (initiatorName == null && kind == InitiatorKind.ASN) {
      c.problem(IidColumn.INITIATOR_NAME, "is required when the initiator is an ASN");
    }
    for (IidColumn column : IidColumn.IMPORTED) {
      if (column.required() && c.blank(column)) {
        c.problem(column, "is required");
      }
    }

    if (stage != null) {
      checkStageDates(c, stage, trial, implementation, decreeDate);
    }
    if (stage == InnovationStage.PENERAPAN && trial == null) {
      trial = implementation;
    }
    LocalDate decree = decreeDate;
    if (decree == null && stage == InnovationStage.INISIATIF) {
      // no decree date in the export: the earliest date the row names that has passed, else today,
      // so that a later export showing the trial on a planned date can still move it on
      decree = earliest(today, pastOrNull(trial), pastOrNull(implementation));
    } else if (decree == null) {
      decree = earliest(trial);
    }

    InnovationProfile profile =
        new InnovationProfile(
            name,
            region,
            agency,
            kind == null && initiatorName == null ? null : new Initiator(kind, initiatorName),
            digital != null && digital,
            form,
            themes,
            main,
            related,
            c.text(IidColumn.DESIGN),
            c.text(IidColumn.GOALS),
            c.text(IidColumn.BENEFITS),
            c.text(IidColumn.RESULTS),
            budget,
            trial,
            implementation,
            c.text(IidColumn.VIDEO_URL));
    for (FieldViolation v : ProfileRules.check(profile, regions)) {
      if (v.field().equals("regionCode")
          && (c.reported(IidColumn.REGION_CODE) || c.reported(IidColumn.REGION_NAME))) {
        continue;
      }
      IidColumn column = columnOf(v.field());
      c.problemUnlessReported(column, v.reason());
    }
    if (decreeNumber != null && (decreeNumber.length() < 3 || decreeNumber.length() > 100)) {
      c.problem(IidColumn.DECREE_NUMBER, "must have 3-100 characters");
    }
    if (!c.problems.isEmpty()) {
      return new Result(null, List.copyOf(c.problems));
    }
    return new Result(
        new ImportRow(
            row.number(),
            profile,
            stage,
            decreeNumber == null ? NO_DECREE_NUMBER : decreeNumber,
            decree,
            stage == InnovationStage.INISIATIF ? null : trial,
            stage == InnovationStage.PENERAPAN ? implementation : null,
            claims(row)),
        List.of());
  }

  private void checkStageDates(
      Cells c,
      InnovationStage stage,
      LocalDate trial,
      LocalDate implementation,
      LocalDate decreeDate) {
    if (stage == InnovationStage.UJI_COBA && trial == null && !c.reported(IidColumn.TRIAL_DATE)) {
      c.problem(IidColumn.TRIAL_DATE, "is required for stage uji coba");
    }
    if (stage == InnovationStage.PENERAPAN
        && implementation == null
        && !c.reported(IidColumn.IMPLEMENTATION_DATE)) {
      c.problem(IidColumn.IMPLEMENTATION_DATE, "is required for stage penerapan");
    }
    if (stage != InnovationStage.INISIATIF) {
      notInFuture(c, IidColumn.TRIAL_DATE, trial, "uji coba");
      if (stage == InnovationStage.PENERAPAN) {
        notInFuture(c, IidColumn.IMPLEMENTATION_DATE, implementation, "penerapan");
      }
    }
    if (stage == InnovationStage.PENERAPAN
        && trial != null
        && implementation != null
        && implementation.isBefore(trial)) {
      c.problem(
          IidColumn.IMPLEMENTATION_DATE,
          "must not be before Waktu Uji Coba (" + trial + "), the trial comes first");
    }
    if (decreeDate != null) {
      if (decreeDate.isAfter(today)) {
        c.problem(IidColumn.DECREE_DATE, "must not be in the future");
      }
      LocalDate first = stage == InnovationStage.INISIATIF ? null : earliest(trial, implementation);
      if (first != null && decreeDate.isAfter(first)) {
        c.problem(
            IidColumn.DECREE_DATE,
            "must not be after the trial or implementation date (" + first + ")");
      }
    }
  }

  private void notInFuture(Cells c, IidColumn column, LocalDate date, String stage) {
    if (date != null && date.isAfter(today)) {
      c.problem(
          column,
          "is in the future (" + date + ") but the row says the innovation is already in " + stage);
    }
  }

  private LocalDate pastOrNull(LocalDate date) {
    return date == null || date.isAfter(today) ? null : date;
  }

  private static LocalDate earliest(LocalDate... dates) {
    LocalDate first = null;
    for (LocalDate d : dates) {
      if (d != null && (first == null || d.isBefore(first))) {
        first = d;
      }
    }
    return first;
  }

  private String region(Cells c) {
    String code = c.text(IidColumn.REGION_CODE);
    String name = c.text(IidColumn.REGION_NAME);
    if (code != null) {
      String normalized = code.replace(" ", "");
      if (normalized.matches("\\d{4}")) {
        normalized = normalized.substring(0, 2) + "." + normalized.substring(2);
      } else if (normalized.matches("\\d{2}\\.\\d")) {
        // A code kept as a number in the spreadsheet loses its trailing zero (35.10 -> 35.1).
        normalized = normalized + "0";
      }
      if (!RegionCatalog.isWellFormed(normalized)) {
        c.problem(
            IidColumn.REGION_CODE, "must be a Kemendagri code like 35 or 35.79 ('" + code + "')");
        return null;
      }
      if (!regions.contains(normalized)) {
        c.problem(
            IidColumn.REGION_CODE,
            "is not a known province, kabupaten or kota code ('" + code + "')");
        return null;
      }
      if (name != null) {
        List<Region> named = regions.findByName(name);
        if (named.size() == 1 && !named.getFirst().code().equals(normalized)) {
          c.problem(
              IidColumn.REGION_NAME,
              "names "
                  + named.getFirst().name()
                  + " ("
                  + named.getFirst().code()
                  + ") but Kode Wilayah is "
                  + normalized);
          return null;
        }
      }
      return normalized;
    }
    if (name != null) {
      List<Region> named = regions.findByName(name);
      if (named.isEmpty()) {
        c.problem(IidColumn.REGION_NAME, "is not a known region name ('" + name + "')");
        return null;
      }
      if (named.size() > 1) {
        c.problem(
            IidColumn.REGION_NAME,
            "is ambiguous ('"
                + name
                + "' is "
                + named.stream()
                    .map(r -> r.name() + " " + r.code())
                    .collect(Collectors.joining(", "))
                + "); write the full name or give Kode Wilayah");
        return null;
      }
      return named.getFirst().code();
    }
    c.problem(
        index.containsKey(IidColumn.REGION_CODE) ? IidColumn.REGION_CODE : IidColumn.REGION_NAME,
        "is required");
    return null;
  }

  /** The column of a profile field that {@link ProfileRules} names. */
  private IidColumn columnOf(String field) {
    if (field.equals("regionCode") && !index.containsKey(IidColumn.REGION_CODE)) {
      return IidColumn.REGION_NAME;
    }
    return IidColumn.ofField(field.equals("initiator") ? "initiator.kind" : field)
        .orElse(IidColumn.NAME);
  }

  /** Cell access for one row, collecting problems per column. */
  private final class Cells {
    private final SheetRow row;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<IidColumn> reported = new HashSet<>();

    Cells(SheetRow row) {
      this.row = row;
    }

    /** Stripped text, or null when the column is absent or the cell blank. */
    String text(IidColumn column) {
      Integer i = index.get(column);
      if (i == null) {
        return null;
      }
      String value = row.cell(i);
      if (value == null || value.isBlank() || EMPTY_MARKERS.contains(value.strip())) {
        return null;
      }
      return value.strip();
    }

    boolean blank(IidColumn column) {
      return text(column) == null;
    }

    <T> T value(IidColumn column, Function<String, T> parser) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      try {
        return parser.apply(text);
      } catch (BadValueException e) {
        problem(column, e.getMessage());
        return null;
      }
    }

    LocalDate date(IidColumn column) {
      LocalDate date = value(column, Values::date);
      if (date != null && date.isBefore(EARLIEST)) {
        problem(column, "is before " + EARLIEST.getYear() + " (" + date + "); check the year");
        return null;
      }
      return date;
    }

    void problem(IidColumn column, String reason) {
      reported.add(column);
      problems.add(new RowProblem(row.number(), headerOf(column), reason));
    }

    boolean reported(IidColumn column) {
      return reported.contains(column);
    }

    void problemUnlessReported(IidColumn column, String reason) {
      if (!reported.contains(column)) {
        problem(column, reason);
      }
    }
  }
}
