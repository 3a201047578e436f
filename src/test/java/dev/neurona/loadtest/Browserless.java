package dev.neurona.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** One person's HTTP session without a browser: its own cookies, and the CSRF header htmx would send. */
final class Browserless {

    private final java.util.function.UnaryOperator<String> url;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    Browserless(ServerProcess server) {
        this(server::url);
    }

    /** A session with the server at {@code base}, e.g. a load balancer's {@code http://127.0.0.1:8090}. */
    Browserless(String base) {
        this(path -> base + path);
    }

    private Browserless(java.util.function.UnaryOperator<String> url) {
        this.url = url;
        this.client =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(url.apply(path)))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body =
                form.entrySet().stream()
                        .map(
                                e ->
                                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url.apply(path)))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("HX-Request", "true")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        cookie("neurona_csrf").ifPresent(token -> request.header("X-CSRF-Token", token));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A binary download, such as a saved model. */
    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(url.apply(path)))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A JSON body, as the page's own scripts send (the digit drawn on a canvas). */
    HttpResponse<String> postJson(String path, String json)
            throws IOException, InterruptedException {
        return send(
                withCsrf(
                        HttpRequest.newBuilder(URI.create(url.apply(path)))
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    /** One file in a multipart form, as a file input sends it. */
    HttpResponse<String> postFile(String path, String field, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "neurona-" + UUID.randomUUID();
        String head =
                "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + field
                        + "\"; filename=\""
                        + fileName
                        + "\"\r\nContent-Type: application/zip\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpRequest.BodyPublisher body =
                HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofByteArray(content),
                        HttpRequest.BodyPublishers.ofString(tail));
        return send(
                withCsrf(
                        HttpRequest.newBuilder(URI.create(url.apply(path)))
                                .timeout(Duration.ofSeconds(120))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .header("HX-Request", "true")
                                .POST(body)));
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
        cookie("neurona_csrf").ifPresent(token -> request.header("X-CSRF-Token", token));
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens an event stream from its start; the caller reads it until it ends. */
    HttpResponse<InputStream> stream(String path) throws IOException, InterruptedException {
        return stream(path, 0);
    }

    /** Opens an event stream as a reconnecting browser does: after the last event id it saw (0: from the start). */
    HttpResponse<InputStream> stream(String path, long lastEventId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url.apply(path)))
                        .header("Accept", "text/event-stream");
        if (lastEventId > 0) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }
}
