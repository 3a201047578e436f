package dev.neurona.lesson;

import java.util.List;

/** A lesson body as a sequence of HTML fragments and directives, in reading order. */
public record RenderedLesson(List<Segment> segments) {

    /** Either a piece of rendered HTML or a directive to be rendered by the page. */
    public record Segment(String html, Directive directive) {
        public boolean isDirective() {
            return directive != null;
        }
    }

    public List<Directive> directives() {
        return segments.stream().filter(Segment::isDirective).map(Segment::directive).toList();
    }
}
