package io.interviewcoach.models;

/**
 * A public download location. For npm tarballs {@code entry} names the file inside the .tgz, and
 * {@code rangeStart}/{@code rangeEnd} (end exclusive) cut the model out of a packed asset file;
 * both are null when the whole entry or download is the model.
 */
public record ModelSource(String url, String entry, Long rangeStart, Long rangeEnd) {
    public static ModelSource direct(String url) {
        return new ModelSource(url, null, null, null);
    }

    public static ModelSource tarEntry(String url, String entry) {
        return new ModelSource(url, entry, null, null);
    }

    public static ModelSource tarRange(String url, String entry, long start, long end) {
        return new ModelSource(url, entry, start, end);
    }

    public boolean isTarball() {
        return entry != null;
    }

    public boolean hasRange() {
        return rangeStart != null && rangeEnd != null;
    }
}
