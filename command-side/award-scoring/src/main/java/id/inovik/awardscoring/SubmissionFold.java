package id.inovik.awardscoring;

import id.inovik.api.award.ClaimsValidatedEvent;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.api.award.InnovationClaimedEvent;
import id.inovik.api.award.ProposalEnteredEvent;
import id.inovik.api.award.SpdClaimedEvent;
import id.inovik.api.award.SubmissionEvent;
import id.inovik.api.award.ValidationDecision;
import id.inovik.api.award.ValidationOutcome;
import id.inovik.api.award.ValidatorRole;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one region's submission to one edition says now, folded from its events in stream order: the
 * current claim of every SPD row and of every SID row per innovation, the verifier's and the
 * quality controller's latest decision on each, and the submission time (the latest claim).
 *
 * <p>Both sides of the service fold the same events with this class (the command side when it
 * records the ranking a decision is taken from, the query side for live standings), so they cannot
 * disagree on what counts. A claim made again replaces the earlier one and clears its decisions, as
 * in the submission aggregate.
 */
public final class SubmissionFold {

  /**
   * The stored event a fact comes from, for a reader who follows a number down to it: its id (the
   * envelope's {@code eventId}) and when the event store stored it. Null when the events were
   * folded without their envelopes (the command side, reading its own event store).
   */
  public record Source(String eventId, Instant storedAt) {}

  /**
   * A validator's decision on one row; {@code option} is the option that counts after it.
   *
   * @param source the {@link ClaimsValidatedEvent} it was taken in, or null
   */
  public record Decision(
      String validator,
      ValidationOutcome outcome,
      int option,
      String note,
      Instant decidedAt,
      Source source) {

    public Decision(
        String validator, ValidationOutcome outcome, int option, String note, Instant decidedAt) {
      this(validator, outcome, option, note, decidedAt, null);
    }
  }

  /**
   * One row: what was claimed, and the decisions on it so far.
   *
   * @param claimedAt when the claim was made (the claim event's time)
   * @param claimSource the claim event, or null
   */
  public record Row(
      IndicatorClaim claim,
      Decision verifier,
      Decision qualityControl,
      Instant claimedAt,
      Source claimSource) {

    public Row(IndicatorClaim claim, Decision verifier, Decision qualityControl) {
      this(claim, verifier, qualityControl, null, null);
    }

    /** The decision that counts: quality control's when there is one, else the verifier's. */
    public Decision counting() {
      return qualityControl != null ? qualityControl : verifier;
    }

    /** The option that counts: the counting decision's, or the claim's while none was taken. */
    public int countedOption() {
      Decision d = counting();
      return d == null ? claim.option() : d.option();
    }

    public boolean pending() {
      return counting() == null;
    }
  }

  private final String regionCode;
  private String editionId;
  private final SortedMap<String, Row> spd = new TreeMap<>();
  private final SortedMap<String, SortedMap<String, Row>> innovations = new TreeMap<>();
  private Instant submittedAt;
  private long events;

  public SubmissionFold(String regionCode) {
    this.regionCode = Objects.requireNonNull(regionCode, "regionCode");
  }

  /** Folds one event of this region's submission; events must come in stream order. */
  public SubmissionFold apply(SubmissionEvent event) {
    return apply(event, null);
  }

  /**
   * Folds one event and remembers, on every row it claims or decides, which stored event did it
   * ({@code source} may be null).
   */
  public SubmissionFold apply(SubmissionEvent event, Source source) {
    if (!regionCode.equals(event.regionCode())) {
      throw new IllegalArgumentException(
          "event of region " + event.regionCode() + " folded into " + regionCode);
    }
    editionId = event.editionId();
    switch (event) {
      case SpdClaimedEvent e -> {
        e.claims()
            .forEach(c -> spd.put(c.indicator(), new Row(c, null, null, e.claimedAt(), source)));
        submittedAt = e.claimedAt();
      }
      case InnovationClaimedEvent e -> {
        SortedMap<String, Row> rows =
            innovations.computeIfAbsent(e.innovationId(), id -> new TreeMap<>());
        e.claims()
            .forEach(c -> rows.put(c.indicator(), new Row(c, null, null, e.claimedAt(), source)));
        submittedAt = e.claimedAt();
      }
      case ProposalEnteredEvent e -> {
        // a jury-only programme's entry: no IID claim, nothing for the engine to score
      }
      case ClaimsValidatedEvent e -> {
        // every row is checked before any changes, so a refused event leaves the fold as it was
        for (ValidationDecision d : e.decisions()) {
          Map<String, Row> rows =
              d.innovationId() == null ? spd : innovations.get(d.innovationId());
          if (rows == null || rows.get(d.indicator()) == null) {
            // the aggregate refuses decisions on rows never claimed; a stream with one is corrupt
            throw new IllegalStateException(
                "decision on unclaimed row "
                    + (d.innovationId() == null ? "SPD" : d.innovationId())
                    + "/"
                    + d.indicator()
                    + " in "
                    + e.submissionId());
          }
        }
        for (ValidationDecision d : e.decisions()) {
          Map<String, Row> rows =
              d.innovationId() == null ? spd : innovations.get(d.innovationId());
          Row row = rows == null ? null : rows.get(d.indicator());
          if (row == null) {
            // the aggregate refuses decisions on rows never claimed; a stream with one is corrupt
            throw new IllegalStateException(
                "decision on unclaimed row "
                    + (d.innovationId() == null ? "SPD" : d.innovationId())
                    + "/"
                    + d.indicator()
                    + " in "
                    + e.submissionId());
          }
          int option = d.option() != null ? d.option() : row.claim().option();
          Decision decision =
              new Decision(e.validator(), d.outcome(), option, d.note(), e.decidedAt(), source);
          rows.put(
              d.indicator(),
              e.role() == ValidatorRole.VERIFIER
                  ? new Row(
                      row.claim(),
                      decision,
                      row.qualityControl(),
                      row.claimedAt(),
                      row.claimSource())
                  : new Row(
                      row.claim(), row.verifier(), decision, row.claimedAt(), row.claimSource()));
        }
      }
    }
    events++;
    return this;
  }

  public String regionCode() {
    return regionCode;
  }

  /** The edition of the events folded so far, or null before the first. */
  public String editionId() {
    return editionId;
  }

  /** SPD rows by indicator code, sorted. */
  public SortedMap<String, Row> spd() {
    return Collections.unmodifiableSortedMap(spd);
  }

  /** SID rows by innovation id, then indicator code, sorted. */
  public SortedMap<String, SortedMap<String, Row>> innovations() {
    return Collections.unmodifiableSortedMap(innovations);
  }

  /** The time of the latest claim (a tie-break), or null before the first. */
  public Instant submittedAt() {
    return submittedAt;
  }

  /** How many events were folded (the stream's version is this minus one). */
  public long events() {
    return events;
  }

  /** Rows with no decision yet. */
  public int pendingRows() {
    int pending = (int) spd.values().stream().filter(Row::pending).count();
    for (Map<String, Row> rows : innovations.values()) {
      pending += (int) rows.values().stream().filter(Row::pending).count();
    }
    return pending;
  }
}
