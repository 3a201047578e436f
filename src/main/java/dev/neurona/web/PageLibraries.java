package dev.neurona.web;

import java.util.List;

/**
 * Which of the heavy browser libraries a lesson page loads, read from its rendered parts: KaTeX for math (the
 * widgets typeset their formulas with it too), highlight.js for code (an exercise's "Ver el código" brings code),
 * uPlot and the run scripts for an exercise's charts or the from-scratch widget's curve. A page without math, code
 * or charts then parses none of their 450 KB.
 */
public record PageLibraries(boolean math, boolean code, boolean charts) {

    /** What the parts of a lesson page need. */
    static PageLibraries of(List<String> parts) {
        boolean math = false;
        boolean code = false;
        boolean charts = false;
        for (String part : parts) {
            boolean exercise = part.contains("class=\"exercise\"");
            math |= part.contains("class=\"math ") || part.contains("class=\"widget ");
            code |= part.contains("class=\"language-") || exercise;
            charts |= exercise || part.contains("widget-scratch");
        }
        return new PageLibraries(math, code, charts);
    }
}
