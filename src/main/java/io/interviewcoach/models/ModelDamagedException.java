package io.interviewcoach.models;

/**
 * An installed model whose bytes are no longer the verified ones (or cannot be checked); the message names the
 * model and the {@code models pull} command that installs it again. A kind of missing model: the usable one is gone.
 */
public class ModelDamagedException extends ModelMissingException {
    public ModelDamagedException(ModelSpec spec, String what) {
        super(spec.id(), "Model '" + spec.id() + "' is damaged: " + what + "; install it again with: coach models pull "
                + spec.id());
    }
}
