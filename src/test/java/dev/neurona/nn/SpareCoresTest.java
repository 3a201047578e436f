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

    @Test
    void eachWorkingRunGetsItsShareAndNestedCallsCountOnce() throws Exception {
        SpareCores cores = new SpareCores(2);
        assertEquals(2, cores.parts(), "nobody working: a lone run may take both cores");
        Runnable run = cores.working();
        Runnable fit = cores.working(); // the trainer inside the same run's worker
        assertEquals(2, cores.parts());
        fit.run();
        assertEquals(2, cores.parts(), "still evaluating: the run keeps its count");

        java.util.concurrent.CountDownLatch second = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread other = new Thread(() -> {
            Runnable done = cores.working();
            second.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.run();
        });
        other.start();
        second.await();
        assertEquals(1, cores.parts(), "two runs at work: one core each");
        release.countDown();
        other.join();
        assertEquals(2, cores.parts());
        run.run();
        cores.lend(false);
        assertEquals(1, cores.parts(), "lending off");
    }
}
