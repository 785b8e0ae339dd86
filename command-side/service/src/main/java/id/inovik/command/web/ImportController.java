package id.inovik.command.web;

import id.inovik.command.imports.ImportReport;
import id.inovik.command.imports.InnovationImporter;
import id.inovik.command.innovation.InvalidInnovationException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spreadsheet import of IID innovation exports. The file is the raw request body (CSV or XLSX) or
 * the {@code file} part of a multipart form. The answer is the import report; with {@code Accept:
 * application/x-ndjson} it is a stream of progress lines ending with the report, for large files.
 * With {@code edition} (query parameter or form field, e.g. {@code IGA-2026}) the file's indicator
 * columns are claimed in that award edition as well.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

  static final String NDJSON = "application/x-ndjson";

  private final InnovationImporter importer;
  private final JsonMapper json;

  ImportController(InnovationImporter importer, JsonMapper json) {
    this.importer = importer;
    this.json = json;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<StreamingResponseBody> importForm(
      @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(required = false) String edition,
      @RequestHeader(name = "Accept", required = false) String accept)
      throws IOException {
    return answer(file.getInputStream(), dryRun, edition, accept);
  }

  @PostMapping
  ResponseEntity<StreamingResponseBody> importBody(
      HttpServletRequest request,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(required = false) String edition,
      @RequestHeader(name = "Accept", required = false) String accept)
      throws IOException {
    return answer(request.getInputStream(), dryRun, edition, accept);
  }

  /**
   * Streams progress lines when asked for NDJSON; otherwise imports first and answers the report,
   * so an unusable file is a 400 problem.
   */
  private ResponseEntity<StreamingResponseBody> answer(
      InputStream in, boolean dryRun, String edition, String accept) throws IOException {
    if (accept != null && accept.contains(NDJSON)) {
      return stream(in, dryRun, edition);
    }
    ImportReport report;
    try (in) {
      report = importer.importFile(in, dryRun, edition, p -> {});
    }
    byte[] body = json.writeValueAsBytes(report);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out -> out.write(body));
  }

  private ResponseEntity<StreamingResponseBody> stream(
      InputStream in, boolean dryRun, String edition) {
    StreamingResponseBody body =
        out -> {
          try (in) {
            ImportReport report =
                importer.importFile(
                    in, dryRun, edition, progress -> line(out, Map.of("progress", progress)));
            line(out, Map.of("report", report));
          } catch (InvalidInnovationException e) {
            line(
                out,
                Map.of(
                    "problem",
                    Map.of(
                        "status",
                        400,
                        "title",
                        "Invalid input",
                        "errors",
                        e.violations().stream()
                            .map(v -> Map.of("field", v.field(), "reason", v.reason()))
                            .toList())));
          }
        };
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
  }

  private void line(OutputStream out, Object value) {
    try {
      out.write(json.writeValueAsString(value).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
