package io.interviewcoach.models;

/** Hears how a download is going; {@link ProgressBar} draws it on stderr. */
public interface DownloadProgress {
    DownloadProgress NONE = new DownloadProgress() {
        @Override
        public void start(String label, long totalBytes) {
        }

        @Override
        public void advance(long bytesSoFar) {
        }

        @Override
        public void finish(boolean completed) {
        }
    };

    /** A download of {@code totalBytes} (-1 when the server does not say) begins. */
    void start(String label, long totalBytes);

    /** Bytes received so far, counted on the wire (compressed bytes for a .tgz). */
    void advance(long bytesSoFar);

    /** The download ended; {@code completed} is false when it failed or stopped early on purpose. */
    void finish(boolean completed);
}
