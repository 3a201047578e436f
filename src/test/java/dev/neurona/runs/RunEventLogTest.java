package dev.neurona.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.nn.Metric;
import dev.neurona.runs.events.BatchEvent;
import dev.neurona.runs.events.DoneEvent;
import dev.neurona.runs.events.EpochEvent;
import dev.neurona.runs.events.RegressionResult;
import dev.neurona.runs.events.StatusEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The replayable, bounded event log every run streams from. */
class RunEventLogTest {

    private static final RegressionResult RESULT = new RegressionResult(10, 0.5, 0.4, 0.9, List.of(), List.of());

    private static StatusEvent status(RunState state) {
        return StatusEvent.of(state, OptionalInt.empty(), Optional.empty());
    }

    private static BatchEvent batch(int step) {
        return new BatchEvent(0, 1, step, 100, 0.5, Metric.ACCURACY, 0.8);
    }

    private static EpochEvent epoch(int epoch) {
        return new EpochEvent(0, epoch, 3, 100, 1.5, 0.5, Metric.ACCURACY, 0.8, null, null);
    }

    private static List<Long> ids(List<RunEvent> events) {
        return events.stream().map(RunEvent::id).toList();
    }

    private static List<String> types(List<RunEvent> events) {
        return events.stream().map(RunEvent::type).toList();
    }

    @Test
    void idsIncreaseFromOne() {
        RunEventLog log = new RunEventLog(100);
        RunEvent first = log.append(status(RunState.QUEUED));
        RunEvent second = log.append(batch(1));
        RunEvent third = log.append(epoch(1));
        assertEquals(List.of(1L, 2L, 3L), List.of(first.id(), second.id(), third.id()));
        assertEquals(status(RunState.QUEUED), first.data());
        assertEquals(List.of(first, second, third), log.snapshot());
        assertFalse(log.isClosed());
    }

    @Test
    void aSubscriberGetsWhatItMissedThenLiveEvents() {
        RunEventLog log = new RunEventLog(100);
        for (int i = 0; i < 5; i++) {
            log.append(batch(i));
        }
        List<RunEvent> received = new ArrayList<>();
        log.subscribe(3, received::add);
        assertEquals(List.of(4L, 5L), ids(received));

        log.append(epoch(1));
        log.append(new DoneEvent(RunState.FINISHED));
        assertEquals(List.of(4L, 5L, 6L, 7L), ids(received));
        assertEquals(List.of(RunEvent.BATCH, RunEvent.BATCH, RunEvent.EPOCH, RunEvent.DONE), types(received));
    }

    @Test
    void aNewSubscriberGetsEverythingAndOneThatSawItAllGetsOnlyLiveEvents() {
        RunEventLog log = new RunEventLog(100);
        log.append(status(RunState.RUNNING));
        log.append(batch(1));
        List<RunEvent> fromStart = new ArrayList<>();
        List<RunEvent> upToDate = new ArrayList<>();
        log.subscribe(0, fromStart::add);
        log.subscribe(2, upToDate::add);
        assertEquals(List.of(1L, 2L), ids(fromStart));
        assertEquals(List.of(), upToDate);
        log.append(batch(1));
        assertEquals(List.of(1L, 2L, 3L), ids(fromStart));
        assertEquals(List.of(3L), ids(upToDate));
    }

    @Test
    void aLateSubscriberAfterDoneGetsTheFullReplayAndNothingMore() {
        RunEventLog log = new RunEventLog(100);
        log.append(status(RunState.RUNNING));
        log.append(epoch(1));
        log.append(RESULT);
        log.append(new DoneEvent(RunState.FINISHED));
        assertTrue(log.isClosed());

        List<RunEvent> received = new ArrayList<>();
        RunEventLog.Subscription subscription = log.subscribe(0, received::add);
        assertEquals(List.of(RunEvent.STATUS, RunEvent.EPOCH, RunEvent.RESULT, RunEvent.DONE), types(received));
        assertEquals(0, log.subscriberCount());
        subscription.cancel();
        assertThrows(IllegalStateException.class, () -> log.append(batch(1)));
        assertEquals(4, received.size());
        assertEquals(4, log.snapshot().size());
    }

    @Test
    void doneReleasesLiveSubscribers() {
        RunEventLog log = new RunEventLog(100);
        List<RunEvent> received = new ArrayList<>();
        log.subscribe(0, received::add);
        assertEquals(1, log.subscriberCount());
        log.append(new DoneEvent(RunState.FINISHED));
        assertEquals(List.of(RunEvent.DONE), types(received));
        assertEquals(0, log.subscriberCount());
    }

    @Test
    void cancellingASubscriptionStopsDelivery() {
        RunEventLog log = new RunEventLog(100);
        List<RunEvent> received = new ArrayList<>();
        RunEventLog.Subscription subscription = log.subscribe(0, received::add);
        log.append(batch(1));
        subscription.cancel();
        log.append(batch(1));
        assertEquals(List.of(1L), ids(received));
        assertEquals(0, log.subscriberCount());
        assertEquals(2, log.snapshot().size());
    }

    @Test
    void overCapacityTheOldestBatchEventsGoFirst() {
        RunEventLog log = new RunEventLog(5);
        log.append(status(RunState.RUNNING));
        for (int i = 1; i <= 10; i++) {
            log.append(batch(i));
        }
        log.append(epoch(1));
        for (int i = 11; i <= 20; i++) {
            log.append(batch(i));
        }

        List<RunEvent> kept = log.snapshot();
        assertEquals(5, kept.size());
        assertEquals(List.of(RunEvent.STATUS, RunEvent.EPOCH, RunEvent.BATCH, RunEvent.BATCH, RunEvent.BATCH), types(kept));
        // the newest batches survive; ids are never renumbered
        assertEquals(List.of(batch(18), batch(19), batch(20)), kept.subList(2, 5).stream().map(RunEvent::data).toList());
        assertEquals(List.of(1L, 12L, 20L, 21L, 22L), ids(kept));

        List<RunEvent> replay = new ArrayList<>();
        log.subscribe(0, replay::add);
        assertEquals(kept, replay);
    }

    @Test
    void overCapacityEpochAndStatusEventsOutliveBatches() {
        RunEventLog log = new RunEventLog(5);
        for (int epoch = 1; epoch <= 3; epoch++) {
            for (int step = 0; step < 50; step++) {
                log.append(batch(1));
            }
            log.append(epoch(epoch));
        }
        log.append(status(RunState.FINISHED));
        List<RunEvent> kept = log.snapshot();
        assertEquals(5, kept.size());
        assertEquals(List.of(RunEvent.EPOCH, RunEvent.EPOCH, RunEvent.BATCH, RunEvent.EPOCH, RunEvent.STATUS), types(kept));
        assertEquals(List.of(epoch(1), epoch(2)), kept.subList(0, 2).stream().map(RunEvent::data).toList());
        List<Long> ids = ids(kept);
        assertTrue(LongStream.range(1, ids.size()).allMatch(i -> ids.get((int) i - 1) < ids.get((int) i)), ids.toString());
    }

    @Test
    void aThrowingSubscriberStopsNeitherAppendsNorOtherSubscribers() {
        RunEventLog log = new RunEventLog(100);
        List<RunEvent> before = new ArrayList<>();
        List<RunEvent> after = new ArrayList<>();
        int[] brokenCalls = {0};
        log.subscribe(0, before::add);
        log.subscribe(0, event -> {
            brokenCalls[0]++;
            throw new IllegalStateException("connection closed");
        });
        log.subscribe(0, after::add);

        RunEvent first = log.append(batch(1));
        RunEvent second = log.append(epoch(1));
        assertEquals(List.of(first, second), before);
        assertEquals(List.of(first, second), after);
        assertEquals(List.of(first, second), log.snapshot());
        // the broken subscriber is dropped after its first failure
        assertEquals(1, brokenCalls[0]);
        assertEquals(2, log.subscriberCount());
    }

    @Test
    void subscribingWhileEventsArriveMissesNothingAndDuplicatesNothing() throws Exception {
        int total = 20_000;
        RunEventLog log = new RunEventLog(total + 10);
        CountDownLatch started = new CountDownLatch(1);
        Thread producer = new Thread(() -> {
            for (int i = 1; i <= total; i++) {
                log.append(batch(1));
                if (i == 100) {
                    started.countDown();
                }
            }
            log.append(new DoneEvent(RunState.FINISHED));
        });
        producer.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        List<RunEvent> received = new CopyOnWriteArrayList<>();
        log.subscribe(0, received::add);
        producer.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(producer.isAlive());

        assertEquals(total + 1, received.size());
        for (int i = 0; i < received.size(); i++) {
            assertEquals(i + 1, received.get(i).id());
        }
        assertEquals(RunEvent.DONE, received.get(received.size() - 1).type());
    }
}
