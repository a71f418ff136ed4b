package io.interviewcoach.report.html;

import static io.interviewcoach.report.html.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.fusion.Category;

/** The score parts of the HTML report: the ring gauge and the category cards with their weighted sub-scores. */
final class ScoreSection {
    private ScoreSection() {
    }

    /** A ring gauge; a null score draws an empty ring reading "–". */
    static String gauge(Double score, int size, boolean onDark) {
        double r = 52;
        double circ = 2 * Math.PI * r;
        double frac = score == null ? 0 : Math.max(0, Math.min(100, score)) / 100.0;
        String cls = Html.scoreClass(score);
        String track = onDark ? "rgba(255,255,255,0.25)" : "#e9ecf3";
        return "<svg class='gauge " + cls + "' width='" + size + "' height='" + size + "' viewBox='0 0 120 120'"
                + " role='img' aria-label='score " + (score == null ? Html.NOT_MEASURED : Html.num(score, 0)) + "'>"
                + "<circle cx='60' cy='60' r='" + r + "' fill='none' stroke='" + track + "' stroke-width='10'/>"
                + (score == null || frac <= 0 ? ""
                        : "<circle class='arc' cx='60' cy='60' r='" + r + "' fill='none' stroke-width='10'"
                                + " stroke-linecap='round' stroke-dasharray='" + Html.c(circ * frac) + ' '
                                + Html.c(circ) + "' transform='rotate(-90 60 60)'/>")
                + "<text x='60' y='" + (score == null ? "68" : "70") + "' text-anchor='middle' class='gauge-num'>"
                + (score == null ? "–" : Html.num(score, 0)) + "</text></svg>";
    }

    static String categories(JsonNode r, JsonNode breakdown) {
        StringBuilder b = new StringBuilder("<section><h2>Scores</h2><div class='cats'>");
        for (Category c : Category.values()) {
            JsonNode detail = null;
            for (JsonNode d : breakdown) {
                if (c.key().equals(Json.text(d, "category"))) {
                    detail = d;
                }
            }
            Double score = Json.at(r, "scores").has(c.key()) ? Json.num(r, "scores", c.key())
                    : detail == null ? null : Json.num(detail, "score");
            String cls = Html.scoreClass(score);
            b.append("<article class='card cat ").append(cls).append("'><div class='cat-head'><div><h3>")
                    .append(esc(c.label())).append("</h3><span class='word'>").append(Html.scoreWord(score))
                    .append("</span></div><div class='cat-score'>")
                    .append(score == null ? "<span class='na-text'>–</span>" : Html.num(score, 0) + "<small>/100</small>")
                    .append("</div></div><p class='muted desc'>").append(esc(c.description())).append("</p>");
            if (detail != null && Json.at(detail, "subScores").isArray()) {
                b.append("<ul class='subs'>");
                double totalWeight = 0;
                for (JsonNode s : Json.at(detail, "subScores")) {
                    Double wgt = Json.num(s, "weight");
                    totalWeight += wgt == null ? 0 : wgt;
                }
                for (JsonNode s : Json.at(detail, "subScores")) {
                    b.append(subScoreRow(s, totalWeight));
                }
                b.append("</ul>");
                Double coverage = Json.num(detail, "coverage");
                if (score != null && coverage != null && coverage < 0.999) {
                    b.append("<p class='cov'>Based on the measured inputs (").append(Html.num(coverage * 100, 0))
                            .append("% of this category's weight); the rest did not count.</p>");
                }
            } else if (score == null) {
                b.append("<p class='muted'>No input of this category was measured in this recording.</p>");
            }
            b.append("</article>");
        }
        return b.append("</div></section>").toString();
    }

    private static String subScoreRow(JsonNode s, double totalWeight) {
        String label = Json.text(s, "label");
        Double score = Json.num(s, "score");
        Double value = Json.num(s, "value");
        Double weight = Json.num(s, "weight");
        String unit = Json.text(s, "unit");
        String target = Json.text(s, "target");
        String metric = Json.text(s, "metric");
        String share = weight == null || totalWeight <= 0 ? "" : Html.num(weight / totalWeight * 100, 0) + "%";
        if (score == null) {
            return "<li class='na'><span class='sl'>" + esc(label) + "</span><span class='sv'>" + Html.NOT_MEASURED
                    + "</span><span class='bar'></span><span class='sw' title='weight in this category'>" + share
                    + "</span></li>";
        }
        String shown = value == null ? "" : Html.withUnit(value, unit);
        String tip = (metric == null ? "" : metric) + (target == null ? "" : " · target " + target)
                + " · sub-score " + Html.num(score, 0) + "/100";
        return "<li title='" + esc(tip) + "'><span class='sl'>" + esc(label) + "</span><span class='sv'>" + esc(shown)
                + "</span><span class='bar'><i class='" + Html.scoreClass(score) + "' style='width:"
                + Html.num(Math.max(2, Math.min(100, score)), 0) + "%'></i></span><span class='sw'"
                + " title='weight in this category'>" + share + "</span></li>";
    }
}
