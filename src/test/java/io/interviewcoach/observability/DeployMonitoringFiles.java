package io.interviewcoach.observability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** deploy/prometheus/alerts.yml and the Grafana dashboard, read as Prometheus and Grafana would. */
final class DeployMonitoringFiles {
    static final Path ALERTS = Path.of("deploy/prometheus/alerts.yml");
    static final Path DASHBOARD = Path.of("deploy/grafana/dashboards/interview-coach.json");
    static final String DATASOURCE_VARIABLE = "datasource";

    /** One PromQL expression and where it comes from, for messages. */
    record Query(String where, String expr) {}

    private DeployMonitoringFiles() {
    }

    static JsonNode alerts() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ALERTS.toFile());
    }

    static JsonNode dashboard() throws IOException {
        return new ObjectMapper().readTree(DASHBOARD.toFile());
    }

    static List<JsonNode> rules(JsonNode alerts) {
        List<JsonNode> rules = new ArrayList<>();
        alerts.path("groups").forEach(g -> g.path("rules").forEach(rules::add));
        return rules;
    }

    /** Every panel, those inside rows included; rows themselves are not. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        collect(dashboard.path("panels"), panels);
        return panels;
    }

    private static void collect(JsonNode list, List<JsonNode> into) {
        for (JsonNode p : list) {
            if ("row".equals(p.path("type").asText())) {
                collect(p.path("panels"), into);
            } else {
                into.add(p);
            }
        }
    }

    /** The expressions of every alert rule, dashboard target and query variable. */
    static List<Query> queries() throws IOException {
        List<Query> all = new ArrayList<>();
        for (JsonNode r : rules(alerts())) {
            all.add(new Query("alert " + r.path("alert").asText(), r.path("expr").asText()));
        }
        JsonNode dashboard = dashboard();
        for (JsonNode p : panels(dashboard)) {
            for (JsonNode t : p.path("targets")) {
                all.add(new Query("panel '" + p.path("title").asText() + "' " + t.path("refId").asText(), t.path("expr").asText()));
            }
        }
        for (JsonNode v : dashboard.path("templating").path("list")) {
            if ("query".equals(v.path("type").asText())) {
                String q = v.path("query").path("query").asText();
                // label_values(metric, label): the metric must exist like any other
                all.add(new Query("variable " + v.path("name").asText(),
                        q.replaceFirst("^label_values\\((.*),\\s*[a-zA-Z_]+\\)$", "$1")));
            }
        }
        return all;
    }
}
