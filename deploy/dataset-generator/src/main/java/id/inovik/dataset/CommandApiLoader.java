package id.inovik.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends generated innovations through the command REST API, exactly as a client would: a proposal
 * with an idempotency key derived from the innovation's identity, then the lifecycle steps up to
 * its stage. Loading the same dataset twice creates nothing new (the proposal is answered 200, and
 * a step the innovation already passed answers 409, which counts as done). Progress goes to {@code
 * progress} about once a second.
 */
public final class CommandApiLoader {
  /**
   * What a load did.
   *
   * @param ids the registry id of every innovation that was proposed or already there, by its key
   */
  public record Result(
      int proposed,
      int alreadyPresent,
      int refused,
      List<String> problems,
      double seconds,
      Map<String, String> ids) {}

  private final URI base;
  private final HttpClient http;
  private final JsonMapper json =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();
  private final int concurrency;
  private final double ratePerSecond;
  private final PrintStream progress;
  private final Map<String, String> ids = new ConcurrentHashMap<>();

  /**
   * @param ratePerSecond innovations started per second at most; 0 for no limit
   */
  public CommandApiLoader(URI base, int concurrency, double ratePerSecond, PrintStream progress) {
    this.base = base;
    this.concurrency = Math.max(1, concurrency);
    this.ratePerSecond = ratePerSecond;
    this.progress = progress;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  public Result load(List<GeneratedInnovation> innovations) throws InterruptedException {
    AtomicInteger proposed = new AtomicInteger();
    AtomicInteger present = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    AtomicInteger nextIndex = new AtomicInteger();
    Thread reporter =
        Thread.ofPlatform().daemon().start(() -> report(done, innovations.size(), start, problems));
    try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
      for (int w = 0; w < concurrency; w++) {
        pool.execute(
            () -> {
              for (int i = nextIndex.getAndIncrement();
                  i < innovations.size();
                  i = nextIndex.getAndIncrement()) {
                pace(start, i);
                GeneratedInnovation innovation = innovations.get(i);
                try {
                  if (send(innovation)) {
                    proposed.incrementAndGet();
                  } else {
                    present.incrementAndGet();
                  }
                } catch (RefusedException e) {
                  problems.add(innovation.key() + ": " + e.getMessage());
                } catch (IOException e) {
                  problems.add(innovation.key() + ": " + e.getMessage());
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                done.incrementAndGet();
              }
            });
      }
      pool.shutdown();
      pool.awaitTermination(7, TimeUnit.DAYS);
    } finally {
      reporter.interrupt();
      reporter.join(2_000);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    progress.printf(
        "%,d innovations in %.1f s (%,.0f/s): %,d proposed, %,d already there, %,d refused%n",
        innovations.size(),
        seconds,
        innovations.size() / seconds,
        proposed.get(),
        present.get(),
        problems.size());
    return new Result(
        proposed.get(),
        present.get(),
        problems.size(),
        List.copyOf(problems),
        seconds,
        Map.copyOf(ids));
  }

  private void pace(long start, int index) {
    if (ratePerSecond > 0) {
      long due = start + (long) (index / ratePerSecond * 1e9);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
    }
  }

  private void report(AtomicInteger done, int total, long start, List<String> problems) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(1_000);
        int n = done.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = n / seconds;
        progress.printf(
            "  %,d / %,d innovations (%.1f%%), %,.0f/s, about %s left, %d refused%n",
            n,
            total,
            100.0 * n / total,
            rate,
            rate > 0 ? (long) ((total - n) / rate) + " s" : "?",
            problems.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Proposes and advances one innovation; true when it was new. */
  boolean send(GeneratedInnovation innovation) throws IOException, InterruptedException {
    HttpResponse<String> answer = post("/api/innovations", profile(innovation), innovation.key());
    if (answer.statusCode() != 201 && answer.statusCode() != 200) {
      throw new RefusedException("proposal answered " + answer.statusCode() + ": " + answer.body());
    }
    boolean created = answer.statusCode() == 201;
    String id = json.readTree(answer.body()).get("id").asString();
    ids.put(innovation.key(), id);
    if (innovation.rejectionReason() != null) {
      step(
          id,
          "review",
          body(
              "feasible",
              false,
              "reason",
              innovation.rejectionReason(),
              "reviewedOn",
              innovation.reviewedOn()));
      return created;
    }
    step(id, "review", body("feasible", true, "reviewedOn", innovation.reviewedOn()));
    step(
        id,
        "establish",
        body("decreeNumber", innovation.decreeNumber(), "decreeDate", innovation.decreeDate()));
    if (innovation.trialStartedOn() != null) {
      step(id, "trial", body("startedOn", innovation.trialStartedOn()));
    }
    if (innovation.implementedOn() != null) {
      step(id, "implementation", body("implementedOn", innovation.implementedOn()));
    }
    if (innovation.stoppedOn() != null) {
      step(
          id, "stop", body("stoppedOn", innovation.stoppedOn(), "reason", innovation.stopReason()));
    }
    return created;
  }

  private void step(String id, String path, ObjectNode body)
      throws IOException, InterruptedException {
    HttpResponse<String> answer = post("/api/innovations/" + id + "/" + path, body, null);
    if (answer.statusCode() != 200 && answer.statusCode() != 409) {
      throw new RefusedException(path + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  private ObjectNode body(Object... pairs) {
    ObjectNode body = json.createObjectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      if (value instanceof Boolean b) {
        body.put((String) pairs[i], b);
      } else {
        body.put((String) pairs[i], value == null ? null : value.toString());
      }
    }
    return body;
  }

  /** The proposal's body: the profile as JSON, the API's field names, no null fields. */
  JsonNode profile(GeneratedInnovation innovation) {
    return json.valueToTree(innovation.profile());
  }

  private HttpResponse<String> post(String path, JsonNode body, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        HttpResponse<String> answer =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 503) {
          return answer;
        }
      } catch (IOException e) {
        last = e;
      }
      Thread.sleep(500L << attempt);
    }
    throw last != null ? last : new IOException("the command service kept answering 503");
  }

  /** The service refused a generated command: a bug in the generator or in the rules. */
  static final class RefusedException extends IOException {
    RefusedException(String message) {
      super(message);
    }
  }
}
