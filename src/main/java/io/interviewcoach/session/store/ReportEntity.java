package io.interviewcoach.session.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The final report of a session as delivered, with its scores copied out for progress queries (null: not measured). */
@Entity
@Table(name = "reports")
public class ReportEntity extends PanacheEntityBase {
    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    @ColumnTransformer(read = "cast(report as text)", write = JsonColumn.WRITE)
    public String report;

    @Column(name = "schema_version")
    public Integer schemaVersion;

    public Double overall;

    @Column(name = "body_language")
    public Double bodyLanguage;

    @Column(name = "facial_expression")
    public Double facialExpression;

    @Column(name = "vocal_delivery")
    public Double vocalDelivery;

    @Column(name = "speech_content")
    public Double speechContent;
}
