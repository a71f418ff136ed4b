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

/** One window of a finished session's timeline; {@code values} is its report.timeline[] element. */
@Entity
@Table(name = "timeline_windows")
@IdClass(TimelineWindowEntity.Key.class)
public class TimelineWindowEntity extends PanacheEntityBase {
    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    @Column(name = "window_index")
    public int windowIndex;

    @Column(name = "start_sec")
    public Double startSec;

    @Column(name = "end_sec")
    public Double endSec;

    @Column(name = "\"values\"", nullable = false)
    @ColumnTransformer(read = "cast(\"values\" as text)", write = JsonColumn.WRITE)
    public String values;

    /** The primary key (session, windowIndex). */
    public static class Key implements Serializable {
        public UUID sessionId;
        public int windowIndex;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(sessionId, k.sessionId) && windowIndex == k.windowIndex;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(sessionId, windowIndex);
        }
    }
}
