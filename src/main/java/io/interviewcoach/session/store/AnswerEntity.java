package io.interviewcoach.session.store;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One answer of a finished session: {@code n} is 1-based; {@code section} is its report.answers[] element. */
@Entity
@Table(name = "answers")
@IdClass(AnswerEntity.Key.class)
public class AnswerEntity extends PanacheEntityBase {
    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    public int n;

    @Column(name = "question_id")
    public String questionId;

    @Column(name = "start_sec")
    public Double startSec;

    @Column(name = "end_sec")
    public Double endSec;

    /** The recognised words spoken in [start, end), null when the report has no transcript. */
    public String transcript;

    @ColumnTransformer(read = "cast(section as text)", write = JsonColumn.WRITE)
    public String section;

    /** The primary key (session, n). */
    public static class Key implements Serializable {
        public UUID sessionId;
        public int n;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(sessionId, k.sessionId) && n == k.n;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(sessionId, n);
        }
    }
}
