package aftersales.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the platform's public topics from the beginning as an outside system would, checks every
 * message (EventCheck) and prints one JSON line: {"valid":{type:count},"invalid":[...],"missing":{...}}.
 * Exits 0 only when no message was invalid and every --expect minimum was reached.
 *
 * <p>Stops when, after partitions were assigned, no record arrived for --idle-ms and the
 * expectations hold (events the platform publishes asynchronously may still be on their way
 * until then) or a message was invalid, or at --timeout-ms in any case.
 */
public final class PublicTopicsConsumer {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] argv) throws Exception {
    Map<String, String> args;
    try {
      args = parseArgs(argv);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: --brokers host:port[,..] --topics t1[,t2] --schemas contracts/schemas"
              + " [--expect type=min,..] [--idle-ms 5000] [--timeout-ms 60000] [--config client.properties]");
      System.exit(2);
      return;
    }
    List<String> topics = Arrays.asList(args.get("topics").split(","));
    Map<String, Integer> expected = parseExpect(args.getOrDefault("expect", ""));
    long idleMs = Long.parseLong(args.getOrDefault("idle-ms", "5000"));
    long deadline = System.currentTimeMillis() + Long.parseLong(args.getOrDefault("timeout-ms", "60000"));
    Path schemasDir = Path.of(args.get("schemas"));
    if (!Files.isDirectory(schemasDir)) throw new IllegalArgumentException("no such directory: " + schemasDir);

    EventCheck check = new EventCheck(schemasDir);
    Map<String, Integer> valid = new TreeMap<>();
    expected.keySet().forEach(type -> valid.put(type, 0));
    List<Map<String, Object>> invalid = new ArrayList<>();

    Properties config = consumerConfig(args.get("brokers"));
    if (args.containsKey("config")) // e.g. security.protocol, sasl.* and ssl.* for a production broker
      try (var in = Files.newInputStream(Path.of(args.get("config")))) {
        config.load(in);
      }
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
      long[] lastActivity = {0}; // 0 until partitions are assigned
      consumer.subscribe(
          topics,
          new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
              if (!partitions.isEmpty()) lastActivity[0] = System.currentTimeMillis();
            }

            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
          });
      while (System.currentTimeMillis() < deadline) {
        var records = consumer.poll(Duration.ofMillis(250));
        for (ConsumerRecord<byte[], byte[]> r : records) {
          lastActivity[0] = System.currentTimeMillis();
          EventCheck.Outcome outcome = check.check(r.topic(), r.key(), r.value(), r.headers());
          if (outcome.valid()) valid.merge(outcome.type(), 1, Integer::sum);
          else invalid.add(invalidEntry(r, outcome));
        }
        boolean idle = lastActivity[0] > 0 && System.currentTimeMillis() - lastActivity[0] >= idleMs;
        // waiting longer only helps a run that is short of events, not one that already failed
        if (idle && (missing(expected, valid).isEmpty() || !invalid.isEmpty())) break;
      }
    }

    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("valid", valid);
    summary.put("invalid", invalid);
    Map<String, String> missing = missing(expected, valid);
    summary.put("missing", missing);
    System.out.println(JSON.writeValueAsString(summary));
    System.exit(invalid.isEmpty() && missing.isEmpty() ? 0 : 1);
  }

  private static Properties consumerConfig(String brokers) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
    // A group of its own each run, reading from offset 0, committing nothing: a pure reader.
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "java-consumer-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return p;
  }

  private static Map<String, Object> invalidEntry(ConsumerRecord<byte[], byte[]> r, EventCheck.Outcome outcome) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("topic", r.topic());
    entry.put("partition", r.partition());
    entry.put("offset", r.offset());
    entry.put("type", outcome.type());
    entry.put("reason", EventCheck.describe(outcome.problems()));
    return entry;
  }

  /** Expectations not met yet: type -> "got N, expected at least M". */
  private static Map<String, String> missing(Map<String, Integer> expected, Map<String, Integer> valid) {
    Map<String, String> missing = new TreeMap<>();
    expected.forEach(
        (type, min) -> {
          int got = valid.getOrDefault(type, 0);
          if (got < min) missing.put(type, "got " + got + ", expected at least " + min);
        });
    return missing;
  }

  private static Map<String, Integer> parseExpect(String spec) {
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (String part : spec.split(",")) {
      if (part.isBlank()) continue;
      String[] kv = part.split("=", 2);
      if (kv.length != 2) throw new IllegalArgumentException("--expect wants type=min, got " + part);
      expected.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
    }
    return expected;
  }

  private static Map<String, String> parseArgs(String[] argv) {
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i < argv.length; i++) {
      if (!argv[i].startsWith("--") || i + 1 >= argv.length)
        throw new IllegalArgumentException("unexpected argument: " + argv[i]);
      args.put(argv[i].substring(2), argv[++i]);
    }
    for (String required : List.of("brokers", "topics", "schemas"))
      if (!args.containsKey(required)) throw new IllegalArgumentException("missing --" + required);
    return args;
  }
}
