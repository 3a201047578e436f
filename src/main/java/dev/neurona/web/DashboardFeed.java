package dev.neurona.web;

import dev.neurona.classroom.ClassGroup;
import dev.neurona.classroom.ClassProgress;
import dev.neurona.classroom.LearnerRow;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.Lesson;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Pushes a class dashboard's sections over SSE: all of them when the page connects, then each one
 * again only when its HTML changed. One timer serves every open dashboard; the page never polls.
 */
@ApplicationScoped
public class DashboardFeed {

    private static final Logger LOG = Logger.getLogger(DashboardFeed.class);
    /** A learner with no visit, quiz or run for this long while the class works is flagged. */
    static final Duration IDLE = Duration.ofMinutes(15);
    static final int FAILURES_IN_A_ROW = 3;

    @Inject
    ClassProgress progress;

    @Inject
    CourseContent content;

    @Inject
    DashboardRuns runs;

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dashboard-feed");
        t.setDaemon(true);
        return t;
    });

    void startTimer(@Observes io.quarkus.runtime.StartupEvent event) {
        timer.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        timer.shutdownNow();
        subscribers.forEach(s -> s.emitter.complete());
    }

    /** A roster line: the learner, a mark per lesson, and why they might need help. */
    public record RosterLine(LearnerRow row, List<String> marks, String flag) {
    }

    /** Every section of a class's dashboard, rendered. */
    public Map<String, String> sections(ClassGroup group, Locale locale) {
        List<LearnerRow> rows = progress.rows(group.id());
        List<Lesson> lessons = content.catalog().lessons().stream().filter(Lesson::isWritten).toList();
        Map<String, String> quizzes = content.quizzesByLesson();
        ClassroomMessages m = Ui.classroomMessages(locale);
        Instant now = Instant.now();
        List<RosterLine> lines = rows.stream().map(row -> new RosterLine(row, lessons.stream().map(l -> mark(row, l, quizzes)).toList(),
                flag(row, now, m))).toList();
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("roster", Ui.localize(ClassroomTemplates.dashRoster(lines, lessons, rows.size()), locale).render());
        Map<String, String> names = names(rows);
        sections.put("leaderboard", Ui.localize(ClassroomTemplates.dashLeaderboard(ClassProgress.leaderboard(rows), names), locale).render());
        sections.putAll(runs.sections(group, names, locale));
        return sections;
    }

    /** The dashboard's live stream for one class. */
    public Multi<OutboundSseEvent> stream(ClassGroup group, Locale locale, Sse sse) {
        return Multi.createFrom().emitter(emitter -> {
            Subscriber subscriber = new Subscriber(group, locale, sse, emitter);
            subscribers.add(subscriber);
            emitter.onTermination(() -> subscribers.remove(subscriber));
            // the first sections go out from the timer thread like every later one: rendering reads the
            // database, and the event loop that opened the stream must never wait on a subscriber the timer
            // holds while it emits (that wait deadlocked the stream in CI)
            timer.execute(() -> {
                try {
                    subscriber.push(sections(group, locale));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "could not open the dashboard of class %s", group.id());
                }
            });
        });
    }

    private void tick() {
        // two tabs on one class (or the projector and the laptop) share one rendering per tick
        Map<String, Map<String, String>> rendered = new HashMap<>();
        for (Subscriber s : subscribers) {
            try {
                s.push(rendered.computeIfAbsent(s.group.id() + "|" + s.locale, k -> sections(s.group, s.locale)));
            } catch (RuntimeException e) {
                LOG.warnf(e, "could not update the dashboard of class %s", s.group.id());
            }
        }
    }

    private static String mark(LearnerRow row, Lesson lesson, Map<String, String> quizzes) {
        String quiz = quizzes.get(lesson.id());
        if (quiz != null && row.quizBest().containsKey(quiz)) {
            return row.quizBest().get(quiz) + "/" + row.quizTotal().get(quiz);
        }
        boolean goal = row.goalsMet().stream().anyMatch(e -> row.bestByExercise().containsKey(e)
                && lesson.id().equals(row.bestByExercise().get(e).lessonId()));
        if (goal) {
            return "goal";
        }
        return row.visitedLesson(lesson.id()) ? "visited" : "";
    }

    private static String flag(LearnerRow row, Instant now, ClassroomMessages m) {
        if (row.failedInARow() >= FAILURES_IN_A_ROW) {
            return m.flagFailures(row.failedInARow());
        }
        if (row.lastActivity().isPresent() && row.lastActivity().get().isBefore(now.minus(IDLE))) {
            return m.flagIdle(Duration.between(row.lastActivity().get(), now).toMinutes());
        }
        return "";
    }

    private static Map<String, String> names(List<LearnerRow> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.member().learnerId(), r -> r.member().displayName()));
    }

    /** One open dashboard and the sections it was last sent. */
    private final class Subscriber {
        final ClassGroup group;
        final Locale locale;
        final Sse sse;
        final MultiEmitter<? super OutboundSseEvent> emitter;
        final Map<String, String> sent = new ConcurrentHashMap<>();
        long events;

        Subscriber(ClassGroup group, Locale locale, Sse sse, MultiEmitter<? super OutboundSseEvent> emitter) {
            this.group = group;
            this.locale = locale;
            this.sse = sse;
            this.emitter = emitter;
        }

        synchronized void push(Map<String, String> sections) {
            if (emitter.isCancelled()) {
                return;
            }
            for (Map.Entry<String, String> section : sections.entrySet()) {
                if (!section.getValue().equals(sent.get(section.getKey()))) {
                    sent.put(section.getKey(), section.getValue());
                    emitter.emit(sse.newEventBuilder().id(Long.toString(++events)).name(section.getKey()).data(section.getValue()).build());
                }
            }
        }
    }
}
