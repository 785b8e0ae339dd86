package id.inovik.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the repository's references to its own documentation true. Code, JSON notes and READMEs
 * cite pages under docs/ with an anchor (docs/domain/iid.md#formula), ADRs by number and sources by
 * code (S20); this test walks the whole repository (not just this module) and fails on a cited page
 * or anchor that does not exist, a broken relative Markdown link, an ADR number without a file, a
 * source code that docs/sources.md does not define, and on any citation of the planning notes that
 * were never part of the repository. It lives here because this module builds first and fast.
 */
class DocumentationReferencesTest {

  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of(".git", "target", "node_modules", ".inovik", ".idea", ".mvn");
  private static final Set<String> TEXT_EXTENSIONS =
      Set.of(
          "md",
          "java",
          "json",
          "yml",
          "yaml",
          "xml",
          "properties",
          "txt",
          "http",
          "sh",
          "html",
          "js",
          "css",
          "cmd");
  private static final long MAX_EXTENSIONLESS_BYTES = 256 * 1024;

  /** The planning notes (and their folder) that code once cited; they are not in the repository. */
  private static final Pattern PLANNING_NOTES =
      Pattern.compile(
          "\\b(?:DOMAIN|PERFORMANCE|SOURCES|ARCHITECTURE|STYLE)\\.md\\b|\\bDOMAIN\\s*§|/work/(?:shared)\\b");

  /** A page under docs/ cited by its path from the repository root, with an optional anchor. */
  private static final Pattern DOCS_PAGE =
      Pattern.compile(
          "(?<![\\w/.-])(?:\\.\\./)*(docs/(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_.-]+\\.md)(?![A-Za-z0-9_])"
              + "(?:#([A-Za-z0-9_-]+))?");

  private static final Pattern MARKDOWN_LINK =
      Pattern.compile("\\]\\(([^()\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
  private static final Pattern URL_SCHEME = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)");
  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.+?)(?:\\s+#+)?\\s*$");
  private static final Pattern HTML_ANCHOR =
      Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK_TEXT = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

  private static final Pattern ADR_NUMBER = Pattern.compile("\\bADR[ -]?(\\d{4})\\b");
  private static final Pattern SOURCE_CODE = Pattern.compile("(?<![\\w-])S\\d{1,3}b?(?![\\w-])");
  private static final Pattern SOURCE_DEFINITION =
      Pattern.compile("^\\|\\s*(S\\d{1,3}b?(?:\\s*,\\s*S\\d{1,3}b?)*)\\s*\\|");
  private static final Pattern JSON_SOURCE = Pattern.compile("\"source\"\\s*:\\s*\"([^\"]*)\"");

  private static Path root;
  private static List<Path> files;
  private static final Map<Path, Set<String>> anchorCache = new HashMap<>();

  @BeforeAll
  static void walkRepository() throws IOException {
    root = repositoryRoot();
    files = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isText(file, attrs)) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    assertThat(files).as("text files found under %s", root).hasSizeGreaterThan(50);
  }

  @Test
  void nothingCitesThePlanningNotesOutsideTheRepository() {
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      forEachMatch(
          file,
          PLANNING_NOTES,
          (line, m) ->
              problems.add(
                  where(file, line)
                      + "cites '"
                      + m.group()
                      + "', which is not in the repository; cite a page under docs/ instead"));
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void everyCitedDocsPageAndAnchorExists() {
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      forEachMatch(
          file,
          DOCS_PAGE,
          (line, m) -> {
            Path target = root.resolve(m.group(1)).normalize();
            checkTarget(
                file,
                line,
                m.group().replaceFirst("^(\\.\\./)+", ""),
                target,
                m.group(2),
                problems);
          });
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void everyRelativeMarkdownLinkResolves() {
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      if (!file.toString().endsWith(".md")) {
        continue;
      }
      boolean inFence = false;
      List<String> lines = lines(file);
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i);
        if (isFence(text)) {
          inFence = !inFence;
          continue;
        }
        if (inFence) {
          continue;
        }
        Matcher m = MARKDOWN_LINK.matcher(INLINE_CODE.matcher(text).replaceAll(""));
        while (m.find()) {
          String link = m.group(1);
          if (URL_SCHEME.matcher(link).find()) {
            continue;
          }
          int hash = link.indexOf('#');
          String path = hash < 0 ? link : link.substring(0, hash);
          String anchor = hash < 0 ? null : link.substring(hash + 1);
          path = URLDecoder.decode(path, StandardCharsets.UTF_8);
          Path target =
              path.isEmpty()
                  ? file
                  : path.startsWith("/")
                      ? root.resolve(path.substring(1)).normalize()
                      : file.getParent().resolve(path).normalize();
          checkTarget(file, i + 1, link, target, anchor, problems);
        }
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void everyCitedAdrNumberHasARecord() throws IOException {
    Set<String> numbers = new HashSet<>();
    try (Stream<Path> adrs = Files.list(root.resolve("docs/adr"))) {
      adrs.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("\\d{4}-.+\\.md"))
          .forEach(n -> numbers.add(n.substring(0, 4)));
    }
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      forEachMatch(
          file,
          ADR_NUMBER,
          (line, m) -> {
            if (!numbers.contains(m.group(1))) {
              problems.add(
                  where(file, line) + "cites " + m.group() + ", which has no docs/adr file");
            }
          });
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void everySourceCodeIsDefinedInTheSourceList() {
    Path sourceList = root.resolve("docs/sources.md");
    Set<String> defined = new TreeSet<>();
    for (String text : lines(sourceList)) {
      Matcher m = SOURCE_DEFINITION.matcher(text);
      if (m.find()) {
        for (String code : m.group(1).split(",")) {
          defined.add(code.strip());
        }
      }
    }
    assertThat(defined).as("source codes defined in docs/sources.md").hasSizeGreaterThan(50);

    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (file.equals(sourceList)) {
        continue;
      }
      boolean inDocs = file.startsWith(root.resolve("docs")) && name.endsWith(".md");
      boolean json = name.endsWith(".json");
      boolean java = name.endsWith(".java");
      if (!inDocs && !json && !java) {
        continue;
      }
      List<String> lines = lines(file);
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i);
        List<String> scopes = new ArrayList<>();
        if (json) {
          Matcher values = JSON_SOURCE.matcher(text);
          while (values.find()) {
            scopes.add(values.group(1));
          }
        } else {
          scopes.add(text);
        }
        for (String scope : scopes) {
          Matcher m = SOURCE_CODE.matcher(scope);
          while (m.find()) {
            if (!defined.contains(m.group())) {
              problems.add(
                  where(file, i + 1)
                      + "uses source code "
                      + m.group()
                      + ", not in docs/sources.md");
            }
          }
        }
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  private static void checkTarget(
      Path file, int line, String cited, Path target, String anchor, List<String> problems) {
    if (!target.startsWith(root) || !Files.exists(target)) {
      problems.add(where(file, line) + "cites " + cited + ", which does not exist");
    } else if (anchor != null
        && !anchor.isEmpty()
        && target.toString().endsWith(".md")
        && !anchors(target).contains(anchor)) {
      problems.add(
          where(file, line)
              + "cites "
              + cited
              + ", but "
              + root.relativize(target)
              + " has no heading with the anchor #"
              + anchor);
    }
  }

  /** Anchors of a Markdown file as GitHub derives them from headings, plus explicit HTML ids. */
  static Set<String> anchors(Path markdown) {
    return anchorCache.computeIfAbsent(
        markdown,
        md -> {
          Set<String> anchors = new HashSet<>();
          Map<String, Integer> seen = new HashMap<>();
          boolean inFence = false;
          for (String text : lines(md)) {
            if (isFence(text)) {
              inFence = !inFence;
              continue;
            }
            if (inFence) {
              continue;
            }
            Matcher heading = HEADING.matcher(text);
            if (heading.matches()) {
              String slug = slug(heading.group(1));
              int count = seen.merge(slug, 1, Integer::sum);
              anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
            Matcher html = HTML_ANCHOR.matcher(text);
            while (html.find()) {
              anchors.add(html.group(1));
            }
          }
          return anchors;
        });
  }

  /** GitHub's heading slug: lower case, punctuation dropped, each space a hyphen. */
  static String slug(String heading) {
    String text = LINK_TEXT.matcher(heading.strip()).replaceAll("$1").toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
              } else if (c == ' ') {
                slug.append('-');
              }
            });
    return slug.toString();
  }

  @Test
  void slugsFollowGitHub() {
    assertThat(slug("Lifecycle and rules (enforced in `Innovation`)"))
        .isEqualTo("lifecycle-and-rules-enforced-in-innovation");
    assertThat(slug("Ekosistem & Kajian")).isEqualTo("ekosistem--kajian");
    assertThat(slug("ADR 0001: Axon")).isEqualTo("adr-0001-axon");
  }

  private interface MatchHandler {
    void accept(int line, Matcher match);
  }

  private static void forEachMatch(Path file, Pattern pattern, MatchHandler handler) {
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = pattern.matcher(lines.get(i));
      while (m.find()) {
        handler.accept(i + 1, m);
      }
    }
  }

  private static boolean isFence(String line) {
    String t = line.stripLeading();
    return t.startsWith("```") || t.startsWith("~~~");
  }

  private static String where(Path file, int line) {
    return root.relativize(file) + ":" + line + ": ";
  }

  private static List<String> lines(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isText(Path file, BasicFileAttributes attrs) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      return TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
    if (attrs.size() > MAX_EXTENSIONLESS_BYTES) {
      return false;
    }
    try {
      for (byte b : Files.readAllBytes(file)) {
        if (b == 0) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The directory with docs/ and the Maven wrapper, found upwards from the module directory. */
  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("mvnw"))) {
        return dir;
      }
    }
    throw new AssertionError(
        "no directory with docs/ and mvnw above " + Path.of("").toAbsolutePath());
  }
}
