package io.interviewcoach.session.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An anonymous owner: whoever holds the owner token. Accounts (a later issue) will fill this slot. */
@Entity
@Table(name = "owners")
public class OwnerEntity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
