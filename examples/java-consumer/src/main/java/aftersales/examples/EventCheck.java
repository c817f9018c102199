package aftersales.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Checks one Kafka message of the platform: a CloudEvent in binary content mode (ce_* headers)
 * whose value is the event envelope JSON described by contracts/schemas/&lt;type&gt;.v&lt;version&gt;.json.
 * Only the committed schema files are used: nothing is fetched from the network.
 */
final class EventCheck {
  /** Headers every platform message carries (ce_causationid only when the event has a cause). */
  static final List<String> REQUIRED_HEADERS =
      List.of(
          "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject",
          "ce_dataschema", "content-type", "ce_tenantid", "ce_correlationid");

  /** A checked message: its event type when valid, else why it is not. */
  record Outcome(String type, List<String> problems) {
    boolean valid() {
      return problems.isEmpty();
    }
  }

  private record LoadedSchema(String id, String topic, Schema schema) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path schemasDir;
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, LoadedSchema> schemas = new HashMap<>();

  EventCheck(Path schemasDir) {
    this.schemasDir = schemasDir;
  }

  Outcome check(String topic, byte[] key, byte[] value, Headers headers) {
    List<String> problems = new ArrayList<>();
    Map<String, String> ce = new HashMap<>();
    for (String name : REQUIRED_HEADERS) {
      String v = header(headers, name);
      if (v == null || v.isEmpty()) problems.add("missing header " + name);
      else ce.put(name, v);
    }
    String causation = header(headers, "ce_causationid");

    JsonNode envelope;
    try {
      if (value == null) return new Outcome(null, add(problems, "no value"));
      envelope = JSON.readTree(value);
    } catch (IOException e) {
      return new Outcome(null, add(problems, "value is not JSON: " + e.getMessage().lines().findFirst().orElse("")));
    }
    String type = text(envelope, "type");
    if (type == null) return new Outcome(null, add(problems, "envelope has no type"));

    LoadedSchema schema;
    try {
      schema = schemaOf(type, envelope.path("version").asInt(1));
    } catch (IOException e) {
      return new Outcome(type, add(problems, "no schema for " + type + ": " + e.getMessage()));
    }

    // The CloudEvents attributes repeat the envelope: they must agree with it.
    expect(problems, "ce_specversion", ce.get("ce_specversion"), "1.0");
    expect(problems, "ce_type", ce.get("ce_type"), type);
    expect(problems, "ce_id", ce.get("ce_id"), text(envelope, "id"));
    expect(problems, "ce_subject", ce.get("ce_subject"), text(envelope, "subject"));
    expect(problems, "record key", key == null ? null : new String(key, StandardCharsets.UTF_8), text(envelope, "subject"));
    expect(problems, "ce_tenantid", ce.get("ce_tenantid"), text(envelope, "tenantId"));
    expect(problems, "ce_correlationid", ce.get("ce_correlationid"), text(envelope, "correlationId"));
    expect(problems, "ce_causationid", causation, text(envelope, "causationId"));
    expect(problems, "ce_source", ce.get("ce_source"), "/aftersales/" + text(envelope, "producer"));
    expect(problems, "ce_dataschema", ce.get("ce_dataschema"), schema.id());
    String contentType = ce.get("content-type");
    if (contentType != null && !contentType.startsWith("application/json"))
      problems.add("content-type is " + contentType + ", not application/json");
    String time = ce.get("ce_time");
    if (time != null && !sameInstant(time, text(envelope, "occurredAt")))
      problems.add("ce_time " + time + " is not occurredAt " + text(envelope, "occurredAt"));
    if (schema.topic() != null && !topic.equals(schema.topic()) && !topic.endsWith("." + schema.topic()))
      problems.add(type + " belongs on " + schema.topic() + ", not on " + topic);

    List<Error> errors = schema.schema().validate(envelope);
    for (Error error : errors.subList(0, Math.min(errors.size(), 5))) {
      String at = String.valueOf(error.getInstanceLocation());
      problems.add("schema: " + (at.isEmpty() ? "/" : at) + " " + error.getMessage());
    }
    return new Outcome(type, problems);
  }

  private LoadedSchema schemaOf(String type, int version) throws IOException {
    String file = type + ".v" + version + ".json";
    LoadedSchema loaded = schemas.get(file);
    if (loaded != null) return loaded;
    JsonNode node = JSON.readTree(Files.readString(schemasDir.resolve(file)));
    loaded = new LoadedSchema(text(node, "$id"), text(node, "x-topic"), registry.getSchema(node));
    schemas.put(file, loaded);
    return loaded;
  }

  private static void expect(List<String> problems, String what, String actual, String expected) {
    if (Objects.equals(actual, expected)) return;
    if (actual == null) {
      // a missing required header is already reported once, above
      if (!REQUIRED_HEADERS.contains(what)) problems.add(what + " is missing, expected " + expected);
    } else if (expected == null) problems.add(what + " is " + actual + " but the envelope has none");
    else problems.add(what + " is " + actual + ", expected " + expected);
  }

  private static boolean sameInstant(String a, String b) {
    try {
      return b != null && Instant.parse(a).equals(Instant.parse(b));
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String header(Headers headers, String name) {
    Header h = headers.lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> add(List<String> problems, String problem) {
    problems.add(problem);
    return problems;
  }

  static String describe(List<String> problems) {
    return problems.stream().collect(Collectors.joining("; "));
  }
}
