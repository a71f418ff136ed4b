package io.interviewcoach.models;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public download location. For npm tarballs {@code entry} names the file inside the .tgz, and
 * {@code rangeStart}/{@code rangeEnd} (end exclusive) cut the model out of a packed asset file;
 * both are null when the whole entry or download is the model.
 */
public record ModelSource(String url, String entry, Long rangeStart, Long rangeEnd) {
    private static final Pattern NPM_TARBALL = Pattern.compile("https://registry\\.npmjs\\.org/(.+)/-/[^/]+-([^/-]+)\\.tgz");
    private static final Pattern GITHUB_RAW = Pattern.compile(
            "https://raw\\.githubusercontent\\.com/([^/]+/[^/]+)/([0-9a-f]{7})[0-9a-f]*/(.+)");

    public ModelSource {
        if ((rangeStart == null) != (rangeEnd == null)) {
            throw new IllegalArgumentException("a byte range needs both ends");
        }
        if (rangeStart != null && (rangeStart < 0 || rangeEnd <= rangeStart)) {
            throw new IllegalArgumentException("empty or negative byte range [" + rangeStart + ", " + rangeEnd + ")");
        }
        if (rangeStart != null && entry == null) {
            throw new IllegalArgumentException("a byte range is cut out of a tarball entry; name the entry");
        }
    }

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

    public URI uri() {
        return URI.create(url);
    }

    public String host() {
        return uri().getHost();
    }

    /** The last path segment of the URL: the name a downloaded archive has, e.g. "pose-0.5.1675469404.tgz". */
    public String archiveFileName() {
        String path = uri().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A short human description, e.g. "npm @mediapipe/pose@0.5.1675469404: package/pose_landmark_lite.tflite". */
    public String describe() {
        Matcher github = GITHUB_RAW.matcher(url);
        if (github.matches()) {
            return "GitHub " + github.group(1) + "@" + github.group(2) + ": " + github.group(3);
        }
        Matcher npm = NPM_TARBALL.matcher(url);
        String where = npm.matches() ? "npm " + npm.group(1) + "@" + npm.group(2) : url;
        if (entry == null) {
            return where;
        }
        String what = where + ": " + entry;
        return hasRange() ? what + " bytes [" + rangeStart + ", " + rangeEnd + ")" : what;
    }
}
