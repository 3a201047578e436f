package dev.neurona.runs.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.nn.Metric;
import dev.neurona.runs.RunState;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Events read back from their JSON as they were written, and the JSON is the one runs sent and stored
 * before the events had types: the literals below are what that code wrote, key for key, so histories
 * and results in existing databases still read.
 */
class RunEventJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyEventReadsBackAsItWasWritten() {
        for (RunEventData event : EventSamples.all()) {
            String json = RunEventJson.write(event);
            RunEventData read = RunEventJson.read(event.type().sseName(), json);
            assertEquals(event, read, json);
            assertEquals(json, RunEventJson.write(read));
        }
    }

    @Test
    void aNumberThatIsNotFiniteIsNull() {
        EpochEvent diverged = new EpochEvent(0, 1, 5, 16, 0.2, Double.POSITIVE_INFINITY, Metric.ACCURACY, Double.NaN, null, null);
        assertEquals(null, diverged.loss());
        assertJson("{\"fold\":0,\"epoch\":1,\"epochs\":5,\"steps\":16,\"seconds\":0.2,\"loss\":null,\"accuracy\":null,"
                + "\"val_loss\":null,\"val_accuracy\":null}", diverged);
    }

    @Test
    void epochsKeepTheirKerasKeysForEitherMetric() throws Exception {
        assertSame("{\"fold\":0,\"epoch\":1,\"epochs\":3,\"steps\":469,\"seconds\":2.5,\"loss\":0.31,\"accuracy\":0.91,"
                + "\"val_loss\":0.2,\"val_accuracy\":0.94}",
                new EpochEvent(0, 1, 3, 469, 2.5, 0.31, Metric.ACCURACY, 0.91, 0.2, 0.94));
        assertSame("{\"fold\":0,\"epoch\":2,\"epochs\":3,\"steps\":469,\"seconds\":2.25,\"loss\":null,\"accuracy\":0.5,"
                + "\"val_loss\":null,\"val_accuracy\":null}",
                new EpochEvent(0, 2, 3, 469, 2.25, null, Metric.ACCURACY, 0.5, null, null));
        assertSame("{\"fold\":2,\"epoch\":1,\"epochs\":80,\"steps\":7,\"seconds\":0.125,\"loss\":12.5,\"mae\":2.5,"
                + "\"val_loss\":14.0,\"val_mae\":null}",
                new EpochEvent(2, 1, 80, 7, 0.125, 12.5, Metric.MAE, 2.5, 14.0, null));
        assertSame("{\"fold\":0,\"epoch\":80,\"epochs\":80,\"steps\":7,\"seconds\":0.125,\"loss\":12.5,\"mae\":2.5,"
                + "\"val_loss\":null,\"val_mae\":null}",
                new EpochEvent(0, 80, 80, 7, 0.125, 12.5, Metric.MAE, 2.5, null, null));
    }

    @Test
    void theOtherEventsKeepTheirKeys() throws Exception {
        assertSame("{\"fold\":0,\"epoch\":2,\"step\":1,\"steps\":4,\"x\":1.25,\"loss\":0.5,\"accuracy\":0.75}",
                new BatchEvent(0, 2, 1, 4, 0.5, Metric.ACCURACY, 0.75));
        assertSame("{\"fold\":1,\"epoch\":1,\"step\":3,\"steps\":4,\"x\":0.75,\"loss\":null,\"mae\":3.5}",
                new BatchEvent(1, 1, 3, 4, Double.NaN, Metric.MAE, 3.5));
        assertSame("{\"state\":\"queued\",\"position\":2,\"eta_seconds\":40}", StatusEvent.queued(2, 40));
        assertSame("{\"state\":\"failed\",\"position\":0,\"train_rows\":1000,\"reason\":\"time_limit\"}",
                StatusEvent.of(RunState.FAILED, OptionalInt.of(1000), Optional.of("time_limit")));
        assertSame("{\"state\":\"running\",\"position\":0}", StatusEvent.of(RunState.RUNNING, OptionalInt.empty(), Optional.empty()));
        assertSame("{\"detail\":\"PT30M\",\"code\":\"time_limit\"}", new RunErrorEvent("time_limit", "PT30M"));
        assertSame("{\"detail\":\"\",\"code\":\"interrupted\"}", new RunErrorEvent("interrupted", null));
        assertSame("{\"state\":\"finished\"}", new DoneEvent(RunState.FINISHED));
        assertSame("{\"epoch\":3,\"resolution\":2,\"range\":1.5,\"probabilities\":[0.1,0.25,0.5,1.0],\"test_loss\":0.69}",
                new GridEvent(3, 2, 1.5, List.of(0.1, 0.25, 0.5, 1.0), 0.69));
        assertSame("{\"train\":[[0.5,-0.25,1.0],[-1.2,0.3,0.0]],\"test\":[[0.1,0.1,1.0]]}", new PointsEvent(EventSamples.MAP.train(),
                EventSamples.MAP.test()));
    }

    @Test
    void storedResultsReadBack() throws Exception {
        assertSame("{\"task\":\"classification\",\"dataset\":\"mnist\",\"examples\":4,\"test_loss\":0.12,\"test_accuracy\":0.75,"
                + "\"classes\":[\"0\",\"1\"],\"confusion\":[[2,0],[1,1]],"
                + "\"misclassified\":[{\"predicted\":0,\"label\":1,\"confidence\":0.625,\"index\":3}]}",
                new ClassificationResult("mnist", 4, 0.12, 0.75, List.of("0", "1"), List.of(List.of(2, 0), List.of(1, 1)),
                        List.of(new ClassificationResult.Misclassified(3, 1, 0, 0.625)), Optional.empty()));
        assertSame("{\"task\":\"regression\",\"examples\":2,\"test_loss\":21.5,\"test_mae\":3.125,\"baseline_mae\":6.5,"
                + "\"pairs\":[[21.0,20.5],[15.25,17.0]],\"kfold_average\":[4.5,null,3.0]}",
                new RegressionResult(2, 21.5, 3.125, 6.5, List.of(List.of(21.0, 20.5), List.of(15.25, 17.0)), Arrays.asList(4.5, null, 3.0)));
        assertSame("{\"task\":\"classification\",\"dataset\":\"playground\",\"examples\":1,\"test_loss\":0.3,\"test_accuracy\":1.0,"
                + "\"classes\":[\"0\",\"1\"],\"confusion\":[[1,0],[0,0]],\"misclassified\":[],"
                + "\"decision_map\":{\"resolution\":2,\"range\":1.5,\"probabilities\":[0.1,0.25,0.5,0.999],"
                + "\"train\":[[0.5,-0.25,1.0],[-1.2,0.3,0.0]],\"test\":[[0.1,0.1,1.0]]}}",
                new ClassificationResult("playground", 1, 0.3, 1.0, List.of("0", "1"), List.of(List.of(1, 0), List.of(0, 0)), List.of(),
                        Optional.of(EventSamples.MAP)));
    }

    @Test
    void storedHistoriesReadBackWithEitherMetric() {
        String accuracy = "[{\"fold\":0,\"epoch\":1,\"epochs\":2,\"steps\":469,\"seconds\":2.5,\"loss\":0.31,\"accuracy\":0.91,"
                + "\"val_loss\":0.2,\"val_accuracy\":0.94},{\"fold\":0,\"epoch\":2,\"epochs\":2,\"steps\":469,\"seconds\":2.25,"
                + "\"loss\":null,\"accuracy\":0.5,\"val_loss\":null,\"val_accuracy\":null}]";
        List<EpochEvent> epochs = List.of(new EpochEvent(0, 1, 2, 469, 2.5, 0.31, Metric.ACCURACY, 0.91, 0.2, 0.94),
                new EpochEvent(0, 2, 2, 469, 2.25, null, Metric.ACCURACY, 0.5, null, null));
        assertEquals(epochs, RunEventJson.readHistory(accuracy));
        assertEquals(accuracy, RunEventJson.writeHistory(epochs));

        String mae = "[{\"fold\":2,\"epoch\":1,\"epochs\":80,\"steps\":7,\"seconds\":0.125,\"loss\":12.5,\"mae\":2.5,"
                + "\"val_loss\":14.0,\"val_mae\":null}]";
        assertEquals(List.of(new EpochEvent(2, 1, 80, 7, 0.125, 12.5, Metric.MAE, 2.5, 14.0, null)), RunEventJson.readHistory(mae));
        assertEquals(mae, RunEventJson.writeHistory(RunEventJson.readHistory(mae)));
        assertEquals(List.of(), RunEventJson.readHistory("[]"));
        assertEquals(List.of(), RunEventJson.readHistory("not json"), "an unreadable history reads as none");
    }

    @Test
    void theFirstRunsStoredNoFoldTaskClassesOrDataset() {
        // the first version stored epochs without a fold and classifier results without task, classes or dataset
        String history = "[{\"epoch\":1,\"epochs\":3,\"steps\":469,\"seconds\":2.5,\"loss\":0.31,\"accuracy\":0.91,"
                + "\"val_loss\":0.2,\"val_accuracy\":0.94}]";
        assertEquals(List.of(new EpochEvent(0, 1, 3, 469, 2.5, 0.31, Metric.ACCURACY, 0.91, 0.2, 0.94)),
                RunEventJson.readHistory(history));
        String result = "{\"examples\":4,\"test_loss\":0.12,\"test_accuracy\":0.75,\"confusion\":[[2,0],[1,1]],"
                + "\"misclassified\":[{\"index\":3,\"label\":1,\"predicted\":0,\"confidence\":0.625}]}";
        assertEquals(Optional.of(new ClassificationResult("mnist", 4, 0.12, 0.75, List.of(), List.of(List.of(2, 0), List.of(1, 1)),
                List.of(new ClassificationResult.Misclassified(3, 1, 0, 0.625)), Optional.empty())), RunEventJson.readResult(result));
    }

    @Test
    void theKerasNamesOfAnEpochAreItsJsonKeys() {
        EpochEvent epoch = new EpochEvent(3, 7, 80, 7, 0.1, 12.5, Metric.MAE, 2.5, 14.0, 2.75);
        assertEquals(List.of("loss", "mae", "val_loss", "val_mae"), List.copyOf(RunEventJson.kerasValues(epoch).keySet()));
        assertEquals(2.75, RunEventJson.kerasValues(epoch).get("val_mae"));
    }

    /** The event is written as this JSON (keys in any order), and this JSON reads as the event. */
    private static void assertSame(String json, RunEventData event) throws Exception {
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(RunEventJson.write(event)), json);
        assertEquals(event, RunEventJson.read(event.type().sseName(), json), json);
    }

    private static void assertJson(String json, RunEventData event) {
        assertEquals(json, RunEventJson.write(event));
    }
}
