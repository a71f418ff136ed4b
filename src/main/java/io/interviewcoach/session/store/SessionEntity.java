package io.interviewcoach.session.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A live session as stored: who owns it, where it stands, what it was asked to do. */
@Entity
@Table(name = "sessions")
public class SessionEntity extends PanacheEntityBase {
    public static final String CREATED = "created";
    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";
    public static final String FAILED = "failed";

    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "owner_id")
    public UUID ownerId;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    public Integer fps;

    @Column(name = "pose_model")
    public String poseModel;

    /** JSON array of cue kinds, null: all cues. */
    @ColumnTransformer(read = "cast(focus as text)", write = JsonColumn.WRITE)
    public String focus;

    /** JSON array of question ids the client said it would ask, null when none was given. */
    @Column(name = "question_ids")
    @ColumnTransformer(read = "cast(question_ids as text)", write = JsonColumn.WRITE)
    public String questionIds;
}
