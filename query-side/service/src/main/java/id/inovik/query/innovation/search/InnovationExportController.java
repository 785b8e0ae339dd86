package id.inovik.query.innovation.search;

import id.inovik.query.export.ExportFormat;
import id.inovik.query.export.TableWriter;
import id.inovik.query.innovation.InnovationColumns;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every innovation a search matches, as a CSV or XLSX file with the columns of an IID export. The
 * parameters are checked before anything is written, so bad ones answer the search API's 400
 * problem; the rows are then streamed page by page (see {@link InnovationExporter#export}).
 */
@RestController
@RequestMapping("/api/innovations")
class InnovationExportController {

  private final InnovationExporter exporter;
  private final SearchRequestParser parser;

  InnovationExportController(InnovationExporter exporter, SearchRequestParser parser) {
    this.exporter = exporter;
    this.parser = parser;
  }

  @GetMapping("/export")
  ResponseEntity<StreamingResponseBody> export(@RequestParam MultiValueMap<String, String> params) {
    SearchCriteria criteria = parser.parseExport(params);
    ExportFormat format = ExportFormat.of(params.getFirst("format"));
    String name = "inovasi-" + LocalDate.now(ZoneId.of("Asia/Jakarta"));
    StreamingResponseBody body =
        out -> {
          try (TableWriter writer = format.open(out)) {
            writer.table("Inovasi", InnovationColumns.HEADERS);
            exporter.export(criteria, d -> writer.row(InnovationColumns.row(d)));
          }
        };
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, format.mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(format.fileName(name)).build().toString())
        .body(body);
  }
}
