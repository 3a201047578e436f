package dev.neurona.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One seat of the soak's class, taken in turn by learners who come and go. Each visit: join the class
 * (or sign back in with the PIN on another device), keep two tabs open, read lessons, answer quizzes,
 * train runs and follow their streams to the end, download a model and upload it for evaluation, draw
 * a digit for it, stop a run and train it again, then leave, closing every tab.
 */
final class SoakLearner implements Runnable {

    private static final Pattern PIN = Pattern.compile("data-pin[^>]*>\\s*([0-9]{4,8})\\s*<");
    private static final Pattern QUESTION = Pattern.compile("name=\"(q\\d{1,3})\"");
    private static final List<String> QUIZZES =
            List.of("quiz-modulo-1", "quiz-modulo-2", "quiz-modulo-3");
    private static final String MNIST = "mnist-1-5";

    /** Small MNIST runs: 784-32-10 for one epoch (a few seconds' training and the 10,000-image test). */
    private static final Map<String, String> SMALL_MNIST =
            Map.of(
                    "hidden_layers_present",
                    "1",
                    "hidden_units",
                    "32",
                    "hidden_activation",
                    "relu",
                    "epochs",
                    "1",
                    "batch_size",
                    "128");

    private final ServerProcess server;
    private final ClassSetup setup;
    private final SoakTally tally;
    private final int seat;
    private final Random random;
    private final List<LiveTab> tabs = new ArrayList<>();
    private int visits;
    private String name;
    private String pin;

    SoakLearner(ServerProcess server, ClassSetup setup, SoakTally tally, int seat) {
        this.server = server;
        this.setup = setup;
        this.tally = tally;
        this.seat = seat;
        this.random = new Random(seat);
    }

    @Override
    public void run() {
        while (!tally.isOver()) {
            try {
                visit();
            } catch (IOException e) {
                tally.error(who() + ": request failed: " + e);
            } catch (InterruptedException e) {
                return;
            } finally {
                leave();
            }
        }
    }

    private String who() {
        return name == null ? "seat " + seat : name;
    }

    /** One learner's stay: from joining (or signing back in) to closing the last tab. */
    private void visit() throws IOException, InterruptedException {
        Browserless me = new Browserless(server);
        visits++;
        // every third visit the seat's last learner comes back on another device with their PIN
        if (pin != null && visits % 3 == 0) {
            signBackIn(me);
        } else if (!join(me)) {
            return;
        }
        page(me, "/", 2);
        page(me, "/lessons/1.5", 2);
        Optional<String> mnist = train(me, MNIST, SMALL_MNIST, false);
        if (mnist.isPresent()) {
            useModel(me, mnist.get());
        }
        quiz(me, QUIZZES.get((seat + visits) % QUIZZES.size()));
        page(me, "/lessons/1.6", 1);
        train(me, "xor-1-6", Map.of("epochs", "30"), false);
        // stop a run as soon as it trains, then train the same configuration again
        Optional<String> stopped = train(me, MNIST, SMALL_MNIST, true);
        if (stopped.isPresent()) {
            rerun(me, stopped.get());
        }
        page(me, "/lessons/1.12", 2);
        train(me, "playground-1-12", Map.of(), false);
        page(me, "/me", 1);
        page(me, "/lessons/3.9", 1);
        train(me, "boston-3-9", Map.of("epochs", "10", "kfold", "2"), false);
        page(me, "/glossary", 1);
    }

    private boolean join(Browserless me) throws IOException, InterruptedException {
        name = String.format(Locale.ROOT, "Asiento %02d · visita %d", seat, visits);
        tally.expect(me.get("/join/" + setup.joinCode()), 200, name + " opens the join page");
        HttpResponse<String> joined =
                me.post("/join", Map.of("code", setup.joinCode(), "name", name));
        if (!tally.expect(joined, 200, name + " joins")) {
            return false;
        }
        Matcher m = PIN.matcher(joined.body());
        if (!m.find()) {
            tally.error(name + ": no PIN shown after joining");
            return false;
        }
        pin = m.group(1);
        tally.count("joins");
        return true;
    }

    private void signBackIn(Browserless me) throws IOException, InterruptedException {
        HttpResponse<String> signedIn =
                me.post("/signin", Map.of("code", setup.joinCode(), "name", name, "pin", pin));
        if (tally.expect(signedIn, 200, name + " signs back in")
                && signedIn.headers().firstValue("HX-Redirect").isPresent()) {
            tally.count("sign-ins with PIN");
        } else {
            tally.error(name + ": signing back in did not redirect");
        }
    }

    /**
     * A page view in the current tab, or a new tab while fewer than {@code tabs} are open: the page,
     * its banner, and the banner's live channel (the tab's previous channel is dropped as it navigates).
     */
    private void page(Browserless me, String path, int wantedTabs)
            throws IOException, InterruptedException {
        think();
        if (tally.expect(me.get(path), 200, who() + " opens " + path)) {
            tally.count("page views");
        }
        tally.expect(me.get("/me/banner"), 200, who() + " loads the class banner");
        if (tabs.size() >= wantedTabs) {
            tabs.remove(0).close();
        }
        tabs.add(new LiveTab(me, "/me/live", tally, who()));
    }

    private void quiz(Browserless me, String quiz) throws IOException, InterruptedException {
        think();
        HttpResponse<String> blank = me.get("/quizzes/" + quiz);
        if (!tally.expect(blank, 200, who() + " opens " + quiz)) {
            return;
        }
        Map<String, String> answers = new java.util.HashMap<>();
        Matcher q = QUESTION.matcher(blank.body());
        while (q.find()) {
            answers.putIfAbsent(q.group(1), Integer.toString(random.nextInt(3)));
        }
        if (answers.isEmpty()) {
            tally.error(who() + ": " + quiz + " shows no questions");
            return;
        }
        HttpResponse<String> scored = me.post("/quizzes/" + quiz, answers);
        if (tally.expect(scored, 200, who() + " answers " + quiz)) {
            tally.count("quiz answers");
        }
    }

    /**
     * Submits a run and follows its stream to {@code done}. With {@code stop}, asks it to stop at its
     * first batch. Returns the run's id when it ended as asked (finished, or cancelled when stopped).
     */
    private Optional<String> train(
            Browserless me, String exercise, Map<String, String> form, boolean stop)
            throws IOException, InterruptedException {
        think();
        HttpResponse<String> started = me.post("/exercises/" + exercise + "/runs", form);
        if (!tally.expect(started, 201, who() + " trains " + exercise)) {
            return Optional.empty();
        }
        Optional<String> runId = RunPanel.runId(started.body());
        if (runId.isEmpty()) {
            tally.error(who() + ": the answer to a new " + exercise + " run shows no run");
            return Optional.empty();
        }
        tally.count("runs started");
        return follow(me, runId.get(), exercise, stop) ? runId : Optional.empty();
    }

    private void rerun(Browserless me, String runId) throws IOException, InterruptedException {
        HttpResponse<String> again = me.post("/runs/" + runId + "/rerun", Map.of());
        if (!tally.expect(again, 201, who() + " re-runs a stopped run")) {
            return;
        }
        Optional<String> newId = RunPanel.runId(again.body());
        if (newId.isEmpty()) {
            tally.error(who() + ": the re-run answer shows no run");
            return;
        }
        tally.count("re-runs");
        if (follow(me, newId.get(), MNIST, false)) {
            useModel(me, newId.get());
        }
    }

    /** Reads a run's events from its start: ids without gaps, a {@code done} at the end, the expected outcome. */
    private boolean follow(Browserless me, String runId, String exercise, boolean stop)
            throws IOException, InterruptedException {
        HttpResponse<InputStream> stream = me.stream("/runs/" + runId + "/events");
        tally.count("run streams opened");
        long[] lastId = {0};
        String[] state = {"unknown"};
        boolean[] done = {false};
        boolean[] stopSent = {false};
        List<String> problems = new ArrayList<>();
        SseReader.read(
                stream.body(),
                event -> {
                    if (event.id() != lastId[0] + 1) {
                        problems.add("event " + event.id() + " after " + lastId[0]);
                    }
                    lastId[0] = event.id();
                    switch (event.name()) {
                        case "status" -> state[0] = RunPanel.state(event.data());
                        case "done" -> done[0] = true;
                        case "batch" -> {
                            if (stop && !stopSent[0]) {
                                stopSent[0] = true;
                                stopRun(me, runId);
                            }
                        }
                        default -> {}
                    }
                });
        if (!done[0]) {
            tally.error(
                    who()
                            + ": the stream of "
                            + exercise
                            + " run "
                            + runId
                            + " ended without done (lost stream)");
            return false;
        }
        if (!problems.isEmpty()) {
            tally.error(who() + ": " + exercise + " run " + runId + " skipped events: " + problems);
        }
        String expected = stop ? "cancelled" : "finished";
        if (!state[0].equals(expected)) {
            tally.error(
                    who()
                            + ": "
                            + exercise
                            + " run "
                            + runId
                            + " ended "
                            + state[0]
                            + ", expected "
                            + expected);
            return false;
        }
        tally.count(stop ? "runs stopped" : "runs finished");
        return true;
    }

    private void stopRun(Browserless me, String runId) {
        try {
            tally.expect(
                    me.post("/runs/" + runId + "/cancel", Map.of()), 202, who() + " stops a run");
        } catch (IOException e) {
            tally.error(who() + ": stopping run " + runId + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Downloads the finished run's model, uploads it to be scored on the test set, and has it read a drawn digit. */
    private void useModel(Browserless me, String runId) throws IOException, InterruptedException {
        think();
        HttpResponse<byte[]> model = me.getBytes("/runs/" + runId + "/model");
        if (!tally.expect(model, 200, who() + " downloads a model")) {
            return;
        }
        byte[] zip = model.body();
        if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
            tally.error(who() + ": the downloaded model is not a zip (" + zip.length + " bytes)");
            return;
        }
        tally.count("model downloads");
        HttpResponse<String> scored =
                me.postFile("/exercises/" + MNIST + "/evaluations", "model", "modelo.zip", zip);
        if (tally.expect(scored, 200, who() + " uploads a model")) {
            tally.count("model uploads scored");
        }
        HttpResponse<String> digit = me.postJson("/runs/" + runId + "/predictions", drawnDigit());
        if (tally.expect(digit, 200, who() + " draws a digit")
                && digit.body().contains("\"digit\"")) {
            tally.count("digits predicted");
        }
    }

    /** A crude vertical stroke on the 28×28 canvas, as a learner's "1". */
    private static String drawnDigit() {
        StringBuilder pixels = new StringBuilder("{\"pixels\":[");
        for (int i = 0; i < 784; i++) {
            int col = i % 28;
            int row = i / 28;
            pixels.append(i == 0 ? "" : ",")
                    .append(col >= 13 && col <= 15 && row >= 4 && row <= 23 ? "1" : "0");
        }
        return pixels.append("]}").toString();
    }

    /** The learner reads for a moment between actions. */
    private void think() throws InterruptedException {
        if (tally.isOver()) {
            throw new InterruptedException("the soak is over");
        }
        Thread.sleep(
                500 + random.nextInt(1500)); // reading time, modelled, not a wait for the server
    }

    private void leave() {
        tabs.forEach(LiveTab::close);
        tabs.clear();
    }
}
