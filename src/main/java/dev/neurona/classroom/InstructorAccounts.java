package dev.neurona.classroom;

import dev.neurona.cluster.ClusterNode;
import dev.neurona.cluster.ClusterSettings;
import dev.neurona.config.NeuronaConfig;
import dev.neurona.store.Jdbc;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The instructor account and its sessions. The account comes from configuration, or is set up once
 * on the setup page by whoever can read the setup code this server prints in its log.
 */
@ApplicationScoped
public class InstructorAccounts {

    private static final Logger LOG = Logger.getLogger(InstructorAccounts.class);

    /** Long enough that a guessed or reused password is unlikely; no other rules (they push people to worse ones). */
    public static final int MIN_PASSWORD_LENGTH = 10;

    public static final int MAX_PASSWORD_LENGTH = 72;

    @Inject Jdbc jdbc;

    @Inject NeuronaConfig config;

    @Inject ClusterNode node;

    @Inject ClusterSettings clusterSettings;

    private volatile String setupCode = SecretTokens.setupCode();

    void start(@Observes StartupEvent event) {
        if (node.clustered()) {
            // every node of a cluster prints and accepts the same code: the first node's
            setupCode = clusterSettings.agree("instructor-setup-code", setupCode);
        }
        Optional<String> configured = config.instructor().password().filter(p -> !p.isBlank());
        if (configured.isPresent() && !hasAccount()) {
            try {
                create(config.instructor().username(), configured.get());
                LOG.infof(
                        "instructor account '%s' created from configuration",
                        config.instructor().username());
            } catch (IllegalStateException e) {
                // several nodes starting at once against one database: another one created it first
                if (!(e.getCause() instanceof SQLException sql
                        && Jdbc.UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                    throw e;
                }
                LOG.infof(
                        "instructor account '%s' created by another node",
                        config.instructor().username());
            }
        } else if (!hasAccount()) {
            LOG.infof(
                    "No instructor account yet. To host a class, open /instructor/setup and enter the setup code %s",
                    setupCode);
        }
    }

    public boolean hasAccount() {
        return jdbc.first("SELECT COUNT(*) FROM instructor", r -> r.getInt(1)).orElse(0) > 0;
    }

    /** The code the setup page asks for: only someone who can read the server's log knows it. */
    public String setupCode() {
        return setupCode;
    }

    /** Creates the one instructor account; refused once one exists. */
    public synchronized Instructor setUp(String code, String username, String password) {
        if (hasAccount()) {
            throw new ClassroomException(ClassroomException.Reason.ACCOUNT_EXISTS);
        }
        if (!SecretTokens.same(code == null ? null : code.trim().toUpperCase(), setupCode)) {
            throw new ClassroomException(ClassroomException.Reason.WRONG_SETUP_CODE);
        }
        return create(username, password);
    }

    private Instructor create(String username, String password) {
        String name = username == null ? "" : username.trim();
        if (name.isEmpty() || name.length() > 64) {
            throw new ClassroomException(ClassroomException.Reason.BAD_USERNAME);
        }
        if (password == null
                || password.length() < MIN_PASSWORD_LENGTH
                || password.length() > MAX_PASSWORD_LENGTH) {
            throw new ClassroomException(ClassroomException.Reason.WEAK_PASSWORD);
        }
        Instructor instructor = new Instructor(UUID.randomUUID().toString(), name);
        try {
            jdbc.update(
                    "INSERT INTO instructor (id, username, password_hash, created_at) VALUES (?, ?, ?, ?)",
                    instructor.id(),
                    instructor.username(),
                    PasswordHasher.hash(password),
                    Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the instructor account", e);
        }
        return instructor;
    }

    /** The instructor with these credentials. Unknown name and wrong password look the same. */
    public Optional<Instructor> authenticate(String username, String password) {
        Optional<String[]> row =
                jdbc.first(
                        "SELECT id, username, password_hash FROM instructor WHERE username = ?",
                        r -> new String[] {r.getString(1), r.getString(2), r.getString(3)},
                        username == null ? "" : username.trim());
        if (row.isEmpty()) {
            // the same bcrypt work as a real check, so response time does not reveal which names
            // exist
            PasswordHasher.matches(password == null ? "" : password, DUMMY_HASH);
            return Optional.empty();
        }
        return PasswordHasher.matches(password, row.get()[2])
                ? Optional.of(new Instructor(row.get()[0], row.get()[1]))
                : Optional.empty();
    }

    /** Opens a session; the returned token goes in the instructor's cookie and is stored only as a digest. */
    public String openSession(Instructor instructor) {
        String token = SecretTokens.sessionToken();
        Instant now = Instant.now();
        Duration length = config.instructor().sessionLength();
        try {
            jdbc.update("DELETE FROM instructor_session WHERE expires_at < ?", now);
            jdbc.update(
                    "INSERT INTO instructor_session (token_hash, instructor_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                    SecretTokens.sha256(token),
                    instructor.id(),
                    now,
                    now.plus(length));
        } catch (SQLException e) {
            throw new IllegalStateException("could not open an instructor session", e);
        }
        return token;
    }

    /** The instructor a session token belongs to, while it has not expired. */
    public Optional<Instructor> session(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.first(
                "SELECT i.id, i.username FROM instructor_session s JOIN instructor i ON i.id = s.instructor_id"
                        + " WHERE s.token_hash = ? AND s.expires_at > ?",
                r -> new Instructor(r.getString(1), r.getString(2)),
                SecretTokens.sha256(token),
                Instant.now());
    }

    public void closeSession(String token) {
        if (token == null) {
            return;
        }
        try {
            jdbc.update(
                    "DELETE FROM instructor_session WHERE token_hash = ?",
                    SecretTokens.sha256(token));
        } catch (SQLException e) {
            throw new IllegalStateException("could not close an instructor session", e);
        }
    }

    public Duration sessionLength() {
        return config.instructor().sessionLength();
    }

    private static final String DUMMY_HASH = PasswordHasher.hash("not a password of anyone");
}
