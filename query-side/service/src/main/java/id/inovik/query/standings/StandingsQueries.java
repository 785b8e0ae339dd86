package id.inovik.query.standings;

import id.inovik.api.award.EditionIds;
import id.inovik.awardscoring.SubmissionFold;
import id.inovik.platform.web.FieldError;
import id.inovik.query.web.InvalidRequestException;
import id.inovik.query.web.NotFoundException;
import id.inovik.scoring.catalogue.AwardCategory;
import id.inovik.scoring.catalogue.Edition;
import id.inovik.scoring.catalogue.RubricCatalogue;
import id.inovik.scoring.edition.EditionResult;
import id.inovik.scoring.edition.EditionScoring;
import id.inovik.scoring.edition.PreviousRanks;
import id.inovik.scoring.iid.CategoryRank;
import id.inovik.scoring.iid.RegionResult;
import id.inovik.scoring.ranking.CategoryRanking;
import id.inovik.scoring.ranking.RankedEntry;
import id.inovik.scoring.ranking.TieMethod;
import id.inovik.scoring.uncertainty.BootstrapConfig;
import id.inovik.scoring.uncertainty.CategoryUncertainty;
import id.inovik.scoring.uncertainty.RankUncertainty;
import id.inovik.scoring.whatif.RegionWhatIf;
import id.inovik.scoring.whatif.WhatIf;
import id.inovik.scoring.whatif.WhatIfResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The standings' read API (docs/adr/0019). Live leaderboards come from the {@code region-standings}
 * index (one sorted search and a count or two for the ranks); {@code asOf} and {@code rubric} fold
 * the ledger's events up to the instant and let the engine score the whole edition ({@link
 * EditionScoring}, {@link WhatIf}); a region's breakdown is the engine's {@link RegionResult} in
 * the scoring CLI's shape with every row's events beside it.
 */
@Service
public class StandingsQueries {

  public static final String NATIONAL = PreviousRanks.NATIONAL;
  public static final int MAX_SIZE = 1000;
  static final int MAX_BOOTSTRAP = 5000;

  /** The CLI's JSON settings, so {@code /score} prints numbers as the CLI does. */
  private static final JsonMapper CLI_JSON =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private final StandingsLedgerHolder ledger;
  private final StandingsIndex index;

  StandingsQueries(StandingsLedgerHolder ledger, StandingsIndex index) {
    this.ledger = ledger;
    this.index = index;
  }

  /** The parameters common to the endpoints, checked together. */
  public record Params(String editionId, EditionInfo edition, Instant asOf, Integer whatIf) {}

  /** Checks programme, year, asOf and rubric; every bad one is listed. */
  public Params params(String programme, int year, String asOf, String rubric) {
    List<FieldError> errors = new ArrayList<>();
    Instant instant = null;
    if (asOf != null && !asOf.isBlank()) {
      try {
        instant = Instant.parse(asOf.strip());
      } catch (DateTimeParseException e) {
        errors.add(
            new FieldError("asOf", "must be an ISO-8601 instant such as 2026-08-31T17:00:00Z"));
      }
    }
    Integer whatIf = null;
    if (rubric != null && !rubric.isBlank()) {
      try {
        whatIf = Integer.parseInt(rubric.strip());
        if (!RubricCatalogue.SHIPPED_EDITIONS.contains(whatIf)) {
          errors.add(
              new FieldError(
                  "rubric",
                  "no rubric for " + whatIf + "; one of " + RubricCatalogue.SHIPPED_EDITIONS));
          whatIf = null;
        }
      } catch (NumberFormatException e) {
        errors.add(
            new FieldError(
                "rubric", "must be an edition year, one of " + RubricCatalogue.SHIPPED_EDITIONS));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    String editionId = EditionIds.edition(programme, year);
    EditionInfo edition =
        ledger
            .current()
            .edition(editionId)
            .filter(e -> e.created())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Edition not found", "No edition " + editionId + " is known."));
    if (edition.rubric() == null) {
      throw new NotFoundException(
          "No IID standings", editionId + " is scored by a jury only; it has no IID standings.");
    }
    return new Params(editionId, edition, instant, whatIf);
  }

  /** One row of a leaderboard. */
  public record Row(
      BigDecimal rank,
      boolean tied,
      String regionCode,
      String name,
      String provinceCode,
      BigDecimal claimedIid,
      BigDecimal iid,
      String predikat,
      BigDecimal spd,
      BigDecimal sid,
      int innovations,
      Integer pendingRows,
      BigDecimal previousRank,
      BigDecimal movement) {}

  /** A leaderboard page. */
  public record Leaderboard(
      String edition,
      int year,
      int rubric,
      String category,
      String label,
      String basis,
      Instant asOf,
      String tieMethod,
      List<String> tieBreaks,
      long total,
      int page,
      int size,
      List<Row> entries,
      Map<String, Object> whatIf) {}

  public Leaderboard rankings(Params p, String category, int page, int size) throws IOException {
    Edition rubric =
        RubricCatalogue.edition(p.whatIf() != null ? p.whatIf() : p.edition().rubric());
    String code =
        category == null || category.isBlank()
            ? NATIONAL
            : category.strip().toLowerCase(Locale.ROOT);
    List<FieldError> errors = new ArrayList<>();
    if (!code.equals(NATIONAL) && rubric.awardCategory(code).isEmpty()) {
      errors.add(
          new FieldError(
              "category",
              "edition rubric "
                  + rubric.year()
                  + " has no category '"
                  + code
                  + "'; one of "
                  + categories(rubric)));
    }
    if (page < 1) {
      errors.add(new FieldError("page", "must be 1 or more"));
    }
    if (size < 1 || size > MAX_SIZE) {
      errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    String label =
        code.equals(NATIONAL) ? "Nasional" : rubric.awardCategory(code).orElseThrow().label();
    int from = (page - 1) * size;
    if (p.asOf() == null && p.whatIf() == null) {
      return live(p, code, label, from, page, size);
    }
    Snapshot snapshot = snapshot(p);
    EditionResult result = score(snapshot, rubric, p.whatIf() != null);
    CategoryRanking ranking = code.equals(NATIONAL) ? result.national() : result.category(code);
    Map<String, RegionResult> byCode = new TreeMap<>();
    result.regions().forEach(r -> byCode.put(r.region().code(), r));
    List<RankedEntry> entries = ranking.entries();
    Map<BigDecimal, Long> shared =
        entries.stream().collect(Collectors.groupingBy(RankedEntry::rank, Collectors.counting()));
    List<Row> rows = new ArrayList<>();
    for (int i = from; i < Math.min(entries.size(), from + size); i++) {
      RankedEntry e = entries.get(i);
      RegionResult r = byCode.get(e.standing().regionCode());
      rows.add(
          new Row(
              e.rank(),
              shared.get(e.rank()) > 1,
              e.standing().regionCode(),
              e.standing().name(),
              r.region().provinceCode(),
              r.claimed().iid(),
              e.standing().iid(),
              e.standing().predikat(),
              e.standing().spd(),
              e.standing().sid(),
              e.standing().innovations(),
              snapshot
                  .entry(e.standing().regionCode())
                  .map(Snapshot.Entry::pendingRows)
                  .orElse(null),
              e.previousRank(),
              e.movement()));
    }
    Map<String, Object> whatIf = null;
    if (p.whatIf() != null) {
      whatIf = whatIf(snapshot, p, rows.stream().map(Row::regionCode).collect(Collectors.toSet()));
    }
    return new Leaderboard(
        p.editionId(),
        p.edition().year(),
        rubric.year(),
        code,
        label,
        "validated-iid",
        p.asOf(),
        SortKey.POLICY.method().name(),
        SortKey.POLICY.tieBreaks().stream().map(Enum::name).toList(),
        entries.size(),
        page,
        size,
        rows,
        whatIf);
  }

  private Leaderboard live(Params p, String code, String label, int from, int page, int size)
      throws IOException {
    StandingsIndex.Page found = index.page(p.editionId(), code, from, size);
    List<StandingDocument> docs = found.documents();
    Map<String, BigDecimal> previous = ledger.current().previousRanks(p.editionId()).in(code);
    List<Row> rows = new ArrayList<>();
    if (!docs.isEmpty()) {
      List<BigDecimal> ranks = pageRanks(p.editionId(), code, docs, from, found.total());
      List<Long> groupSizes = groupSizes(p.editionId(), code, docs, from, found.total());
      for (int i = 0; i < docs.size(); i++) {
        StandingDocument d = docs.get(i);
        BigDecimal before = previous.get(d.regionCode());
        rows.add(
            new Row(
                ranks.get(i),
                groupSizes.get(i) > 1,
                d.regionCode(),
                d.name(),
                d.provinceCode(),
                d.claimed().iid(),
                d.validated().iid(),
                d.predikat(),
                d.validated().spd(),
                d.validated().sid(),
                d.validated().innovations(),
                d.pendingRows(),
                before,
                before == null ? null : before.subtract(ranks.get(i))));
      }
    }
    return new Leaderboard(
        p.editionId(),
        p.edition().year(),
        p.edition().rubric(),
        code,
        label,
        "validated-iid",
        null,
        SortKey.POLICY.method().name(),
        SortKey.POLICY.tieBreaks().stream().map(Enum::name).toList(),
        found.total(),
        page,
        size,
        rows,
        null);
  }

  /**
   * The ranks of a page of documents sorted best first: the first key's rank from counts of the
   * keys before it, the others from their position (every entry before a new key is strictly
   * better), under the policy's tie method.
   */
  private List<BigDecimal> pageRanks(
      String editionId, String category, List<StandingDocument> docs, int from, long total)
      throws IOException {
    TieMethod method = SortKey.POLICY.method();
    long firstBetter =
        from == 0 ? 0 : index.countBetter(editionId, category, docs.getFirst().sortKey(), false);
    long denseFirst =
        method == TieMethod.DENSE
            ? (from == 0
                ? 1
                : index.distinctBetter(editionId, category, docs.getFirst().sortKey()) + 1)
            : 0;
    List<BigDecimal> ranks = new ArrayList<>();
    int groupStart = 0;
    int group = 0;
    while (groupStart < docs.size()) {
      int groupEnd = groupStart + 1;
      while (groupEnd < docs.size()
          && docs.get(groupEnd).sortKey().equals(docs.get(groupStart).sortKey())) {
        groupEnd++;
      }
      long better = group == 0 ? firstBetter : (long) from + groupStart;
      long notWorse;
      if (groupEnd < docs.size() || from + groupEnd >= total) {
        notWorse = (long) from + groupEnd;
      } else {
        notWorse = index.countBetter(editionId, category, docs.get(groupStart).sortKey(), true);
      }
      for (int i = groupStart; i < groupEnd; i++) {
        ranks.add(
            switch (method) {
              case STANDARD -> BigDecimal.valueOf(better + 1);
              case MODIFIED -> BigDecimal.valueOf(notWorse);
              case DENSE -> BigDecimal.valueOf(denseFirst + group);
              case ORDINAL -> BigDecimal.valueOf(from + i + 1L);
              case FRACTIONAL -> halves(better + 1 + notWorse);
            });
      }
      group++;
      groupStart = groupEnd;
    }
    return ranks;
  }

  /** How many regions share each document's key in the whole category (2+ = a tie). */
  private List<Long> groupSizes(
      String editionId, String category, List<StandingDocument> docs, int from, long total)
      throws IOException {
    List<Long> sizes = new ArrayList<>();
    Map<String, Long> byKey = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      String key = docs.get(i).sortKey();
      boolean edge = i == 0 || i == docs.size() - 1;
      if (!byKey.containsKey(key)) {
        long onPage = docs.stream().filter(d -> d.sortKey().equals(key)).count();
        boolean touchesEdge =
            (docs.getFirst().sortKey().equals(key) && from > 0)
                || (docs.getLast().sortKey().equals(key) && from + docs.size() < total);
        byKey.put(
            key,
            edge && touchesEdge
                ? index.countBetter(editionId, category, key, true)
                    - index.countBetter(editionId, category, key, false)
                : onPage);
      }
      sizes.add(byKey.get(key));
    }
    return sizes;
  }

  private static BigDecimal halves(long twice) {
    return twice % 2 == 0 ? BigDecimal.valueOf(twice / 2) : BigDecimal.valueOf(twice * 5, 1);
  }

  private Snapshot snapshot(Params p) {
    return ledger
        .current()
        .snapshot(p.editionId(), p.asOf())
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Edition not found", "No edition " + p.editionId() + " is known."));
  }

  private static EditionResult score(Snapshot snapshot, Edition rubric, boolean lenient) {
    return new EditionScoring(rubric, SortKey.POLICY)
        .score(snapshot.submissions(), snapshot.previous(), lenient);
  }

  private static Map<String, Object> whatIf(Snapshot snapshot, Params p, Set<String> regions) {
    WhatIfResult result =
        WhatIf.compare(
            snapshot.submissions(),
            RubricCatalogue.edition(p.edition().rubric()),
            RubricCatalogue.edition(p.whatIf()),
            SortKey.POLICY);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("fromEdition", result.fromEdition());
    out.put("toEdition", result.toEdition());
    out.put("ruleChanges", result.ruleChanges());
    out.put("movers", result.movers());
    out.put("predikatChanges", result.predikatChanges());
    List<RegionWhatIf> moves =
        regions == null
            ? result.regions()
            : result.regions().stream().filter(r -> regions.contains(r.regionCode())).toList();
    out.put("regions", moves);
    return out;
  }

  /**
   * A region's result in the scoring CLI's per-region shape, each SPD and SID row with the events
   * behind it ({@code events}: claim, verification, quality control), plus rank intervals when
   * {@code bootstrap} replicates are asked for.
   */
  public JsonNode score(Params p, String regionCode, Integer bootstrap, Long seed, Integer top)
      throws IOException {
    List<FieldError> errors = new ArrayList<>();
    if (bootstrap != null && (bootstrap < 1 || bootstrap > MAX_BOOTSTRAP)) {
      errors.add(new FieldError("bootstrap", "must be between 1 and " + MAX_BOOTSTRAP));
    }
    if (top != null && top < 1) {
      errors.add(new FieldError("top", "must be 1 or more"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    Snapshot snapshot = snapshot(p);
    Snapshot.Entry entry =
        snapshot
            .entry(regionCode)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No submission",
                        "Region "
                            + regionCode
                            + " has no submission to "
                            + p.editionId()
                            + (p.asOf() == null ? "" : " as of " + p.asOf())
                            + "."));
    Edition rubric =
        RubricCatalogue.edition(p.whatIf() != null ? p.whatIf() : p.edition().rubric());
    RegionResult result;
    if (p.asOf() == null && p.whatIf() == null) {
      result = liveWithRanks(p, regionCode, rubric);
    } else {
      result = score(snapshot, rubric, p.whatIf() != null).region(regionCode);
    }
    ObjectNode out = CLI_JSON.createObjectNode();
    out.put("edition", p.editionId());
    out.put("rubric", rubric.year());
    out.put("asOf", p.asOf() == null ? null : p.asOf().toString());
    out.put("pendingRows", entry.pendingRows());
    ObjectNode region = (ObjectNode) CLI_JSON.valueToTree(result);
    for (JsonNode row : (ArrayNode) region.path("spd")) {
      ((ObjectNode) row).set("events", events(entry.spd().get(row.path("code").asString())));
    }
    for (JsonNode innovation : (ArrayNode) region.path("innovations")) {
      var rows = entry.innovations().get(innovation.path("id").asString());
      for (JsonNode row : (ArrayNode) innovation.path("rows")) {
        ((ObjectNode) row)
            .set("events", events(rows == null ? null : rows.get(row.path("code").asString())));
      }
    }
    out.set("region", region);
    if (p.whatIf() != null) {
      out.set("whatIf", CLI_JSON.valueToTree(whatIf(snapshot, p, Set.of(regionCode))));
    }
    if (bootstrap != null) {
      BootstrapConfig config =
          new BootstrapConfig(
              seed == null ? BootstrapConfig.DEFAULT.seed() : seed,
              bootstrap,
              top == null ? BootstrapConfig.DEFAULT.topN() : top);
      var uncertainty =
          new RankUncertainty(rubric, SortKey.POLICY)
              .overInnovations(snapshot.submissions(), config);
      List<Map<String, Object>> intervals = new ArrayList<>();
      for (CategoryUncertainty c : uncertainty.categories()) {
        c.regions().stream()
            .filter(r -> r.regionCode().equals(regionCode))
            .forEach(
                r -> {
                  Map<String, Object> line = new LinkedHashMap<>();
                  line.put("category", c.category());
                  line.put("interval", r);
                  intervals.add(line);
                });
      }
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("over", uncertainty.over());
      u.put("config", config);
      u.put("categories", intervals);
      out.set("uncertainty", CLI_JSON.valueToTree(u));
    }
    return out;
  }

  /** The live result with its ranks in every category it competes in, counted in the index. */
  private RegionResult liveWithRanks(Params p, String regionCode, Edition rubric)
      throws IOException {
    RegionResult live = ledger.current().liveResults(p.editionId()).get(regionCode);
    StandingDocument doc = index.get(p.editionId(), regionCode).orElse(null);
    if (live == null || doc == null) {
      throw new NotFoundException(
          "Not scored yet",
          "Region " + regionCode + " of " + p.editionId() + " is not scored yet.");
    }
    PreviousRanks previous = ledger.current().previousRanks(p.editionId());
    List<CategoryRank> ranks = new ArrayList<>();
    for (AwardCategory category : rubric.categoriesOf(live.region())) {
      String c = category.code();
      long better = index.countBetter(p.editionId(), c, doc.sortKey(), false);
      long notWorse = index.countBetter(p.editionId(), c, doc.sortKey(), true);
      BigDecimal rank =
          switch (SortKey.POLICY.method()) {
            case STANDARD -> BigDecimal.valueOf(better + 1);
            case MODIFIED -> BigDecimal.valueOf(notWorse);
            case DENSE ->
                BigDecimal.valueOf(index.distinctBetter(p.editionId(), c, doc.sortKey()) + 1);
            case FRACTIONAL -> halves(better + 1 + notWorse);
            case ORDINAL -> ordinal(p.editionId(), c, doc, better);
          };
      BigDecimal before = previous.in(c).get(regionCode);
      ranks.add(
          new CategoryRank(
              c,
              category.label(),
              rank,
              (int) index.count(p.editionId(), c),
              before,
              before == null ? null : before.subtract(rank)));
    }
    return live.withRanks(ranks);
  }

  private BigDecimal ordinal(String editionId, String category, StandingDocument doc, long better)
      throws IOException {
    // ties in region-code order, as the engine's Ranker
    StandingsIndex.Page page = index.page(editionId, category, (int) better, MAX_SIZE);
    int i = 0;
    for (StandingDocument d : page.documents()) {
      if (d.regionCode().equals(doc.regionCode())) {
        break;
      }
      i++;
    }
    return BigDecimal.valueOf(better + i + 1);
  }

  private static ObjectNode events(SubmissionFold.Row row) {
    ObjectNode out = CLI_JSON.createObjectNode();
    if (row == null) {
      return out;
    }
    ObjectNode claim = out.putObject("claim");
    claim.put("eventId", row.claimSource() == null ? null : row.claimSource().eventId());
    claim.put(
        "storedAt", row.claimSource() == null ? null : row.claimSource().storedAt().toString());
    claim.put("claimedAt", row.claimedAt() == null ? null : row.claimedAt().toString());
    claim.put("option", row.claim().option());
    if (row.verifier() != null) {
      out.set("verification", decision(row.verifier()));
    }
    if (row.qualityControl() != null) {
      out.set("qualityControl", decision(row.qualityControl()));
    }
    return out;
  }

  private static ObjectNode decision(SubmissionFold.Decision d) {
    ObjectNode out = CLI_JSON.createObjectNode();
    out.put("eventId", d.source() == null ? null : d.source().eventId());
    out.put("storedAt", d.source() == null ? null : d.source().storedAt().toString());
    out.put("decidedAt", d.decidedAt() == null ? null : d.decidedAt().toString());
    out.put("by", d.validator());
    out.put("outcome", d.outcome().name());
    out.put("option", d.option());
    out.put("note", d.note());
    return out;
  }

  /**
   * Predikat counts (claimed and validated), per category its size, leader, nominees and winners,
   * and what validation took away per province, plus the standings' digest.
   */
  public Map<String, Object> summary(Params p) {
    Snapshot snapshot = snapshot(p);
    Edition rubric =
        RubricCatalogue.edition(p.whatIf() != null ? p.whatIf() : p.edition().rubric());
    EditionResult result = score(snapshot, rubric, p.whatIf() != null);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("edition", p.editionId());
    out.put("year", p.edition().year());
    out.put("rubric", rubric.year());
    out.put("asOf", p.asOf());
    out.put("regions", result.regions().size());
    out.put("pendingRows", snapshot.entries().stream().mapToInt(Snapshot.Entry::pendingRows).sum());
    Map<String, Map<String, Long>> predikat = new LinkedHashMap<>();
    predikat.put("claimed", count(result, true));
    predikat.put("validated", count(result, false));
    out.put("predikat", predikat);
    List<Map<String, Object>> categories = new ArrayList<>();
    for (CategoryRanking c : result.categories()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("category", c.category());
      line.put("label", c.label());
      line.put("entries", c.entries().size());
      line.put(
          "leader", c.entries().isEmpty() ? null : c.entries().getFirst().standing().regionCode());
      line.put("nominees", snapshot.edition().nominees().getOrDefault(c.category(), List.of()));
      line.put("winners", snapshot.edition().winners().getOrDefault(c.category(), List.of()));
      categories.add(line);
    }
    out.put("categories", categories);
    Map<String, Map<String, Object>> provinces = new TreeMap<>();
    for (RegionResult r : result.regions()) {
      Map<String, Object> line =
          provinces.computeIfAbsent(
              r.region().provinceCode(),
              code -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("provinceCode", code);
                m.put("regions", 0);
                m.put("claimedIid", BigDecimal.ZERO.setScale(2));
                m.put("validatedIid", BigDecimal.ZERO.setScale(2));
                return m;
              });
      line.put("regions", (Integer) line.get("regions") + 1);
      line.put("claimedIid", ((BigDecimal) line.get("claimedIid")).add(r.claimed().iid()));
      line.put("validatedIid", ((BigDecimal) line.get("validatedIid")).add(r.validated().iid()));
    }
    List<Map<String, Object>> losses = new ArrayList<>(provinces.values());
    losses.forEach(
        l ->
            l.put(
                "iidLoss",
                ((BigDecimal) l.get("claimedIid")).subtract((BigDecimal) l.get("validatedIid"))));
    losses.sort((a, b) -> ((BigDecimal) b.get("iidLoss")).compareTo((BigDecimal) a.get("iidLoss")));
    out.put("validationLossesByProvince", losses);
    out.put("published", snapshot.edition().published() != null);
    out.put("digest", StandingsDigest.of(result));
    return out;
  }

  private static Map<String, Long> count(EditionResult result, boolean claimed) {
    Map<String, Long> counts = new TreeMap<>();
    for (RegionResult r : result.regions()) {
      counts.merge((claimed ? r.claimed() : r.validated()).predikat(), 1L, Long::sum);
    }
    return counts;
  }

  /** The plenary's results exactly as published (immutable), or 404 before publication. */
  public Object published(Params p) {
    EditionInfo edition = p.edition();
    if (edition.published() == null) {
      throw new NotFoundException(
          "Not published", "The results of " + p.editionId() + " are not published yet.");
    }
    return edition.published();
  }

  /** Standings rebuilt from the topics compared with the live ones, edition by edition. */
  public Map<String, Object> compare(StandingsLedger rebuilt) {
    Map<String, Object> out = new LinkedHashMap<>();
    StandingsLedger live = ledger.current();
    for (String editionId : live.editionIds()) {
      var a = live.snapshot(editionId, null);
      var b = rebuilt.snapshot(editionId, null);
      if (a.isEmpty()) {
        continue;
      }
      Edition rubric = RubricCatalogue.edition(a.get().edition().rubric());
      String liveDigest = StandingsDigest.of(score(a.get(), rubric, false));
      String rebuiltDigest = b.map(s -> StandingsDigest.of(score(s, rubric, false))).orElse(null);
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("live", liveDigest);
      line.put("rebuilt", rebuiltDigest);
      line.put("identical", liveDigest.equals(rebuiltDigest));
      out.put(editionId, line);
    }
    return out;
  }

  /** The category codes of a rubric, national first. */
  static List<String> categories(Edition rubric) {
    List<String> codes = new ArrayList<>();
    codes.add(NATIONAL);
    rubric.awardCategories().forEach(c -> codes.add(c.code()));
    return codes;
  }
}
