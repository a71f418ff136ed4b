package io.interviewcoach.question.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

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

/**
 * The question bank in PostgreSQL: filtered reads for the API (bounded in time, retried once, behind a circuit
 * breaker), upserts from the bank files.
 */
@ApplicationScoped
public class QuestionStore {
    private static final String ROLE_PREFIX = "role-";
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** Inserts or replaces each question (by id), in one transaction; safe when several servers start at once. */
    public Uni<Integer> upsert(List<Sourced> questions) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (Sourced q : questions) {
                chain = chain.chain(count -> session.createNativeQuery("insert into questions"
                                + " (id, role, category, text, talking_points, star, source)"
                                + " values (?1, ?2, ?3, ?4, cast(cast(?5 as text) as jsonb), ?6, ?7)"
                                + " on conflict (id) do update set role = excluded.role, category = excluded.category,"
                                + " text = excluded.text, talking_points = excluded.talking_points,"
                                + " star = excluded.star, source = excluded.source")
                        .setParameter(1, q.question().id())
                        .setParameter(2, role(q.question().category()))
                        .setParameter(3, q.question().category())
                        .setParameter(4, q.question().text())
                        .setParameter(5, talkingPoints(q.question()))
                        .setParameter(6, q.question().star())
                        .setParameter(7, q.source())
                        .executeUpdate()
                        .map(n -> count + n));
            }
            return chain;
        }));
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
