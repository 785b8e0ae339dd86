package id.inovik.bench;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.Initiator;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationProfile;
import id.inovik.api.innovation.ProposeInnovationCommand;
import id.inovik.command.CommandApplication;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Command append throughput against raw PostgreSQL baselines measured in the same run
 * (docs/performance.md#baselines: B-pg-tx, B-pg-batch). Creates and drops its own databases on the
 * PostgreSQL at 127.0.0.1:5432 and runs a real in-process Kafka broker so the publisher works as in
 * production.
 *
 * <pre>java -jar deploy/benchmarks/target/inovik-benchmarks.jar [--seconds 8] [--threads 1,2,4]
 * </pre>
 */
public final class CommandAppendBenchmark {

  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

  private CommandAppendBenchmark() {}

  public static void main(String[] args) throws Exception {
    int seconds = intArg(args, "--seconds", 8);
    List<Integer> threads = new ArrayList<>();
    for (String t : stringArg(args, "--threads", "1,2,4").split(",")) {
      threads.add(Integer.parseInt(t.strip()));
    }
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String rawDb = "bench_raw_" + suffix;
    String axonDb = "bench_axon_" + suffix;
    admin("CREATE DATABASE " + rawDb);
    admin("CREATE DATABASE " + axonDb);
    EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 6);
    List<String[]> rows = new ArrayList<>();
    try {
      kafka.afterPropertiesSet();
      byte[] payload = samplePayload();
      createRawTable(rawDb);
      try (ConfigurableApplicationContext app =
          startCommandService(axonDb, kafka.getBrokersAsString())) {
        CommandGateway gateway = app.getBean(CommandGateway.class);
        InnovationProfile profile = sampleProfile();
        for (int t : threads) {
          double raw = measure(t, seconds, () -> rawInsertOnePerTx(rawDb, payload));
          double inovik =
              measure(
                  t,
                  seconds,
                  () ->
                      new Worker() {
                        @Override
                        public void op() {
                          gateway.sendAndWait(
                              new ProposeInnovationCommand(
                                  UUID.randomUUID().toString(), profile, null, "bench"));
                        }

                        @Override
                        public void close() {}
                      });
          rows.add(row("command append (1 command = 1 tx)", t, inovik, "B-pg-tx", raw, 0.60));
        }
        double batch = measure(1, seconds, () -> rawInsertBatched(rawDb, payload, 100));
        rows.add(
            new String[] {
              "B-pg-batch (100 rows/tx)",
              "1",
              "-",
              String.format(Locale.ROOT, "%.0f", batch),
              "-",
              "reference for bulk import"
            });
      }
    } finally {
      kafka.destroy();
      admin("DROP DATABASE IF EXISTS " + rawDb + " WITH (FORCE)");
      admin("DROP DATABASE IF EXISTS " + axonDb + " WITH (FORCE)");
    }
    System.out.println();
    System.out.println("| stage | threads | Inovik ops/s | baseline ops/s | ratio | target |");
    System.out.println("|---|---|---|---|---|---|");
    for (String[] r : rows) {
      System.out.println("| " + String.join(" | ", r) + " |");
    }
  }

  private static String[] row(
      String stage, int threads, double inovik, String baseline, double raw, double target) {
    return new String[] {
      stage,
      String.valueOf(threads),
      String.format(Locale.ROOT, "%.0f", inovik),
      String.format(Locale.ROOT, "%s %.0f", baseline, raw),
      String.format(Locale.ROOT, "%.0f%%", 100 * inovik / raw),
      String.format(Locale.ROOT, ">= %.0f%%", 100 * target)
    };
  }

  /** One unit of work per call; a worker owns its resources (e.g. a connection). */
  interface Worker extends AutoCloseable {
    void op() throws Exception;

    @Override
    void close() throws Exception;
  }

  interface WorkerFactory {
    Worker create() throws Exception;
  }

  /** Runs {@code threads} workers for a one-second warm-up and {@code seconds} measured; ops/s. */
  static double measure(int threads, int seconds, WorkerFactory factory) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicBoolean stop = new AtomicBoolean(false);
    LongAdder ops = new LongAdder();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      futures.add(
          pool.submit(
              () -> {
                try (Worker w = factory.create()) {
                  while (!stop.get()) {
                    w.op();
                    if (measuring.get()) {
                      ops.increment();
                    }
                  }
                }
                return null;
              }));
    }
    Thread.sleep(1_000);
    measuring.set(true);
    long start = System.nanoTime();
    Thread.sleep(seconds * 1_000L);
    measuring.set(false);
    double elapsed = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return ops.sum() / elapsed;
  }

  static Worker rawInsertOnePerTx(String db, byte[] payload) throws SQLException {
    Connection c = DriverManager.getConnection(PG + db, "postgres", "");
    c.setAutoCommit(true);
    PreparedStatement insert = c.prepareStatement(INSERT);
    return new Worker() {
      @Override
      public void op() throws SQLException {
        bind(insert, payload);
        insert.executeUpdate();
      }

      @Override
      public void close() throws SQLException {
        c.close();
      }
    };
  }

  static Worker rawInsertBatched(String db, byte[] payload, int perTx) throws SQLException {
    Connection c = DriverManager.getConnection(PG + db, "postgres", "");
    c.setAutoCommit(false);
    PreparedStatement insert = c.prepareStatement(INSERT);
    return new Worker() {
      int inBatch;

      @Override
      public void op() throws SQLException {
        bind(insert, payload);
        insert.addBatch();
        if (++inBatch == perTx) {
          insert.executeBatch();
          c.commit();
          inBatch = 0;
        }
      }

      @Override
      public void close() throws SQLException {
        c.close();
      }
    };
  }

  private static final String INSERT =
      "insert into raw_events (aggregate_id, sequence_number, type, event_id, payload, time_stamp)"
          + " values (?, 0, 'Innovation', ?, ?, ?)";

  private static void bind(PreparedStatement insert, byte[] payload) throws SQLException {
    insert.setString(1, UUID.randomUUID().toString());
    insert.setString(2, UUID.randomUUID().toString());
    insert.setBytes(3, payload);
    insert.setString(4, java.time.Instant.now().toString());
  }

  static void createRawTable(String db) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG + db, "postgres", "")) {
      c.createStatement()
          .execute(
              "create table raw_events (global_index bigserial primary key, aggregate_id varchar(255) not null,"
                  + " sequence_number bigint not null, type varchar(255), event_id varchar(255) not null unique,"
                  + " payload bytea not null, time_stamp varchar(255) not null,"
                  + " unique (aggregate_id, sequence_number))");
    }
  }

  private static ConfigurableApplicationContext startCommandService(String db, String kafka) {
    return new SpringApplication(CommandApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + PG + db,
            "--spring.datasource.username=postgres",
            "--spring.kafka.bootstrap-servers=" + kafka,
            "--logging.level.root=WARN");
  }

  static InnovationProfile sampleProfile() {
    return new InnovationProfile(
        "Layanan Adminduk Keliling",
        "35.79",
        "Dinas Kependudukan dan Pencatatan Sipil",
        new Initiator(InitiatorKind.ASN, "Sri Wahyuni"),
        false,
        InnovationForm.PELAYANAN_PUBLIK,
        List.of("Urusan wajib pelayanan dasar"),
        GovernmentAffair.ADMINISTRASI_KEPENDUDUKAN_PENCATATAN_SIPIL,
        List.of(GovernmentAffair.SOSIAL),
        "Petugas mendatangi desa dengan mobil layanan untuk merekam KTP-el dan mencetak KK, "
            + "berkoordinasi dengan kecamatan dan kepala desa agar warga lansia dan difabel terlayani.",
        "Mendekatkan pelayanan administrasi kependudukan ke warga desa terpencil.",
        "Warga tidak perlu ke kantor dinas; biaya dan waktu berkurang.",
        "Cakupan KTP-el naik dari 91% menjadi 98% dalam satu tahun.",
        150_000_000L,
        LocalDate.of(2024, 2, 1),
        LocalDate.of(2024, 6, 1),
        "https://www.youtube.com/watch?v=abc123");
  }

  /** About the size of a stored proposal event (~0.9 KB of JSON). */
  static byte[] samplePayload() {
    return ("{\"profile\":\"" + "x".repeat(850) + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
      c.createStatement().execute(sql);
    }
  }

  private static int intArg(String[] args, String name, int fallback) {
    return Integer.parseInt(stringArg(args, name, String.valueOf(fallback)));
  }

  private static String stringArg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
