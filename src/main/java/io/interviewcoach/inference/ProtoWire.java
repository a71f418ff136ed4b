package io.interviewcoach.inference;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The protobuf wire format, just enough to read and write ONNX model files field by field (no protobuf library is on
 * the classpath): a message is a list of fields; a length-delimited field keeps its bytes, which may be a nested
 * message, a string or packed numbers.
 */
final class ProtoWire {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private ProtoWire() {
    }

    /** One field: a varint in {@code value}; the bytes of a fixed-size or length-delimited one in {@code bytes}. */
    record Field(int tag, int wireType, long value, byte[] bytes) {
        static Field varint(int tag, long value) {
            return new Field(tag, VARINT, value, null);
        }

        static Field bytes(int tag, byte[] bytes) {
            return new Field(tag, LENGTH_DELIMITED, 0, bytes);
        }

        static Field string(int tag, String s) {
            return bytes(tag, s.getBytes(StandardCharsets.UTF_8));
        }

        static Field message(int tag, List<Field> fields) {
            return bytes(tag, write(fields));
        }

        String string() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        List<Field> message() {
            return read(bytes);
        }
    }

    static List<Field> read(byte[] data) {
        List<Field> fields = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < data.length) {
            long key = readVarint(data, pos);
            int tag = (int) (key >>> 3);
            int type = (int) (key & 7);
            switch (type) {
                case VARINT -> fields.add(new Field(tag, type, readVarint(data, pos), null));
                case FIXED64 -> fields.add(new Field(tag, type, 0, slice(data, pos, 8)));
                case FIXED32 -> fields.add(new Field(tag, type, 0, slice(data, pos, 4)));
                case LENGTH_DELIMITED -> fields.add(new Field(tag, type, 0, slice(data, pos, (int) readVarint(data, pos))));
                default -> throw new IllegalArgumentException("unsupported protobuf wire type " + type + " at byte " + pos[0]);
            }
        }
        return fields;
    }

    static byte[] write(List<Field> fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Field f : fields) {
            writeVarint(out, ((long) f.tag() << 3) | f.wireType());
            switch (f.wireType()) {
                case VARINT -> writeVarint(out, f.value());
                case LENGTH_DELIMITED -> {
                    writeVarint(out, f.bytes().length);
                    out.writeBytes(f.bytes());
                }
                default -> out.writeBytes(f.bytes());
            }
        }
        return out.toByteArray();
    }

    private static byte[] slice(byte[] data, int[] pos, int length) {
        if (length < 0 || pos[0] + length > data.length) {
            throw new IllegalArgumentException("truncated protobuf field at byte " + pos[0]);
        }
        byte[] b = java.util.Arrays.copyOfRange(data, pos[0], pos[0] + length);
        pos[0] += length;
        return b;
    }

    private static long readVarint(byte[] data, int[] pos) {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= data.length) {
                throw new IllegalArgumentException("truncated protobuf varint");
            }
            byte b = data[pos[0]++];
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new IllegalArgumentException("malformed protobuf varint");
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7fL) != 0) {
            out.write((int) ((value & 0x7f) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }
}
