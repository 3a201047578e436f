package dev.neurona.loadtest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a driver reads from the server's run HTML: the run a panel streams, and the state a status event shows. */
final class RunPanel {

    private static final Pattern RUN_ID = Pattern.compile("/runs/([0-9a-f-]{36})/events");
    private static final Pattern STATE = Pattern.compile("state-([a-z]+)");

    private RunPanel() {}

    /** The id of the run whose events a run panel (a new run's or a re-run's answer) streams. */
    static Optional<String> runId(String panelHtml) {
        Matcher m = RUN_ID.matcher(panelHtml);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The state a {@code status} event's HTML shows (queued, running, finished, cancelled, failed…). */
    static String state(String statusHtml) {
        Matcher m = STATE.matcher(statusHtml);
        return m.find() ? m.group(1) : "unknown";
    }
}
