package io.interviewcoach.report.html;

import static io.interviewcoach.report.html.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;

/** The feedback parts of the HTML report: the improvement plan, strengths, and tips with their evidence. */
final class FeedbackSection {
    private FeedbackSection() {
    }

    static String plan(JsonNode feedback) {
        JsonNode items = Json.at(feedback, "improvementPlan");
        if (!items.isArray() || items.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section><h2>Your plan for the next practice</h2><ol class='plan'>");
        for (JsonNode p : items) {
            b.append("<li class='card'><h3>").append(esc(Json.text(p, "focus"))).append("</h3><p>")
                    .append(esc(Json.text(p, "exercise"))).append("</p>");
            String target = Json.text(p, "target");
            if (target != null) {
                b.append("<p class='target'><b>Target</b> ").append(esc(target)).append("</p>");
            }
            b.append("</li>");
        }
        return b.append("</ol></section>").toString();
    }

    static boolean hasMeasured(JsonNode breakdown) {
        for (JsonNode c : breakdown) {
            if (Json.num(c, "score") != null) {
                return true;
            }
        }
        return false;
    }

    static String strengthsAndTips(JsonNode feedback, boolean anythingMeasured) {
        JsonNode strengths = Json.at(feedback, "strengths");
        JsonNode tips = Json.at(feedback, "tips");
        StringBuilder b = new StringBuilder("<section class='two'>");
        b.append("<div><h2>What went well</h2>");
        if (strengths.isArray() && !strengths.isEmpty()) {
            b.append("<ul class='strengths'>");
            for (JsonNode s : strengths) {
                b.append("<li class='card'><span class='check' aria-hidden='true'>✓</span><div><b>")
                        .append(esc(Json.text(s, "area"))).append("</b><p>").append(esc(Json.text(s, "message")))
                        .append("</p></div></li>");
            }
            b.append("</ul>");
        } else {
            b.append(anythingMeasured
                    ? "<p class='muted card'>No measured area reached the strength threshold this time.</p>"
                    : "<p class='muted card'>Nothing could be measured in this recording.</p>");
        }
        b.append("</div><div><h2>Tips</h2>");
        if (tips.isArray() && !tips.isEmpty()) {
            for (JsonNode t : tips) {
                b.append("<article class='card tip'><h3>").append(esc(Json.text(t, "area"))).append("</h3><p>")
                        .append(esc(Json.text(t, "message"))).append("</p>").append(evidence(Json.at(t, "evidence")))
                        .append("</article>");
            }
        } else {
            b.append(anythingMeasured
                    ? "<p class='muted card'>No tips: every measured area was within its target band.</p>"
                    : "<p class='muted card'>No tips: there were no measurements to base them on.</p>");
        }
        return b.append("</div></section>").toString();
    }

    private static String evidence(JsonNode e) {
        if (!e.isObject()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<div class='evidence'>");
        Double value = Json.num(e, "value");
        b.append("<span class='chip measured'>measured ")
                .append(esc(value == null ? Html.NOT_MEASURED : Html.withUnit(value, Json.text(e, "unit")))).append("</span>");
        String target = Json.text(e, "target");
        if (target != null) {
            b.append("<span class='chip target'>target ").append(esc(target)).append("</span>");
        }
        JsonNode ranges = Json.at(e, "timeRanges");
        if (ranges.isArray()) {
            for (JsonNode tr : ranges) {
                Double s = Json.num(tr, "start");
                Double en = Json.num(tr, "end");
                if (s != null) {
                    b.append("<span class='chip time' title='time in the recording'>")
                            .append(Html.range(s, en == null ? s : en)).append("</span>");
                }
            }
        }
        String metric = Json.text(e, "metric");
        if (metric != null) {
            b.append("<span class='metric'>").append(esc(metric)).append("</span>");
        }
        return b.append("</div>").toString();
    }
}
