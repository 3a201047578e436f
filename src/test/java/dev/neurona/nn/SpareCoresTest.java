package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Lending cores: every part runs once, on other threads when helpers are free, and a failing part is reported. */
class SpareCoresTest {

    @Test
    void everyPartRunsOnceAndHelpersAreReused() {
        SpareCores cores = new SpareCores(3);
        for (int round = 0; round < 200; round++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(5);
            Set<String> threads = ConcurrentHashMap.newKeySet();
            cores.split(5, part -> {
                runs.incrementAndGet(part);
                threads.add(Thread.currentThread().getName());
            });
            for (int part = 0; part < 5; part++) {
                assertEquals(1, runs.get(part), "part " + part + " of round " + round);
            }
            assertTrue(threads.size() <= 3, "the caller and at most two helpers: " + threads);
        }
    }

    @Test
    void aFailingPartIsReportedAndTheHelperServesAgain() {
        SpareCores cores = new SpareCores(2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cores.split(2, part -> {
            if (part == 1) {
                throw new ArithmeticException("boom");
            }
        }));
        assertTrue(e.getCause() instanceof ArithmeticException);
        AtomicIntegerArray runs = new AtomicIntegerArray(2);
        cores.split(2, runs::incrementAndGet);
        assertEquals(1, runs.get(0));
        assertEquals(1, runs.get(1));
    }
}
