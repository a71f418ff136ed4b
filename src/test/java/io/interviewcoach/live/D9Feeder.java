package io.interviewcoach.live;

import io.interviewcoach.live.client.ClientMedia;
import io.interviewcoach.live.protocol.MediaMessage;
import io.interviewcoach.live.service.LiveSession;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.testsupport.TestAssets;

/** d9.mp4 as a client would send it to a session, one stretch at a time, continuing the sequence numbers. */
public final class D9Feeder {
    private final LiveSession session;
    private long frame;
    private long chunk;

    public D9Feeder(LiveSession session) {
        this.session = session;
    }

    /** Sends media time [from, to) at about four times real time (under the message-rate limit). */
    public void feed(double from, double to) throws InterruptedException {
        try (MediaReader reader = MediaReader.open(TestAssets.media("d9.mp4"), ReadOptions.of(10, 1.0))) {
            var it = reader.windows();
            while (it.hasNext()) {
                MediaWindow w = it.next();
                if (w.startSec() < from - 1e-9) {
                    continue;
                }
                if (w.startSec() >= to - 1e-9) {
                    break;
                }
                for (VideoFrame f : w.frames()) {
                    session.onBinary(MediaMessage.video(frame++, Math.round(f.timeSec() * 1000),
                            ClientMedia.jpeg(f, 85)).encode());
                }
                float[] s = w.audio().samples();
                for (int i = 0; i < s.length; i += 1600) {
                    int j = Math.min(s.length, i + 1600);
                    session.onBinary(MediaMessage.audio(chunk++, Math.round((w.startSec() + i / 16000.0) * 1000),
                            16_000, ClientMedia.pcm16(s, i, j)).encode());
                }
                Thread.sleep(250);
            }
        }
    }
}
