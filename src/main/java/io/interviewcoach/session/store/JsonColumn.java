package io.interviewcoach.session.store;

/**
 * jsonb columns are mapped as JSON text: the reactive PostgreSQL client would encode a Java String bound to a jsonb
 * parameter as a JSON string (double-encoding it), and Hibernate Reactive's own JSON type reads only objects, not
 * arrays. So the text is cast to jsonb on the way in and back to text on the way out.
 */
public final class JsonColumn {
    /** The write expression of a jsonb column mapped to a String ({@code @ColumnTransformer(write = ...)}). */
    public static final String WRITE = "cast(cast(? as text) as jsonb)";

    private JsonColumn() {
    }
}
