package id.inovik.query.innovation.search;

import id.inovik.query.innovation.InnovationDocument;
import id.inovik.query.web.NotFoundException;
import java.io.IOException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search and read innovations. Parameters are described on {@link SearchRequestParser}. */
@RestController
@RequestMapping("/api/innovations")
class InnovationSearchController {

  private final InnovationSearch search;
  private final SearchRequestParser parser;

  InnovationSearchController(InnovationSearch search, SearchRequestParser parser) {
    this.search = search;
    this.parser = parser;
  }

  @GetMapping("/search")
  SearchPage search(@RequestParam MultiValueMap<String, String> params) throws IOException {
    return search.search(parser.parse(params));
  }

  @GetMapping("/{id}")
  InnovationDocument get(@PathVariable String id) throws IOException {
    return search
        .find(id)
        .orElseThrow(
            () -> new NotFoundException("Innovation not found", "No innovation with id " + id));
  }
}
