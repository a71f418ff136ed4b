package io.interviewcoach.models;

import java.util.List;

/** A model id that is not in the catalog; the message lists the ids that are. */
public class UnknownModelException extends IllegalArgumentException {
    public UnknownModelException(String id, List<String> knownIds) {
        super("Unknown model id '" + id + "'. Known ids: " + String.join(", ", knownIds));
    }
}
