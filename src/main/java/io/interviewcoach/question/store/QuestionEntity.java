package io.interviewcoach.question.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A question of the bank as stored (docs/question-bank.md); {@code source}: the file it came from. */
@Entity
@Table(name = "questions")
public class QuestionEntity extends PanacheEntityBase {
    @Id
    public String id;

    /** The area of a role question ({@code role-engineering} → engineering), null for the others. */
    public String role;

    public String category;

    @Column(nullable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "talking_points", nullable = false)
    public String talkingPoints;

    public boolean star;

    public String source;
}
