package io.interviewcoach.report.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The report's notes (what was turned, cut short or ignored in the input) reach the page, escaped. */
class HtmlNotesTest {
    private final HtmlReportWriter writer = new HtmlReportWriter();

    @Test
    void notesAreListedAsText() {
        ObjectNode report = SampleReport.build();
        report.putArray("notes")
                .add("The file ends at 7.5 s although its header says 19.6 s: it may be truncated; only the first 7.5 s were analysed.")
                .add("<b>bold</b> is not markup");
        String html = writer.render(report);
        assertTrue(html.contains("<h2>About this recording</h2>"), "a notes section");
        assertTrue(html.contains("<li>The file ends at 7.5 s although its header says 19.6 s"), "the note itself");
        assertTrue(html.contains("<li>&lt;b&gt;bold&lt;/b&gt; is not markup</li>"), "escaped");
    }

    @Test
    void noNotesNoSection() {
        ObjectNode report = SampleReport.build();
        report.putArray("notes");
        assertFalse(writer.render(report).contains("About this recording"));
    }
}
