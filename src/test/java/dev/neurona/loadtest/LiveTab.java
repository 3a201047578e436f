package dev.neurona.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;

/**
 * An open page's live channel (the class banner's /me/live, or the dashboard's): read on a thread of
 * its own until the page is left. A channel the server ends while the page is open is a lost stream.
 */
final class LiveTab {

    private final Thread reader;
    private volatile InputStream body;
    private volatile boolean leaving;

    LiveTab(Browserless who, String path, SoakTally tally, String owner) {
        reader =
                new Thread(
                        () -> {
                            try {
                                HttpResponse<InputStream> response = who.stream(path);
                                body = response.body();
                                if (leaving) {
                                    body.close();
                                    return;
                                }
                                tally.count("live streams opened");
                                if (response.statusCode() != 200) {
                                    tally.error(
                                            owner
                                                    + ": "
                                                    + path
                                                    + " answered HTTP "
                                                    + response.statusCode());
                                    return;
                                }
                                SseReader.read(body, event -> tally.count("live events received"));
                                if (!leaving) {
                                    tally.error(
                                            owner
                                                    + ": the server ended "
                                                    + path
                                                    + " while the page was open (lost stream)");
                                }
                            } catch (IOException | InterruptedException e) {
                                if (!leaving) {
                                    tally.error(owner + ": " + path + " failed: " + e);
                                }
                            }
                        },
                        "tab-" + owner);
        reader.setDaemon(true);
        reader.start();
    }

    /** Leaves the page: the browser drops the connection. */
    void close() {
        leaving = true;
        InputStream open = body;
        try {
            if (open != null) {
                open.close();
            }
        } catch (IOException ignored) {
            // already closed
        }
        reader.interrupt();
    }
}
