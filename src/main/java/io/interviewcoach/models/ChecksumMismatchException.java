package io.interviewcoach.models;

/** Downloaded or mirrored bytes that do not hash to the catalog's sha256; the file is refused. */
public class ChecksumMismatchException extends ModelInstallException {
    private final String actualSha256;

    public ChecksumMismatchException(ModelSpec spec, String actualSha256) {
        this(spec, actualSha256, "the downloaded bytes");
    }

    /** {@code what} names where the bytes came from, e.g. "the download from registry.npmjs.org". */
    public ChecksumMismatchException(ModelSpec spec, String actualSha256, String what) {
        super("Checksum mismatch for " + spec.id() + ": expected sha256 " + spec.sha256() + " but " + what
                + " hash to " + actualSha256 + "; the file was refused and nothing was installed");
        this.actualSha256 = actualSha256;
    }

    public String actualSha256() {
        return actualSha256;
    }
}
