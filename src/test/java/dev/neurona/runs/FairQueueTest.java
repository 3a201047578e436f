package dev.neurona.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fair queue alone: round robin between learners, removal, positions. Items are "learner:n" strings. */
class FairQueueTest {

    private final FairQueue<String> queue = new FairQueue<>(item -> item.substring(0, item.indexOf(':')));

    private void offer(String... items) {
        for (String item : items) {
            queue.offer(item);
        }
    }

    private List<String> drain() {
        List<String> taken = new ArrayList<>();
        for (String next = queue.next(); next != null; next = queue.next()) {
            taken.add(next);
        }
        return taken;
    }

    @Test
    void aLearnerWithFiveRunsGetsOneTurnPerRound() {
        offer("ana:1", "ana:2", "ana:3", "ana:4", "ana:5", "ben:1", "cai:1", "cai:2");
        List<String> expected = List.of("ana:1", "ben:1", "cai:1", "ana:2", "cai:2", "ana:3", "ana:4", "ana:5");
        assertEquals(expected, queue.order(), "the projected order");
        assertEquals(expected, drain(), "what workers get");
        assertTrue(queue.isEmpty());
    }

    @Test
    void aLearnerServedRecentlyWaitsBehindOnesWhoWereNot() {
        offer("ana:1");
        assertEquals("ana:1", queue.next());
        offer("ana:2", "ben:1");
        assertEquals("ben:1", queue.next(), "ana just had a turn; ben, who queued after her, goes first");
        offer("cai:1");
        assertEquals(List.of("cai:1", "ana:2"), drain(), "never served before the least recently served");
    }

    @Test
    void learnersNeverServedGoInTheOrderTheyArrived() {
        offer("cai:1", "ana:1", "ben:1");
        assertEquals(List.of("cai:1", "ana:1", "ben:1"), drain());
    }

    @Test
    void positionsFollowTheRoundsAndMoveUpAsRunsLeave() {
        offer("ana:1", "ana:2", "ana:3", "ben:1", "cai:1");
        assertEquals(1, queue.positionOf("ana:1"));
        assertEquals(2, queue.positionOf("ben:1"));
        assertEquals(3, queue.positionOf("cai:1"));
        assertEquals(4, queue.positionOf("ana:2"));
        assertEquals(5, queue.positionOf("ana:3"));
        assertEquals(0, queue.positionOf("dan:1"), "not waiting");

        assertTrue(queue.remove("ben:1"));
        assertEquals(2, queue.positionOf("cai:1"));
        assertEquals(4, queue.size());
        assertEquals(List.of("ana:1", "cai:1", "ana:2", "ana:3"), queue.order());
    }

    @Test
    void removingTakesOnlyThatItemAndForgetsEmptyLines() {
        offer("ana:1", "ana:2", "ben:1");
        assertTrue(queue.remove("ana:1"));
        assertFalse(queue.remove("ana:1"), "already gone");
        assertFalse(queue.remove("dan:1"), "never queued");
        assertEquals(1, queue.waitingFor("ana"));
        assertTrue(queue.remove("ana:2"));
        assertEquals(0, queue.waitingFor("ana"));
        assertEquals(List.of("ben:1"), drain());
        assertNull(queue.next());
    }

    @Test
    void aLearnerWhoCannotStartYetIsSkippedWithoutLosingTheirPlace() {
        offer("ana:1", "ben:1", "ben:2");
        assertEquals("ben:1", queue.next(item -> !item.startsWith("ana")), "ana is at her running limit");
        assertEquals("ana:1", queue.next(), "still first among those who can start");
        assertEquals("ben:2", queue.next());
        assertNull(queue.next(item -> false));
    }

    @Test
    void orderingDoesNotTakeAnything() {
        offer("ana:1", "ben:1");
        queue.order();
        queue.positionOf("ben:1");
        assertEquals(2, queue.size());
        assertEquals(List.of("ana:1", "ben:1"), drain());
    }
}
