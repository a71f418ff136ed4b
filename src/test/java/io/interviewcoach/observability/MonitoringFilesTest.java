package io.interviewcoach.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.observability.PromQl.Matcher;
import io.interviewcoach.observability.PromQl.Selector;

/**
 * The shape Prometheus and Grafana need of deploy/prometheus/alerts.yml and the dashboard (no promtool here), and the
 * alerts the operators were promised. That their metrics exist is ObservabilityTest's part, on a real scrape.
 */
class MonitoringFilesTest {
    private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");

    @Test
    void everyAlertRuleIsComplete() throws Exception {
        JsonNode alerts = DeployMonitoringFiles.alerts();
        assertTrue(alerts.path("groups").isArray() && !alerts.path("groups").isEmpty(), "alerts.yml has no groups");
        for (JsonNode g : alerts.path("groups")) {
            assertFalse(g.path("name").asText().isBlank(), "a group without a name");
            assertTrue(g.path("rules").isArray() && !g.path("rules").isEmpty(), "group " + g.path("name") + " has no rules");
        }
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode r : DeployMonitoringFiles.rules(alerts)) {
            String name = r.path("alert").asText();
            if (!name.matches("[A-Z][A-Za-z0-9]+") || !names.add(name)) {
                problems.add("alert name missing, not CamelCase or repeated: '" + name + "'");
            }
            if (r.path("expr").asText().isBlank()) {
                problems.add(name + ": no expr");
            } else if (PromQl.selectors(r.path("expr").asText()).isEmpty()) {
                problems.add(name + ": expr selects no series");
            }
            if (!r.path("for").asText().matches("\\d+[smhd]")) {
                problems.add(name + ": for: missing or not a duration");
            }
            if (!SEVERITIES.contains(r.path("labels").path("severity").asText())) {
                problems.add(name + ": labels.severity not one of " + SEVERITIES);
            }
            for (String a : List.of("summary", "description", "runbook")) {
                if (r.path("annotations").path(a).asText().isBlank()) {
                    problems.add(name + ": no annotations." + a);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The conditions the operators asked to be woken for, each watched by some rule. */
    @Test
    void thePromisedConditionsAreAlerted() throws Exception {
        List<Selector> watched = new ArrayList<>();
        for (JsonNode r : DeployMonitoringFiles.rules(DeployMonitoringFiles.alerts())) {
            watched.addAll(PromQl.selectors(r.path("expr").asText()));
        }
        Map<String, String> promised = Map.of(
                "coach_live_window_latency_seconds_bucket", "p95 window latency",
                "coach_live_sessions_rejected_total", "sessions rejected",
                "http_server_requests_seconds_count", "HTTP 5xx rate",
                "coach_models_load_failures_total", "model load failures",
                "ft_circuitbreaker_state_current", "DB/Redis circuit open",
                "coach_jobs_queued_oldest_age_seconds", "jobs queued too long",
                "up", "instance down");
        Set<String> metrics = watched.stream().map(Selector::metric).collect(Collectors.toSet());
        promised.forEach((metric, what) -> assertTrue(metrics.contains(metric), "no alert on " + what + " (" + metric + ")"));
        assertTrue(watched.stream().anyMatch(s -> s.metric().equals("http_server_requests_seconds_count")
                && s.matchers().getOrDefault("status", new Matcher("", "")).value().startsWith("5")), "no alert on 5xx");
        Set<String> circuits = watched.stream().filter(s -> s.metric().equals("ft_circuitbreaker_state_current"))
                .map(s -> s.matchers().get("method").value()).collect(Collectors.toSet());
        assertTrue(circuits.stream().anyMatch(m -> "io.interviewcoach.job.store.JobStore.claim".matches(m)),
                "no circuit alert covers the PostgreSQL stores: " + circuits);
        assertTrue(circuits.stream().anyMatch(m -> "io.interviewcoach.live.state.RedisLiveStateStore.save".matches(m)
                && !"io.interviewcoach.job.store.JobStore.claim".matches(m)), "no circuit alert for Redis alone: " + circuits);
    }

    @Test
    void everyPanelHasATitleTargetsAndTheDatasourceVariable() throws Exception {
        JsonNode d = DeployMonitoringFiles.dashboard();
        String ds = "${" + DeployMonitoringFiles.DATASOURCE_VARIABLE + "}";
        assertFalse(d.path("uid").asText().isBlank(), "the dashboard needs a fixed uid (links, provisioning)");
        boolean variable = false;
        for (JsonNode v : d.path("templating").path("list")) {
            variable |= v.path("name").asText().equals(DeployMonitoringFiles.DATASOURCE_VARIABLE)
                    && v.path("type").asText().equals("datasource") && v.path("query").asText().equals("prometheus");
        }
        assertTrue(variable, "no Prometheus datasource variable named " + DeployMonitoringFiles.DATASOURCE_VARIABLE);
        List<JsonNode> panels = DeployMonitoringFiles.panels(d);
        assertTrue(panels.size() >= 10, "only " + panels.size() + " panels");
        List<String> problems = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode p : panels) {
            String title = p.path("title").asText();
            if (title.isBlank()) {
                problems.add("a panel without a title: " + p.path("id"));
            }
            if (!ids.add(p.path("id").asInt())) {
                problems.add(title + ": id " + p.path("id") + " used twice");
            }
            if (!ds.equals(p.path("datasource").path("uid").asText())) {
                problems.add(title + ": datasource uid is not " + ds);
            }
            if (!p.path("targets").isArray() || p.path("targets").isEmpty()) {
                problems.add(title + ": no targets");
            }
            for (JsonNode t : p.path("targets")) {
                if (t.path("expr").asText().isBlank() || PromQl.selectors(t.path("expr").asText()).isEmpty()) {
                    problems.add(title + " " + t.path("refId") + ": no expression selecting a series");
                }
                if (t.has("datasource") && !ds.equals(t.path("datasource").path("uid").asText())) {
                    problems.add(title + " " + t.path("refId") + ": target datasource uid is not " + ds);
                }
            }
            if (!p.path("gridPos").has("w") || !p.path("gridPos").has("h")) {
                problems.add(title + ": no gridPos");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theTokenizerFindsSelectorsNotFunctionsLabelsOrDurations() {
        List<Selector> s = PromQl.selectors("histogram_quantile(0.95, sum by (le, pod) (rate(a_bucket{pod=~\"$pod\", x!=\"}\"}"
                + "[$__rate_interval]))) / on (pod) group_left max without (le) (b_total offset 5m) > 1e3 and c");
        assertEquals(List.of("a_bucket", "b_total", "c"), s.stream().map(Selector::metric).toList());
        assertEquals(new Matcher("=~", "$pod"), s.get(0).matchers().get("pod"));
        assertEquals(new Matcher("!=", "}"), s.get(0).matchers().get("x"));
        assertEquals(List.of("up"), PromQl.selectors("up{job=\"x\"} == 0").stream().map(Selector::metric).toList());
        assertEquals(List.of("m"), PromQl.selectors("{__name__=\"m\"}").stream().map(Selector::metric).toList());
        assertThrows(IllegalArgumentException.class, () -> PromQl.selectors("a{b=\"c\""));
        assertThrows(IllegalArgumentException.class, () -> PromQl.selectors("a{b==\"c\"}"));
    }
}
