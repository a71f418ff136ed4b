package io.interviewcoach.models;

/** Downloaded or mirrored bytes that do not hash to the catalog's sha256; the file is refused. */
public class ChecksumMismatchException extends RuntimeException {
    public ChecksumMismatchException(ModelSpec spec, String actualSha256) {
        super("Checksum mismatch for " + spec.id() + ": expected sha256 " + spec.sha256() + " but got " + actualSha256
                + "; the file was refused");
    }
}
