package id.inovik.query.innovation.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the next page starts: the point-in-time that froze the result set, the sort values of the
 * last hit ({@code search_after}) and the fingerprint of the query it belongs to. Opaque to
 * clients: base64url of a small JSON object.
 */
record SearchCursor(String pitId, List<FieldValue> searchAfter, String fingerprint) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  String encode() {
    ObjectNode node = JSON.createObjectNode();
    node.put("pit", pitId);
    node.put("q", fingerprint);
    ArrayNode after = node.putArray("after");
    for (FieldValue value : searchAfter) {
      switch (value._kind()) {
        case Long -> after.add(value.longValue());
        case Double -> after.add(value.doubleValue());
        case Boolean -> after.add(value.booleanValue());
        case String -> after.add(value.stringValue());
        case Null -> after.addNull();
        default -> throw new IllegalStateException("Unexpected sort value " + value);
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node));
  }

  /**
   * @throws IllegalArgumentException if {@code encoded} is not a cursor this service wrote
   */
  static SearchCursor decode(String encoded) {
    try {
      JsonNode node =
          JSON.readTree(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
      List<FieldValue> after = new ArrayList<>();
      for (JsonNode value : node.required("after")) {
        if (value.isIntegralNumber()) {
          after.add(FieldValue.of(value.asLong()));
        } else if (value.isNumber()) {
          after.add(FieldValue.of(value.asDouble()));
        } else if (value.isBoolean()) {
          after.add(FieldValue.of(value.asBoolean()));
        } else if (value.isString()) {
          after.add(FieldValue.of(value.asString()));
        } else if (value.isNull()) {
          after.add(FieldValue.NULL);
        } else {
          throw new IllegalArgumentException("bad sort value");
        }
      }
      String pit = node.required("pit").asString();
      String fingerprint = node.required("q").asString();
      if (after.isEmpty() || pit.isBlank()) {
        throw new IllegalArgumentException("incomplete cursor");
      }
      return new SearchCursor(pit, after, fingerprint);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a cursor", e);
    }
  }
}
