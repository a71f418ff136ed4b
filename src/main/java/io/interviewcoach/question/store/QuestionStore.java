package io.interviewcoach.question.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.speech.content.Question;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The question bank in PostgreSQL: filtered reads for the API (bounded in time, retried once, behind a circuit
 * breaker), upserts from the bank files.
 */
@ApplicationScoped
public class QuestionStore {
    private static final String ROLE_PREFIX = "role-";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Looked up when first used: the offline commands run with the datasource inactive. */
    @Inject
    Instance<Pool> pools;

    /** Questions matching both filters (a null filter matches all), by id. */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public Uni<List<QuestionEntity>> list(String role, String category) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (role != null) {
            where.add("role = :role");
            params.and("role", role);
        }
        if (category != null) {
            where.add("category = :category");
            params.and("category", category);
        }
        Sort byId = Sort.by("id");
        return Panache.withSession(() -> where.isEmpty()
                ? QuestionEntity.findAll(byId).list()
                : QuestionEntity.find(String.join(" and ", where), byId, params).list());
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public Uni<QuestionEntity> byId(String id) {
        return Panache.withSession(() -> QuestionEntity.findById(id));
    }

    /**
     * Inserts or replaces each question (by id) in one batched statement, safe when several servers start at once.
     * It goes through the SQL client rather than a Hibernate native query, whose bulk-operation bookkeeping warns
     * (HHH90010101) when the reactive session closes.
     */
    public Uni<Integer> upsert(List<Sourced> questions) {
        if (questions.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Tuple> rows = questions.stream().map(q -> Tuple.from(new Object[] {q.question().id(),
                role(q.question().category()), q.question().category(), q.question().text(),
                talkingPoints(q.question()), q.question().star(), q.source()})).toList();
        return pools.get().preparedQuery("""
                        INSERT INTO questions (id, role, category, text, talking_points, star, source)
                        VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7)
                        ON CONFLICT (id) DO UPDATE SET role = excluded.role, category = excluded.category,
                            text = excluded.text, talking_points = excluded.talking_points, star = excluded.star,
                            source = excluded.source""")
                .executeBatch(rows)
                .map(result -> questions.size());
    }

    /** A question and the file it was read from. */
    public record Sourced(Question question, String source) {}

    static String role(String category) {
        return category != null && category.toLowerCase(Locale.ROOT).startsWith(ROLE_PREFIX)
                ? category.substring(ROLE_PREFIX.length()) : null;
    }

    private static String talkingPoints(Question q) {
        return JSON.valueToTree(q.talkingPoints()).toString();
    }
}
