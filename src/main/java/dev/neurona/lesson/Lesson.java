package dev.neurona.lesson;

/** One lesson: its place in the course (module and number), title, one-line summary and markdown body. */
public record Lesson(String id, int module, int number, String title, String summary, String markdown) {

    /** A lesson with only front matter is listed in the course map as not written yet. */
    public boolean isWritten() {
        return !markdown.isBlank();
    }
}
