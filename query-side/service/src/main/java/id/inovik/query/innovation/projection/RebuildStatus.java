package id.inovik.query.innovation.projection;

import java.time.Instant;
import java.util.List;

/**
 * The last (or running) rebuild.
 *
 * @param index the index the alias points at after the rebuild
 * @param records records read from the topic
 * @param applied events applied to the new index
 * @param rejected records that could not be applied (position and reason)
 * @param error why the rebuild failed
 */
public record RebuildStatus(
    State state,
    Instant startedAt,
    Instant finishedAt,
    String index,
    long records,
    long applied,
    List<String> rejected,
    String error) {

  public enum State {
    IDLE,
    RUNNING,
    DONE,
    FAILED
  }

  static RebuildStatus idle() {
    return new RebuildStatus(State.IDLE, null, null, null, 0, 0, List.of(), null);
  }

  static RebuildStatus running(Instant startedAt) {
    return new RebuildStatus(State.RUNNING, startedAt, null, null, 0, 0, List.of(), null);
  }

  static RebuildStatus done(
      Instant startedAt,
      Instant finishedAt,
      String index,
      long records,
      long applied,
      List<String> rejected) {
    return new RebuildStatus(
        State.DONE, startedAt, finishedAt, index, records, applied, List.copyOf(rejected), null);
  }

  static RebuildStatus failed(Instant startedAt, Instant finishedAt, String error) {
    return new RebuildStatus(State.FAILED, startedAt, finishedAt, null, 0, 0, List.of(), error);
  }
}
