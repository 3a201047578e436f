package dev.neurona.loadtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads a Server-Sent-Events stream line by line and hands over each complete event. */
final class SseReader {

    /** One event as received: its id (or -1), name and data. */
    record Event(long id, String name, String data) {
    }

    private SseReader() {
    }

    static void read(InputStream body, Consumer<Event> onEvent) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            long id = -1;
            String name = "message";
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0 || !"message".equals(name)) {
                        onEvent.accept(new Event(id, name, data.toString()));
                    }
                    id = -1;
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
                }
            }
        }
    }
}
