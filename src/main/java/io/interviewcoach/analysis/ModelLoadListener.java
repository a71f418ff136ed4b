package io.interviewcoach.analysis;

/** Hears of every model that could not be loaded (missing, damaged, or refused by its engine), e.g. to count them. */
@FunctionalInterface
public interface ModelLoadListener {
    ModelLoadListener NONE = (modelId, failure) -> { };

    /** @param modelId the catalog id (models.ModelCatalog) of the model that failed */
    void failed(String modelId, RuntimeException failure);
}
