package dev.neurona.runs.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.nn.Metric;
import dev.neurona.runs.RunState;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event records and docs/events.schema.json describe the same events, both ways: every event
 * has a definition and every definition an event or a part of one; every record component is a
 * property of a compatible type (required unless optional) and every property a component.
 */
class EventSchemaTest {

    /** Each record and the schema definition that describes it. */
    private static final Map<Class<?>, String> DEFINITIONS = new LinkedHashMap<>();

    static {
        DEFINITIONS.put(StatusEvent.class, "status");
        DEFINITIONS.put(BatchEvent.class, "batch");
        DEFINITIONS.put(EpochEvent.class, "epoch");
        DEFINITIONS.put(ClassificationResult.class, "classification-result");
        DEFINITIONS.put(RegressionResult.class, "regression-result");
        DEFINITIONS.put(ClassificationResult.Misclassified.class, "misclassified");
        DEFINITIONS.put(DecisionMap.class, "decision-map");
        DEFINITIONS.put(RunErrorEvent.class, "run-error");
        DEFINITIONS.put(PointsEvent.class, "points");
        DEFINITIONS.put(GridEvent.class, "grid");
        DEFINITIONS.put(RestartEvent.class, "restart");
        DEFINITIONS.put(DoneEvent.class, "done");
    }

    /** The definition of a plane point, an [x1, x2, label] row rather than a record. */
    private static final String POINT = "point";

    private static JsonNode defs;

    @BeforeAll
    static void readSchema() throws IOException {
        JsonNode schema =
                new ObjectMapper()
                        .readTree(Files.readString(Path.of("docs", "events.schema.json")));
        assertEquals(
                "https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        defs = schema.get("$defs");
        assertNotNull(defs);
    }

    @Test
    void everyEventHasADefinitionAndEveryDefinitionDescribesAnEventOrAPartOfOne() {
        Set<String> expected = new TreeSet<>(DEFINITIONS.values());
        for (EventType type : EventType.values()) {
            expected.add(type.sseName());
        }
        expected.add(POINT);
        Set<String> defined = new TreeSet<>();
        defs.fieldNames().forEachRemaining(defined::add);
        assertEquals(expected, defined);

        Set<Class<?>> records = new HashSet<>();
        collectRecords(RunEventData.class, records);
        assertEquals(
                records,
                new HashSet<>(DEFINITIONS.keySet()),
                "every record, events and their parts, has its definition");
        Set<EventType> sampled = new HashSet<>();
        Set<Class<?>> sampledClasses = new HashSet<>();
        for (RunEventData event : EventSamples.all()) {
            sampled.add(event.type());
            sampledClasses.add(event.getClass());
            if (!(event instanceof ResultEvent)) {
                assertEquals(
                        event.type().sseName(),
                        DEFINITIONS.get(event.getClass()),
                        event + " is defined under its SSE name");
            }
        }
        assertEquals(Set.of(EventType.values()), sampled);
        assertTrue(
                sampledClasses.containsAll(
                        Arrays.asList(ResultEvent.class.getPermittedSubclasses())));
    }

    @Test
    void theResultIsOneOfItsKinds() {
        Set<String> kinds = new TreeSet<>();
        defs.path("result").path("oneOf").forEach(ref -> kinds.add(definitionOf(ref)));
        Set<String> expected = new TreeSet<>();
        for (Class<?> kind : ResultEvent.class.getPermittedSubclasses()) {
            expected.add(DEFINITIONS.get(kind));
        }
        assertEquals(expected, kinds);
    }

    @Test
    void everyComponentIsAPropertyOfACompatibleTypeAndEveryPropertyAComponent() {
        for (Map.Entry<Class<?>, String> entry : DEFINITIONS.entrySet()) {
            JsonNode def = defs.get(entry.getValue());
            String where = entry.getValue() + " (" + entry.getKey().getSimpleName() + ")";
            assertEquals("object", def.path("type").asText(), where);
            assertTrue(
                    def.path("additionalProperties").isBoolean()
                            && !def.path("additionalProperties").asBoolean(),
                    where);
            JsonNode properties = def.get("properties");
            Set<String> required = new HashSet<>();
            def.path("required").forEach(r -> required.add(r.asText()));
            Set<String> covered = new HashSet<>();
            for (RecordComponent component : entry.getKey().getRecordComponents()) {
                for (String key : keysOf(component)) {
                    JsonNode property = properties.get(key);
                    assertNotNull(
                            property,
                            where + " has no property " + key + " for " + component.getName());
                    assertCompatible(component.getGenericType(), property, where + "." + key);
                    boolean optional =
                            isOptional(component.getType()) || component.getType() == Metric.class;
                    boolean metricKeyed = keysOf(component).size() > 1;
                    if (!metricKeyed) {
                        assertEquals(
                                !optional,
                                required.contains(key),
                                where + "." + key + " is required unless optional");
                    }
                    covered.add(key);
                }
            }
            properties
                    .fieldNames()
                    .forEachRemaining(
                            key -> {
                                if (!covered.contains(key)) {
                                    // a constant is the kind's tag (a result's task), which its
                                    // record type already says
                                    assertTrue(
                                            properties.get(key).has("const"),
                                            where + "." + key + " is no record component");
                                }
                            });
        }
    }

    @Test
    void theMetricNamesOneOfTheKerasKeySetsOfBatchesAndEpochs() {
        for (String def : List.of("batch", "epoch")) {
            List<Set<String>> choices = new ArrayList<>();
            defs.get(def)
                    .path("oneOf")
                    .forEach(
                            choice -> {
                                Set<String> keys = new TreeSet<>();
                                choice.path("required").forEach(k -> keys.add(k.asText()));
                                choices.add(keys);
                            });
            List<Set<String>> expected = new ArrayList<>();
            for (Metric metric : Metric.values()) {
                expected.add(
                        new TreeSet<>(
                                def.equals("epoch")
                                        ? Set.of(metric.kerasName(), "val_" + metric.kerasName())
                                        : Set.of(metric.kerasName())));
            }
            assertEquals(expected, choices, def);
        }
    }

    /** The JSON keys a component is written under: its name in snake case, or one per metric for a metric's value. */
    private static List<String> keysOf(RecordComponent component) {
        if (component.getType() == Metric.class) {
            return List.of();
        }
        if (component.getName().equals("metricValue")) {
            return Arrays.stream(Metric.values()).map(Metric::kerasName).toList();
        }
        if (component.getName().equals("valMetricValue")) {
            return Arrays.stream(Metric.values()).map(m -> "val_" + m.kerasName()).toList();
        }
        return List.of(component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
    }

    private static void assertCompatible(Type type, JsonNode property, String where) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            assertCompatible(argument(type), property, where);
        } else if (DEFINITIONS.containsKey(raw)) {
            assertEquals(DEFINITIONS.get(raw), definitionOf(property), where);
        } else if (raw == RunState.class) {
            Set<String> states = new HashSet<>();
            property.path("enum").forEach(s -> states.add(s.asText()));
            Set<String> known = new HashSet<>();
            Arrays.stream(RunState.values())
                    .forEach(s -> known.add(s.name().toLowerCase(Locale.ROOT)));
            assertTrue(
                    !states.isEmpty() && known.containsAll(states), where + ": states " + states);
        } else if (raw == List.class) {
            assertEquals(Set.of("array"), types(property), where);
            Type item = argument(type);
            JsonNode items = property.get("items");
            if (raw(item) == List.class && definitionOf(items).equals(POINT)) {
                assertEquals(Double.class, argument(item), where + " holds rows of numbers");
            } else if (items.has("prefixItems")) {
                // a fixed-length row ([actual, predicted]): each place is an element of the list
                assertEquals(Set.of("array"), types(items), where);
                assertEquals(Double.class, argument(item), where);
                items.get("prefixItems")
                        .forEach(
                                place ->
                                        assertEquals(
                                                Set.of("number"), types(place), where + "[][]"));
            } else if (item == Double.class) {
                // in a list, a number that may be null where it is not finite (a K-fold average),
                // or always one
                assertTrue(
                        types(items).contains("number")
                                && Set.of("number", "null").containsAll(types(items)),
                        where);
            } else {
                assertCompatible(item, items, where + "[]");
            }
        } else if (raw == String.class) {
            assertTrue(
                    types(property).equals(Set.of("string")) || property.path("enum").isArray(),
                    where);
        } else {
            assertEquals(jsonTypes(raw), types(property), where);
        }
    }

    private static Set<String> jsonTypes(Class<?> raw) {
        if (raw == int.class
                || raw == long.class
                || raw == OptionalInt.class
                || raw == OptionalLong.class) {
            return Set.of("integer");
        }
        if (raw == Integer.class || raw == Long.class) {
            return Set.of("integer");
        }
        if (raw == double.class) {
            return Set.of("number");
        }
        if (raw == Double.class) {
            // a nullable number: null stands for one that is not finite, or not known
            return Set.of("number", "null");
        }
        throw new AssertionError("no JSON type for " + raw);
    }

    private static Set<String> types(JsonNode property) {
        JsonNode type = property.get("type");
        Set<String> types = new HashSet<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    private static String definitionOf(JsonNode ref) {
        return ref.path("$ref").asText().replace("#/$defs/", "");
    }

    private static boolean isOptional(Class<?> type) {
        return type == Optional.class || type == OptionalInt.class || type == OptionalLong.class;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type) {
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    /** The records reachable from the sealed event interface: the events and the records their components hold. */
    private static void collectRecords(Class<?> type, Set<Class<?>> records) {
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collectRecords(sub, records);
            }
        } else if (type.isRecord() && records.add(type)) {
            for (RecordComponent component : type.getRecordComponents()) {
                collectNested(component.getGenericType(), records);
            }
        }
    }

    private static void collectNested(Type type, Set<Class<?>> records) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collectNested(argument, records);
            }
        } else if (type instanceof Class<?> c && c.isRecord()) {
            collectRecords(c, records);
        }
    }
}
