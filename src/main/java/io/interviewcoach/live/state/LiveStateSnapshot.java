package io.interviewcoach.live.state;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A live session's state as stored: who owns it (the token's hash), where it is, and its running aggregates. A
 * metric never measured in the session is null. {@code lastWindow} is the last window message's JSON. {@code node}: the
 * {@link LiveNode} id of the server running it; {@code recovered}: why another server finalized it, null normally;
 * {@code answers}: the answer messages sent so far (a JSON array), null before the first.
 */
public record LiveStateSnapshot(String sessionId, String tokenHash, String status, Instant createdAt,
        Instant startedAt, Integer fps, String poseModel, List<String> focus, String lastWindow, int windows,
        Double eyeContact, Double speakingSec, Integer fillers, Double wordsPerMinute, String node, String recovered,
        String answers) {

    static final String TOKEN_HASH = "tokenHash";
    static final String STATUS = "status";
    static final String CREATED_AT = "createdAt";
    static final String STARTED_AT = "startedAt";
    static final String FPS = "fps";
    static final String POSE_MODEL = "poseModel";
    static final String FOCUS = "focus";
    static final String LAST_WINDOW = "lastWindow";
    static final String WINDOWS = "windows";
    static final String EYE_CONTACT = "eyeContact";
    static final String SPEAKING_SEC = "speakingSec";
    static final String FILLERS = "fillers";
    static final String WORDS_PER_MINUTE = "wordsPerMinute";
    /** The instance id of the server running the session (docs/live-state.md, "When a server dies"). */
    static final String NODE = "node";
    /** The answers completed so far: a JSON array of the answer messages sent. */
    static final String ANSWERS = "answers";
    /** Set when the session was finalized by another server after its own died: the reason. */
    static final String RECOVERED = "recovered";

    public static final String CREATED = "created";
    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";

    /** The snapshot of stored fields; null when there are none (no such session, or it expired). */
    static LiveStateSnapshot of(String sessionId, Map<String, String> f) {
        if (f == null || f.isEmpty()) {
            return null;
        }
        String focus = f.get(FOCUS);
        return new LiveStateSnapshot(sessionId, f.get(TOKEN_HASH), f.get(STATUS), instant(f.get(CREATED_AT)),
                instant(f.get(STARTED_AT)), integer(f.get(FPS)), f.get(POSE_MODEL),
                focus == null ? null : focus.isEmpty() ? List.of() : Arrays.asList(focus.split(",")),
                f.get(LAST_WINDOW), f.containsKey(WINDOWS) ? Integer.parseInt(f.get(WINDOWS)) : 0,
                decimal(f.get(EYE_CONTACT)), decimal(f.get(SPEAKING_SEC)), integer(f.get(FILLERS)),
                decimal(f.get(WORDS_PER_MINUTE)), f.get(NODE), f.get(RECOVERED), f.get(ANSWERS));
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static Double decimal(String s) {
        return s == null ? null : Double.valueOf(s);
    }
}
