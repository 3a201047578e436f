package dev.neurona.classroom;

import dev.neurona.store.Jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Classes, their join codes and limits, and the learners in them. */
@ApplicationScoped
public class Classrooms {

    public static final int MAX_CLASS_NAME = 120;

    @Inject
    Jdbc jdbc;

    public ClassGroup create(Instructor instructor, String rawName) {
        String name = rawName == null ? "" : rawName.strip();
        if (name.isEmpty() || name.length() > MAX_CLASS_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new ClassroomException(ClassroomException.Reason.BAD_CLASS_NAME);
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            ClassGroup group = new ClassGroup(UUID.randomUUID().toString(), instructor.id(), name, SecretTokens.joinCode(),
                    Instant.now(), ClassLimits.NONE);
            try {
                jdbc.update("INSERT INTO class_group (id, instructor_id, name, join_code, created_at) VALUES (?, ?, ?, ?, ?)",
                        group.id(), group.instructorId(), group.name(), group.joinCode(), group.createdAt());
                return group;
            } catch (SQLException e) {
                if (!Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new IllegalStateException("could not create a class", e);
                }
                // another class already has this code: draw again
            }
        }
        throw new IllegalStateException("no free join code after 10 draws");
    }

    public List<ClassGroup> of(Instructor instructor) {
        return jdbc.query("SELECT * FROM class_group WHERE instructor_id = ? ORDER BY created_at DESC", Classrooms::group, instructor.id());
    }

    /** A class of this instructor (another instructor's class is as good as missing). */
    public Optional<ClassGroup> find(Instructor instructor, String classId) {
        return jdbc.first("SELECT * FROM class_group WHERE id = ? AND instructor_id = ?", Classrooms::group, classId, instructor.id());
    }

    public Optional<ClassGroup> find(String classId) {
        return jdbc.first("SELECT * FROM class_group WHERE id = ?", Classrooms::group, classId);
    }

    public Optional<ClassGroup> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        return jdbc.first("SELECT * FROM class_group WHERE join_code = ?", Classrooms::group, normalized);
    }

    public ClassGroup setLimits(ClassGroup group, ClassLimits limits) {
        try {
            jdbc.update("UPDATE class_group SET max_epochs = ?, max_parameters = ?, max_wall_seconds = ?, max_train_rows = ? WHERE id = ?",
                    limits.maxEpochs(), limits.maxParameters(), limits.maxWallSeconds(), limits.maxTrainRows(), group.id());
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the limits of class " + group.id(), e);
        }
        return new ClassGroup(group.id(), group.instructorId(), group.name(), group.joinCode(), group.createdAt(), limits);
    }

    /**
     * Adds a learner to the class under a display name and gives them a recovery PIN. A learner
     * already in a class moves to this one (their runs and progress stay theirs); joining again
     * under one's own name only draws a new PIN.
     */
    public Joined join(String code, String rawName, String learnerId) {
        ClassGroup group = byCode(code).orElseThrow(() -> new ClassroomException(ClassroomException.Reason.UNKNOWN_CODE));
        String name = DisplayNames.clean(rawName);
        String pin = SecretTokens.pin();
        Member member = new Member(learnerId, group.id(), name, Instant.now());
        try {
            jdbc.update("DELETE FROM class_member WHERE learner_id = ?", learnerId);
            jdbc.update("INSERT INTO class_member (learner_id, class_id, display_name, name_key, pin_hash, joined_at) VALUES (?, ?, ?, ?, ?, ?)",
                    learnerId, group.id(), name, DisplayNames.key(name), PasswordHasher.hash(pin), member.joinedAt());
        } catch (SQLException e) {
            if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new ClassroomException(ClassroomException.Reason.NAME_TAKEN);
            }
            throw new IllegalStateException("could not add a learner to class " + group.id(), e);
        }
        return new Joined(member, group, pin);
    }

    /** The learner id to continue as on another device, given the class code, the display name and the PIN. */
    public Member signIn(String code, String rawName, String pin) {
        ClassGroup group = byCode(code).orElseThrow(() -> new ClassroomException(ClassroomException.Reason.WRONG_PIN));
        String name;
        try {
            name = DisplayNames.clean(rawName);
        } catch (ClassroomException e) {
            throw new ClassroomException(ClassroomException.Reason.WRONG_PIN);
        }
        Optional<String[]> row = jdbc.first("SELECT learner_id, pin_hash, display_name, joined_at FROM class_member WHERE class_id = ? AND name_key = ?",
                r -> new String[] {r.getString(1), r.getString(2), r.getString(3), r.getTimestamp(4).toInstant().toString()},
                group.id(), DisplayNames.key(name));
        if (row.isEmpty() || pin == null || !PasswordHasher.matches(pin.strip(), row.get()[1])) {
            throw new ClassroomException(ClassroomException.Reason.WRONG_PIN);
        }
        return new Member(row.get()[0], group.id(), row.get()[2], Instant.parse(row.get()[3]));
    }

    public Optional<Member> memberOf(String learnerId) {
        return jdbc.first("SELECT * FROM class_member WHERE learner_id = ?", Classrooms::member, learnerId);
    }

    /** Whether the learner is in one of this instructor's classes (their runs are then the instructor's to see and stop). */
    public boolean teaches(Instructor instructor, String learnerId) {
        return memberOf(learnerId).flatMap(m -> find(instructor, m.classId())).isPresent();
    }

    /** The learners of a class, by name. */
    public List<Member> roster(String classId) {
        return jdbc.query("SELECT * FROM class_member WHERE class_id = ? ORDER BY name_key", Classrooms::member, classId);
    }

    /** The limits that apply to a learner's runs: their class's, or none for self-study. */
    public ClassLimits limitsFor(String learnerId) {
        return memberOf(learnerId).flatMap(m -> find(m.classId())).map(ClassGroup::limits).orElse(ClassLimits.NONE);
    }

    private static ClassGroup group(ResultSet r) throws SQLException {
        ClassLimits limits = new ClassLimits(Jdbc.optionalInt(r, "max_epochs"), Jdbc.optionalLong(r, "max_parameters"),
                Jdbc.optionalInt(r, "max_wall_seconds"), Jdbc.optionalInt(r, "max_train_rows"));
        return new ClassGroup(r.getString("id"), r.getString("instructor_id"), r.getString("name"), r.getString("join_code"),
                r.getTimestamp("created_at").toInstant(), limits);
    }

    private static Member member(ResultSet r) throws SQLException {
        return new Member(r.getString("learner_id"), r.getString("class_id"), r.getString("display_name"),
                r.getTimestamp("joined_at").toInstant());
    }
}
