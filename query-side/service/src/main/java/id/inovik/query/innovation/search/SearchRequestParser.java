package id.inovik.query.innovation.search;

import id.inovik.api.innovation.GovernmentAffair;
import id.inovik.api.innovation.InitiatorKind;
import id.inovik.api.innovation.InnovationForm;
import id.inovik.api.innovation.InnovationStage;
import id.inovik.api.region.Region;
import id.inovik.api.region.RegionCatalog;
import id.inovik.api.region.RegionType;
import id.inovik.platform.web.FieldError;
import id.inovik.query.config.QueryProperties;
import id.inovik.query.innovation.InnovationStatus;
import id.inovik.query.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Turns the search request's parameters into {@link SearchCriteria}, collecting every problem
 * (unknown parameters too) so the client learns all of them at once.
 *
 * <p>Filters take several values, repeated ({@code stage=UJI_COBA&stage=PENERAPAN}) or
 * comma-separated ({@code stage=UJI_COBA,PENERAPAN}); enum values are case-insensitive.
 */
@Component
class SearchRequestParser {

  static final int MAX_QUERY_LENGTH = 500;

  private static final Set<String> SINGLE =
      Set.of(
          "q",
          "implementedFrom",
          "implementedTo",
          "proposedFrom",
          "proposedTo",
          "sort",
          "size",
          "cursor");

  private final RegionCatalog regions;
  private final QueryProperties.Search limits;

  SearchRequestParser(RegionCatalog regions, QueryProperties properties) {
    this.regions = regions;
    this.limits = properties.search();
  }

  SearchCriteria parse(MultiValueMap<String, String> params) {
    return parse(params, false);
  }

  /**
   * The criteria of an export: the search's filters, {@code q} and {@code sort}, plus {@code
   * format}; {@code size} and {@code cursor} are refused (an export holds every match).
   */
  SearchCriteria parseExport(MultiValueMap<String, String> params) {
    return parse(params, true);
  }

  private SearchCriteria parse(MultiValueMap<String, String> params, boolean export) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> known = new LinkedHashSet<>(SINGLE);
    if (export) {
      known.removeAll(Set.of("size", "cursor"));
      known.add("format");
      List<String> format = params.getOrDefault("format", List.of());
      if (format.size() > 1) {
        errors.add(new FieldError("format", "must be given at most once"));
      } else if (!format.isEmpty()
          && !format.getFirst().strip().toLowerCase(Locale.ROOT).matches("csv|xlsx")) {
        errors.add(new FieldError("format", "must be csv or xlsx"));
      }
    }
    Arrays.stream(Facet.values())
        .filter(f -> f != Facet.IMPLEMENTED_YEAR)
        .forEach(f -> known.add(f.param()));
    for (String name : params.keySet()) {
      if (!known.contains(name)) {
        errors.add(new FieldError(name, "is not a known parameter; known: " + known));
      } else if (SINGLE.contains(name) && params.get(name).size() > 1) {
        errors.add(new FieldError(name, "must be given at most once"));
      }
    }

    Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    filter(params, Facet.PROVINCE, this::province, filters, errors);
    filter(params, Facet.REGION, this::region, filters, errors);
    filter(params, Facet.REGION_TYPE, v -> enumName(RegionType.class, v), filters, errors);
    filter(params, Facet.STAGE, v -> enumName(InnovationStage.class, v), filters, errors);
    filter(params, Facet.INITIATOR, v -> enumName(InitiatorKind.class, v), filters, errors);
    filter(params, Facet.DIGITAL, SearchRequestParser::bool, filters, errors);
    filter(params, Facet.FORM, v -> enumName(InnovationForm.class, v), filters, errors);
    filter(params, Facet.AFFAIR, v -> enumName(GovernmentAffair.class, v), filters, errors);
    filter(params, Facet.STATUS, v -> enumName(InnovationStatus.class, v), filters, errors);

    LocalDate implementedFrom = date(params, "implementedFrom", errors);
    LocalDate implementedTo = date(params, "implementedTo", errors);
    LocalDate proposedFrom = date(params, "proposedFrom", errors);
    LocalDate proposedTo = date(params, "proposedTo", errors);
    range("implemented", implementedFrom, implementedTo, errors);
    range("proposed", proposedFrom, proposedTo, errors);
    if (implementedFrom != null || implementedTo != null) {
      filters.put(Facet.IMPLEMENTED_YEAR, Set.of("range"));
    }

    String text = first(params, "q");
    if (text != null && text.length() > MAX_QUERY_LENGTH) {
      errors.add(new FieldError("q", "must be at most " + MAX_QUERY_LENGTH + " characters"));
    }
    SortOrder sort = sort(first(params, "sort"), errors);
    int size = export ? InnovationExporter.EXPORT_PAGE : size(first(params, "size"), errors);
    String cursorParam = export ? null : first(params, "cursor");
    SearchCursor cursor = null;
    if (cursorParam != null && !cursorParam.isBlank()) {
      try {
        cursor = SearchCursor.decode(cursorParam);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("cursor", "is not a cursor from a previous page"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    SearchCriteria criteria =
        new SearchCriteria(
            text == null || text.isBlank() ? null : text.strip(),
            filters,
            implementedFrom,
            implementedTo,
            proposedFrom,
            proposedTo,
            sort,
            size,
            cursor);
    if (cursor != null && !cursor.fingerprint().equals(criteria.fingerprint())) {
      throw new InvalidRequestException(
          "cursor", "belongs to another query; send the same parameters as for the first page");
    }
    return criteria;
  }

  private interface ValueParser {
    /** The indexed value, or throws IllegalArgumentException with the reason. */
    String parse(String value);
  }

  private static void filter(
      MultiValueMap<String, String> params,
      Facet facet,
      ValueParser parser,
      Map<Facet, Set<String>> filters,
      List<FieldError> errors) {
    List<String> raw = params.getOrDefault(facet.param(), List.of());
    Set<String> values = new LinkedHashSet<>();
    raw.stream()
        .flatMap(v -> Stream.of(v.split(",")))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .forEach(
            v -> {
              try {
                values.add(parser.parse(v));
              } catch (IllegalArgumentException e) {
                errors.add(new FieldError(facet.param(), e.getMessage()));
              }
            });
    if (!values.isEmpty()) {
      filters.put(facet, values);
    }
  }

  private String province(String code) {
    Region region = regions.find(code).orElse(null);
    if (region == null || region.type() != RegionType.PROVINSI) {
      throw new IllegalArgumentException(
          "'" + code + "' is not a province code (two digits, e.g. 35 for Jawa Timur)");
    }
    return code;
  }

  private String region(String code) {
    Region region = regions.find(code).orElse(null);
    if (region == null || region.type() == RegionType.PROVINSI) {
      throw new IllegalArgumentException(
          "'" + code + "' is not a kabupaten/kota code (PP.RR, e.g. 35.79 for Kota Batu)");
    }
    return code;
  }

  private static <E extends Enum<E>> String enumName(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT)).name();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' is not one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  private static String bool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> "true";
      case "false" -> "false";
      default -> throw new IllegalArgumentException("'" + value + "' must be true or false");
    };
  }

  private static String first(MultiValueMap<String, String> params, String name) {
    return params.getFirst(name);
  }

  private static LocalDate date(
      MultiValueMap<String, String> params, String name, List<FieldError> errors) {
    String value = first(params, name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(name, "must be a date as YYYY-MM-DD"));
      return null;
    }
  }

  private static void range(String name, LocalDate from, LocalDate to, List<FieldError> errors) {
    if (from != null && to != null && from.isAfter(to)) {
      errors.add(new FieldError(name + "From", "must not be after " + name + "To"));
    }
  }

  private static SortOrder sort(String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return SortOrder.RELEVANCE;
    }
    try {
      return SortOrder.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("sort", "must be one of relevance, newest, oldest, name"));
      return SortOrder.RELEVANCE;
    }
  }

  private int size(String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return limits.defaultSize();
    }
    try {
      int size = Integer.parseInt(value.strip());
      if (size >= 0 && size <= limits.maxSize()) {
        return size;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new FieldError("size", "must be between 0 and " + limits.maxSize()));
    return limits.defaultSize();
  }
}
