package dev.neurona.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Plain parameterised SQL for the repositories: one statement per call, autocommit. */
@ApplicationScoped
public class Jdbc {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** SQLState of a unique-constraint violation, the same on H2 and PostgreSQL. */
    public static final String UNIQUE_VIOLATION = "23505";

    @Inject Database database;

    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = database.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection c = database.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet r = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(mapper.map(r));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database", e);
        }
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) {
        return query(sql, mapper, parameters).stream().findFirst();
    }

    /** Work done on one connection in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Session session) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T transaction(Work<T> work) throws SQLException {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new Session(c));
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Statements on the connection of one transaction. */
    public static final class Session {

        private final Connection connection;

        private Session(Connection connection) {
            this.connection = connection;
        }

        public int update(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                bind(s, parameters);
                return s.executeUpdate();
            }
        }

        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters)
                throws SQLException {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                bind(s, parameters);
                try (ResultSet r = s.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (r.next()) {
                        rows.add(mapper.map(r));
                    }
                    return rows;
                }
            }
        }

        public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters)
                throws SQLException {
            return query(sql, mapper, parameters).stream().findFirst();
        }
    }

    private static void bind(PreparedStatement s, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            int index = i + 1;
            if (p instanceof Instant instant) {
                s.setTimestamp(index, Timestamp.from(instant));
            } else if (p instanceof OptionalInt o) {
                if (o.isPresent()) {
                    s.setInt(index, o.getAsInt());
                } else {
                    s.setNull(index, Types.INTEGER);
                }
            } else if (p instanceof OptionalLong o) {
                if (o.isPresent()) {
                    s.setLong(index, o.getAsLong());
                } else {
                    s.setNull(index, Types.BIGINT);
                }
            } else {
                s.setObject(index, p);
            }
        }
    }

    public static OptionalInt optionalInt(ResultSet r, String column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    public static OptionalLong optionalLong(ResultSet r, String column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    public static OptionalDouble optionalDouble(ResultSet r, String column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public static Optional<Instant> optionalInstant(ResultSet r, String column)
            throws SQLException {
        return Optional.ofNullable(r.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
