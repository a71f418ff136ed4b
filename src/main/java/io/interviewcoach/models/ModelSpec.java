package io.interviewcoach.models;

/**
 * One model the product can use: where it comes from publicly, what it must hash to, and how it is stored.
 * {@code sizeBytes} is 0 where the public source does not pin it (the sha256 always is).
 */
public record ModelSpec(
        String id,
        String version,
        String fileName,
        long sizeBytes,
        String sha256,
        String license,
        Format format,
        ModelSource source,
        String purpose) {

    public enum Format {
        TFLITE, ONNX,
        /** A zip archive unpacked into a directory named after {@code fileName} without ".zip". */
        ZIP_DIRECTORY
    }

    /** The name of what ends up in the models directory: a file, or a directory for zipped models. */
    public String installedName() {
        return format == Format.ZIP_DIRECTORY ? fileName.replaceFirst("\\.zip$", "") : fileName;
    }
}
