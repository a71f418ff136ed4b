package io.interviewcoach.session.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A session deleted through the API: no later write (another replica, a spool) may bring it back. */
@Entity
@Table(name = "deleted_sessions")
public class DeletedSessionEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "deleted_at", nullable = false)
    public OffsetDateTime deletedAt;
}
