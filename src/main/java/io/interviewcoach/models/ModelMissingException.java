package io.interviewcoach.models;

/** A model the command needs is not installed; the message names it and the command that fetches it. */
public class ModelMissingException extends RuntimeException {
    private final String modelId;

    public ModelMissingException(String modelId, String message) {
        super(message);
        this.modelId = modelId;
    }

    public String modelId() {
        return modelId;
    }
}
