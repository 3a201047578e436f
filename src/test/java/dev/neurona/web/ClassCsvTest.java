package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Learner-typed text cannot become a spreadsheet formula. */
class ClassCsvTest {

    @Test
    void formulaLikeNamesAreDefused() {
        assertEquals("'=HYPERLINK(\"x\")", ClassCsv.text("=HYPERLINK(\"x\")"));
        assertEquals("'+1", ClassCsv.text("+1"));
        assertEquals("'-2", ClassCsv.text("-2"));
        assertEquals("'@SUM(A1)", ClassCsv.text("@SUM(A1)"));
        assertEquals("Ana", ClassCsv.text("Ana"));
        assertEquals("", ClassCsv.text(""));
    }
}
