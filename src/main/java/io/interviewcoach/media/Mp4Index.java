package io.interviewcoach.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells an MP4/MOV whose index ('moov' box) is missing from other unreadable files: a recording cut off before the
 * recorder wrote its index (it writes it last unless the file is "faststart") has every frame but no way to find them.
 */
final class Mp4Index {
    private static final int HEADER = 8;

    private Mp4Index() {
    }

    /** True when the file starts like an MP4/MOV ('ftyp') and none of its top-level boxes is the index. */
    static boolean isMissing(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long offset = 0;
            boolean first = true;
            ByteBuffer header = ByteBuffer.allocate(HEADER + 8);
            while (offset + HEADER <= size) {
                header.clear();
                ch.read(header, offset);
                long boxSize = Integer.toUnsignedLong(header.getInt(0));
                String type = new String(header.array(), 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (first && !type.equals("ftyp")) {
                    return false;
                }
                if (type.equals("moov")) {
                    return false;
                }
                first = false;
                if (boxSize == 1) {
                    boxSize = header.getLong(HEADER);
                } else if (boxSize == 0) {
                    break;
                }
                if (boxSize < HEADER) {
                    break;
                }
                offset += boxSize;
            }
            return !first;
        } catch (IOException e) {
            return false;
        }
    }
}
