package id.inovik.platform.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

class BaseProblemHandlerTest {

  /** What a service's own validation throws. */
  static final class BadInput extends RuntimeException {
    final List<FieldError> errors;

    BadInput(List<FieldError> errors) {
      super(errors.toString());
      this.errors = errors;
    }
  }

  static final class Taken extends RuntimeException {}

  @RestController
  static class Probe {
    @GetMapping("/one-bad")
    String oneBad() {
      throw new BadInput(List.of(new FieldError("size", "must be between 0 and 100")));
    }

    @GetMapping("/two-bad")
    String twoBad() {
      throw new BadInput(
          List.of(
              new FieldError("size", "must be between 0 and 100"),
              new FieldError("sort", "must be one of relevance, newest")));
    }

    @GetMapping("/taken")
    String taken() {
      throw new Taken();
    }

    @GetMapping("/boom")
    String boom() {
      throw new IllegalStateException("a bug");
    }

    @GetMapping("/needs-a-number")
    String needsANumber(@RequestParam int n) {
      return "n=" + n;
    }
  }

  /** A service's handler: its own mappings on top of the shared ones. */
  @RestControllerAdvice
  static class ServiceProblems extends BaseProblemHandler {
    ServiceProblems() {
      super("Probe", "Nothing was done; see the service log.");
    }

    @ExceptionHandler(BadInput.class)
    ProblemDetail badInput(BadInput e) {
      return invalidFields("invalid-probe", "Invalid probe", "parameters", e.errors);
    }

    @ExceptionHandler(Taken.class)
    ProblemDetail taken(Taken e) {
      return problem(HttpStatus.CONFLICT, "taken", "Already taken", "Someone was first.");
    }
  }

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new Probe())
          .setControllerAdvice(new ServiceProblems())
          .build();

  @Test
  void oneBadFieldIsNamedInTheDetailAndListed() throws Exception {
    mvc.perform(get("/one-bad"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("/problems/invalid-probe"))
        .andExpect(jsonPath("$.title").value("Invalid probe"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail").value("size must be between 0 and 100"))
        .andExpect(jsonPath("$.errors[0].field").value("size"))
        .andExpect(jsonPath("$.errors[0].reason").value("must be between 0 and 100"));
  }

  @Test
  void severalBadFieldsAreCountedAndAllListed() throws Exception {
    mvc.perform(get("/two-bad"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("2 parameters are invalid"))
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("size", "sort")));
  }

  @Test
  void aServicesOwnMappingKeepsItsStatusAndType() throws Exception {
    mvc.perform(get("/taken"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("/problems/taken"))
        .andExpect(jsonPath("$.detail").value("Someone was first."));
  }

  @Test
  void anythingElseIsAnInternalProblemWithoutTheExceptionsText() throws Exception {
    mvc.perform(get("/boom"))
        .andExpect(status().isInternalServerError())
        .andExpect(jsonPath("$.type").value("/problems/internal"))
        .andExpect(jsonPath("$.title").value("Internal error"))
        .andExpect(jsonPath("$.detail").value("Nothing was done; see the service log."));
  }

  @Test
  void springMvcsOwnRefusalsStayTheirProblems() throws Exception {
    mvc.perform(get("/needs-a-number"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400));
  }
}
