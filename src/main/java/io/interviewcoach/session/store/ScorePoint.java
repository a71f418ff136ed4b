package io.interviewcoach.session.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One finished session's scores (0-100, null where not measured), for progress over time. */
public record ScorePoint(UUID sessionId, OffsetDateTime finishedAt, Double overall, Double bodyLanguage,
        Double facialExpression, Double vocalDelivery, Double speechContent) {}
