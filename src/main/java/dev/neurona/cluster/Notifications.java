package dev.neurona.cluster;

import dev.neurona.store.DatabaseConfig;
import dev.neurona.store.Jdbc;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * PostgreSQL's LISTEN/NOTIFY for the nodes: one connection of its own listens to every channel a
 * handler asked for, on a thread of its own, and reconnects if the database goes away (handlers
 * then hear of the reconnection, since notifications sent meanwhile are lost). The same connection
 * holds the cluster's leader lock: the one node holding it does the chores one node should do.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);

    /** The advisory lock key of the leader (any number no other lock uses). */
    private static final long LEADER_LOCK = 0x4e6575726f6e61L;

    @Inject DatabaseConfig database;

    @Inject Jdbc jdbc;

    private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();

    /** Channels a handler was added for since the connection listened to the others. */
    private final java.util.Queue<String> newChannels =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    private final List<Runnable> reconnected = new CopyOnWriteArrayList<>();
    private volatile boolean leader;
    private volatile boolean running;
    private Thread thread;

    /** Hands every payload sent on {@code channel} to {@code handler}, on the listening thread. */
    public void on(String channel, Consumer<String> handler) {
        if (!channel.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
        handlers.computeIfAbsent(
                        channel,
                        c -> {
                            newChannels.add(c);
                            return new CopyOnWriteArrayList<>();
                        })
                .add(handler);
    }

    /** Runs {@code action} after the listening connection was lost and made again. */
    public void onReconnect(Runnable action) {
        reconnected.add(action);
    }

    /** Starts listening; handlers added later are listened to as well. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "pg-listen");
        thread.setDaemon(true);
        thread.start();
    }

    /** Sends {@code payload} on {@code channel} to every listening node, this one included. */
    public void send(String channel, String payload) {
        try {
            jdbc.query("SELECT pg_notify(?, ?)", r -> null, channel, payload);
        } catch (RuntimeException e) {
            LOG.warnf("could not notify %s: %s", channel, e.getMessage());
        }
    }

    /** Whether this node holds the leader lock. */
    public boolean leader() {
        return leader;
    }

    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection connection = connect()) {
                newChannels.clear();
                try (Statement s = connection.createStatement()) {
                    for (String channel : handlers.keySet()) {
                        s.execute("LISTEN " + channel);
                    }
                }
                if (!first) {
                    reconnected.forEach(Notifications::quietly);
                }
                first = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    for (String channel = newChannels.poll();
                            channel != null;
                            channel = newChannels.poll()) {
                        try (Statement s = connection.createStatement()) {
                            s.execute("LISTEN " + channel);
                        }
                    }
                    if (!leader) {
                        leader = tryLeaderLock(connection);
                    }
                    PGNotification[] received = pg.getNotifications(250);
                    if (received == null) {
                        continue;
                    }
                    for (PGNotification n : received) {
                        for (Consumer<String> handler :
                                handlers.getOrDefault(n.getName(), List.of())) {
                            quietly(() -> handler.accept(n.getParameter()));
                        }
                    }
                }
            } catch (SQLException e) {
                leader = false;
                if (running) {
                    LOG.warnf(
                            "lost the notification connection (%s); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
        leader = false;
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        database.password().ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "neurona-listen");
        return DriverManager.getConnection(database.url().orElseThrow(), properties);
    }

    private static boolean tryLeaderLock(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT pg_try_advisory_lock(" + LEADER_LOCK + ")")) {
            return r.next() && r.getBoolean(1);
        }
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("a notification handler failed", e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
