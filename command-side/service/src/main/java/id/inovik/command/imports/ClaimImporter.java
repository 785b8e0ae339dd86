package id.inovik.command.imports;

import id.inovik.api.award.EditionIds;
import id.inovik.api.award.IndicatorClaim;
import id.inovik.command.imports.AwardClaims.ClaimsRefusedException;
import id.inovik.command.innovation.FieldViolation;
import id.inovik.scoring.catalogue.Aspect;
import id.inovik.scoring.catalogue.Edition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the claims part of a stored row through the same commands as the award API ({@link
 * AwardClaims}): the row's SPD claims as one command, its innovation's as another, into the
 * submission of the row's region in the edition. Each part is one command, so it goes in whole or
 * not at all; the innovation part of the row is stored before and stays whatever the claims come
 * to. Claims of one submission are sent one at a time (workers store rows in parallel, and the
 * submission is one aggregate). A dry run checks the claims against the rubric instead.
 */
@Component
class ClaimImporter {

  private static final Logger log = LoggerFactory.getLogger(ClaimImporter.class);

  private final AwardClaims award;
  private final ConcurrentHashMap<String, ReentrantLock> submissions = new ConcurrentHashMap<>();

  ClaimImporter(AwardClaims award) {
    this.award = award;
  }

  /**
   * What claiming a row came to: whether its SPD and its innovation's claims were stored (or in a
   * dry run would be), and the refused ones.
   */
  record Outcome(boolean spdStored, boolean sidStored, List<RowProblem> refused) {}

  Outcome claim(
      ImportRow row,
      String innovationId,
      String edition,
      Edition rubric,
      boolean dryRun,
      RowParser parser) {
    RowClaims claims = row.claims();
    List<RowProblem> refused = new ArrayList<>(claims.otherProblems());
    String region = row.profile().regionCode();
    String submission = EditionIds.submission(region, edition);
    boolean spd = false;
    boolean sid = false;
    ReentrantLock lock = submissions.computeIfAbsent(submission, s -> new ReentrantLock());
    lock.lock();
    try {
      if (!claims.spdProblems().isEmpty()) {
        refused.addAll(claims.spdProblems());
      } else if (!claims.spd().isEmpty()) {
        spd =
            send(
                row,
                claims.spd(),
                Aspect.SPD,
                rubric,
                dryRun,
                parser,
                refused,
                () -> award.claimSpd(edition, region, claims.spd()));
      }
      if (!claims.sidProblems().isEmpty()) {
        refused.addAll(claims.sidProblems());
      } else if (!claims.sid().isEmpty()) {
        sid =
            send(
                row,
                claims.sid(),
                Aspect.SID,
                rubric,
                dryRun,
                parser,
                refused,
                () -> award.claimInnovation(edition, region, innovationId, claims.sid()));
      }
    } finally {
      lock.unlock();
    }
    return new Outcome(spd, sid, refused);
  }

  private boolean send(
      ImportRow row,
      List<IndicatorClaim> claims,
      Aspect aspect,
      Edition rubric,
      boolean dryRun,
      RowParser parser,
      List<RowProblem> refused,
      Runnable command) {
    int before = refused.size();
    if (dryRun) {
      award.check(claims, aspect, rubric).forEach(f -> refused.add(problem(row, parser, f)));
      return refused.size() == before;
    }
    try {
      command.run();
      return true;
    } catch (ClaimsRefusedException e) {
      e.violations().forEach(f -> refused.add(problem(row, parser, f)));
    } catch (RuntimeException e) {
      // the edition closed its collection meanwhile, the innovation is not the region's, ...
      log.debug("Import row {}: claims refused", row.row(), e);
      refused.add(
          new RowProblem(
              row.row(),
              parser.claimColumnOf("claims." + claims.getFirst().indicator()),
              String.valueOf(e.getMessage())));
    }
    return false;
  }

  private static RowProblem problem(ImportRow row, RowParser parser, FieldViolation v) {
    return new RowProblem(row.row(), parser.claimColumnOf(v.field()), v.reason());
  }
}
