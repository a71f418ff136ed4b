package io.interviewcoach.question.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.interviewcoach.session.store.JsonColumn;
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

    @Column(name = "talking_points", nullable = false)
    @ColumnTransformer(read = "cast(talking_points as text)", write = JsonColumn.WRITE)
    public String talkingPoints;

    public boolean star;

    public String source;
}
