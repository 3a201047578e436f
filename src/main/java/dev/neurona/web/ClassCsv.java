package dev.neurona.web;

import dev.neurona.classroom.BestRun;
import dev.neurona.classroom.ClassProgress;
import dev.neurona.classroom.LearnerRow;
import dev.neurona.lesson.CourseContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** A class as a spreadsheet: one row per learner with lessons, quiz bests, goals met and best metrics. */
final class ClassCsv {

    private ClassCsv() {
    }

    static String of(List<LearnerRow> rows, CourseContent content) {
        List<String> quizzes = new ArrayList<>(new TreeSet<>(content.quizzesByLesson().values()));
        TreeSet<String> exercises = new TreeSet<>(ClassProgress.leaderboard(rows).keySet());
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("learner", "joined_at", "last_activity", "lessons_visited", "lessons", "finished_runs"));
        quizzes.forEach(q -> header.add("quiz " + q));
        header.add("goals_met");
        header.add("goals");
        exercises.forEach(e -> header.add("best " + e));
        line(csv, header);
        for (LearnerRow row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(text(row.member().displayName()));
            cells.add(row.member().joinedAt().toString());
            cells.add(row.lastActivity().map(Object::toString).orElse(""));
            cells.add(Integer.toString(row.visited().size()));
            cells.add(String.join(" ", new TreeSet<>(row.visited())));
            cells.add(Integer.toString(row.finishedRuns()));
            for (String quiz : quizzes) {
                Integer best = row.quizBest().get(quiz);
                cells.add(best == null ? "" : best + "/" + row.quizTotal().get(quiz));
            }
            cells.add(Integer.toString(row.goalsMet().size()));
            cells.add(String.join(" ", new TreeSet<>(row.goalsMet())));
            for (String exercise : exercises) {
                cells.add(row.best(exercise).map(ClassCsv::metric).orElse(""));
            }
            line(csv, cells);
        }
        return csv.toString();
    }

    private static String metric(BestRun run) {
        return String.format(Locale.ROOT, "%s=%.4f", run.metric(), run.value());
    }

    /**
     * A cell a spreadsheet will not run as a formula: learner-typed text starting with = + - @ gets a
     * leading apostrophe (the usual CSV-injection defence).
     */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                csv.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(c);
            }
        }
        csv.append("\r\n");
    }
}
