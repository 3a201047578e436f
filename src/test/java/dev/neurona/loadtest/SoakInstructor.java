package dev.neurona.loadtest;

import java.io.IOException;
import java.util.Map;
import java.util.Random;

/**
 * The instructor during a soak: limits the class's training rows (as on a modest classroom server),
 * keeps the class dashboard open with its live feed, reloads it now and then, sends the class a
 * message about every minute and exports the progress as CSV.
 */
final class SoakInstructor implements Runnable {

    private final ClassSetup setup;
    private final SoakTally tally;
    private final Random random = new Random(0);

    /** MNIST runs train on their first 6,000 images: ten times faster, so that the seats keep moving on 2 cores. */
    static final String TRAIN_ROWS = "6000";

    SoakInstructor(ClassSetup setup, SoakTally tally) {
        this.setup = setup;
        this.tally = tally;
    }

    /** Before the class starts: the class's runs train on their first {@link #TRAIN_ROWS} rows. */
    void limitTrainingRows() throws IOException, InterruptedException {
        if (!tally.expect(
                setup.instructor()
                        .post(
                                setup.dashboard() + "/limits",
                                Map.of(
                                        "maxEpochs",
                                        "",
                                        "maxParameters",
                                        "",
                                        "maxWallSeconds",
                                        "",
                                        "maxTrainRows",
                                        TRAIN_ROWS)),
                200,
                "the instructor limits the training rows")) {
            throw new IllegalStateException("the class's limits were refused");
        }
    }

    @Override
    public void run() {
        Browserless me = setup.instructor();
        LiveTab dashboard = new LiveTab(me, setup.dashboard() + "/live", tally, "the instructor");
        try {
            for (int round = 1; !tally.isOver(); round++) {
                Thread.sleep(15_000 + random.nextInt(10_000)); // the instructor's pace, modelled
                if (tally.expect(
                        me.get(setup.dashboard()), 200, "the instructor reloads the dashboard")) {
                    tally.count("dashboard views");
                }
                if (round % 3 == 0) {
                    if (tally.expect(
                            me.post(
                                    setup.dashboard() + "/broadcast",
                                    Map.of("text", "Mensaje " + round, "lesson", "1.5")),
                            200,
                            "the instructor sends a message")) {
                        tally.count("messages to the class");
                    }
                    tally.expect(
                            me.get(setup.dashboard() + "/export.csv"),
                            200,
                            "the instructor exports the progress");
                }
            }
        } catch (IOException e) {
            tally.error("the instructor's request failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            dashboard.close();
        }
    }
}
