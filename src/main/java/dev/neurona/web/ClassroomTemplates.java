package dev.neurona.web;

import dev.neurona.classroom.BestRun;
import dev.neurona.classroom.Broadcast;
import dev.neurona.classroom.ClassGroup;
import dev.neurona.classroom.Joined;
import dev.neurona.classroom.LearnerProgress;
import dev.neurona.classroom.Member;
import dev.neurona.lesson.Lesson;
import dev.neurona.runs.ActiveRun;
import dev.neurona.runs.PoolLoad;
import dev.neurona.runs.RunSummary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classroom's templates (joining, the instructor's access and classes, the dashboard, the learner's
 * page) with their parameters: a misspelt name or a wrong type fails the build. A page that includes a
 * form takes the form's parameters too.
 */
@CheckedTemplate(basePath = "classroom", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class ClassroomTemplates {

    private ClassroomTemplates() {
    }

    /** The join page, with the join form and the sign-in form sharing {@code values} and {@code errors}. */
    static native TemplateInstance join(Map<String, String> values, Map<String, String> errors);

    static native TemplateInstance joinForm(Map<String, String> values, Map<String, String> errors);

    static native TemplateInstance signinForm(Map<String, String> values, Map<String, String> errors);

    static native TemplateInstance joined(Joined joined);

    /** The instructor's sign-in or first set-up page; {@code notice} is null unless access was refused. */
    static native TemplateInstance instructorAccess(boolean setup, String notice, Map<String, String> values, Map<String, String> errors);

    static native TemplateInstance instructorForm(boolean setup, Map<String, String> values, Map<String, String> errors);

    static native TemplateInstance classes(List<InstructorResource.ClassEntry> classes, Map<String, String> values,
            Map<String, String> errors);

    static native TemplateInstance classForm(Map<String, String> values, Map<String, String> errors);

    /** A class's dashboard: its live sections already rendered by name, its limits form and its broadcast form. */
    static native TemplateInstance dashboard(ClassGroup group, String joinUrl, Map<String, String> limits, Map<String, String> errors,
            List<Lesson> lessons, Map<String, String> sections);

    static native TemplateInstance limitsForm(ClassGroup group, Map<String, String> limits, Map<String, String> errors, boolean saved);

    static native TemplateInstance broadcastForm(ClassGroup group, Map<String, String> values, Map<String, String> errors, boolean sent,
            List<Lesson> lessons);

    static native TemplateInstance dashRoster(List<DashboardFeed.RosterLine> lines, List<Lesson> lessons, int count);

    /** The best runs per exercise; {@code names} gives each learner's display name. */
    static native TemplateInstance dashLeaderboard(Map<String, List<BestRun>> board, Map<String, String> names);

    static native TemplateInstance dashRuns(List<ActiveRun> active, Map<String, String> names);

    static native TemplateInstance dashLoad(PoolLoad load);

    /** The class banner; {@code message} is null before the instructor's first broadcast. */
    static native TemplateInstance banner(Broadcast message);

    static native TemplateInstance bannerMessage(Broadcast message);

    /** The learner's own page; {@code member} is null for self-study. */
    static native TemplateInstance me(Member member, String className, LearnerProgress progress, List<RunSummary> runs, Set<String> goals);
}
