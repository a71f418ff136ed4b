package io.interviewcoach.report.html;

import static io.interviewcoach.report.html.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;

/** The transcript part of the HTML report: paragraphs split at long pauses, fillers and hedges marked. */
final class TranscriptSection {
    private TranscriptSection() {
    }

    static String transcript(JsonNode r) {
        JsonNode t = Json.at(r, "transcript");
        StringBuilder b = new StringBuilder("<section><h2>Transcript</h2><div class='card transcript'>");
        if (!t.isObject()) {
            return b.append("<p class='muted'>No transcript: speech was not recognised for this recording.</p>")
                    .append("</div></section>").toString();
        }
        JsonNode words = Json.at(t, "words");
        int fillers = 0;
        int hedges = 0;
        if (words.isArray() && !words.isEmpty()) {
            StringBuilder para = new StringBuilder();
            Double paraStart = null;
            Double lastEnd = null;
            StringBuilder body = new StringBuilder();
            for (JsonNode w : words) {
                String word = Json.text(w, "word");
                if (word == null) {
                    continue;
                }
                Double start = Json.num(w, "start");
                Double end = Json.num(w, "end");
                if (start != null && lastEnd != null && start - lastEnd > 1.5 && para.length() > 0) {
                    body.append(paragraph(paraStart, para));
                    para.setLength(0);
                    paraStart = null;
                }
                if (paraStart == null) {
                    paraStart = start;
                }
                boolean filler = Json.flag(w, "filler");
                boolean hedge = Json.flag(w, "hedge");
                Double conf = Json.num(w, "conf");
                String title = (start == null ? "" : Html.time(start)) + (conf == null ? "" : " · confidence "
                        + Html.num(conf, 2));
                if (filler) {
                    fillers++;
                    para.append("<mark class='filler' title='filler · ").append(esc(title)).append("'>")
                            .append(esc(word)).append("</mark> ");
                } else if (hedge) {
                    hedges++;
                    para.append("<mark class='hedge' title='hedge · ").append(esc(title)).append("'>")
                            .append(esc(word)).append("</mark> ");
                } else if (conf != null && conf < 0.5) {
                    para.append("<span class='low' title='").append(esc(title)).append("'>").append(esc(word))
                            .append("</span> ");
                } else {
                    para.append(esc(word)).append(' ');
                }
                lastEnd = end != null ? end : start;
            }
            if (para.length() > 0) {
                body.append(paragraph(paraStart, para));
            }
            b.append("<p class='legend'><mark class='filler'>filler</mark> ").append(fillers)
                    .append(hedges > 0 ? " · <mark class='hedge'>hedge</mark> " + hedges : "")
                    .append(" · <span class='low'>uncertain word</span>");
            String source = Json.text(t, "source");
            if (source != null) {
                b.append(" · recognised by ").append(esc(source));
            }
            b.append("</p>").append(body);
        } else {
            String text = Json.text(t, "text");
            b.append(text == null || text.isBlank() ? "<p class='muted'>The transcript is empty.</p>"
                    : "<p>" + esc(text) + "</p>");
        }
        return b.append("</div></section>").toString();
    }

    private static String paragraph(Double start, StringBuilder words) {
        return "<p><span class='ts'>" + (start == null ? "" : Html.time(start)) + "</span>" + words.toString().trim()
                + "</p>";
    }
}
