package io.interviewcoach.inference;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.interviewcoach.inference.ProtoWire.Field;

/**
 * Makes an ONNX graph exported with a fixed batch of 1 accept any batch, in memory, when that is a small and
 * checkable change: the one input's and every output's first dimension become symbolic, each Reshape whose shape
 * constant starts with 1 keeps the batch instead (0 = copy that dimension), and the recorded intermediate shapes
 * (value_info, hints only) are dropped. Refused, with the reason, for any graph with an operator outside a short list
 * of per-sample operators (a Resize to fixed sizes, for instance, would pin the batch again). The file on disk, whose
 * sha256 is checked, is never changed.
 */
final class BatchableGraph {
    /** Operators that treat every sample of a batch alike and carry no batch size of their own. */
    private static final Set<String> PER_SAMPLE_OPS = Set.of("Conv", "PRelu", "Relu", "Add", "Mul", "Sub", "MaxPool",
            "AveragePool", "Pad", "Reshape", "Sigmoid", "Clip", "BatchNormalization");
    private static final String BATCH = "N";
    private static final int INT64 = 7;

    /** The rewritten model, or why the graph keeps its fixed batch ({@code model} null). */
    record Result(byte[] model, String refusal) {
        boolean batchable() {
            return model != null;
        }
    }

    private BatchableGraph() {
    }

    static Result rewrite(byte[] modelBytes) {
        try {
            List<Field> out = new ArrayList<>();
            String refusal = null;
            for (Field f : ProtoWire.read(modelBytes)) {
                if (f.tag() == 7 && f.wireType() == ProtoWire.LENGTH_DELIMITED) {
                    GraphEdit edit = new GraphEdit(f.message());
                    refusal = edit.refusal();
                    if (refusal != null) {
                        return new Result(null, refusal);
                    }
                    out.add(Field.message(7, edit.rewritten()));
                } else {
                    out.add(f);
                }
            }
            return new Result(ProtoWire.write(out), null);
        } catch (IllegalArgumentException e) {
            return new Result(null, "not a readable ONNX file: " + e.getMessage());
        }
    }

    private static final class GraphEdit {
        private final List<Field> graph;
        private final Map<String, List<Field>> initializers = new HashMap<>();
        private final Set<String> reshapeShapes = new HashSet<>();
        private String refusal;

        GraphEdit(List<Field> graph) {
            this.graph = graph;
            for (Field f : graph) {
                if (f.tag() == 5) {
                    List<Field> t = f.message();
                    initializers.put(stringOf(t, 8), t);
                }
            }
            check();
        }

        String refusal() {
            return refusal;
        }

        private void check() {
            int inputs = 0;
            for (Field f : graph) {
                if (f.tag() == 11 && !initializers.containsKey(stringOf(f.message(), 1))) {
                    inputs++;
                    refuseUnless(firstDim(f.message()) == 1, "input " + stringOf(f.message(), 1) + " has no batch dimension of 1");
                } else if (f.tag() == 12) {
                    refuseUnless(firstDim(f.message()) == 1, "output " + stringOf(f.message(), 1) + " has no batch dimension of 1");
                } else if (f.tag() == 1) {
                    checkNode(f.message());
                }
            }
            refuseUnless(inputs == 1, inputs + " inputs (one image input expected)");
        }

        private void checkNode(List<Field> node) {
            String op = stringOf(node, 4);
            if (!PER_SAMPLE_OPS.contains(op)) {
                refuseUnless(false, "operator " + op + " may fix the batch size");
                return;
            }
            if (op.equals("Reshape")) {
                List<String> in = strings(node, 1);
                List<Field> shape = in.size() == 2 ? initializers.get(in.get(1)) : null;
                refuseUnless(shape != null && longOf(shape, 2) == INT64 && bytesOf(shape, 9) != null
                        && bytesOf(shape, 9).length >= 8 && firstInt64(bytesOf(shape, 9)) == 1,
                        "a Reshape whose shape is not a constant starting with the batch of 1");
                if (shape != null) {
                    reshapeShapes.add(in.get(1));
                }
            }
        }

        private void refuseUnless(boolean ok, String reason) {
            if (!ok && refusal == null) {
                refusal = reason;
            }
        }

        List<Field> rewritten() {
            List<Field> out = new ArrayList<>();
            for (Field f : graph) {
                switch (f.tag()) {
                    case 13 -> {
                        // value_info: intermediate shapes recorded with batch 1; ONNX Runtime infers them again
                    }
                    case 11 -> out.add(initializers.containsKey(stringOf(f.message(), 1)) ? f : Field.message(11, symbolicBatch(f.message())));
                    case 12 -> out.add(Field.message(12, symbolicBatch(f.message())));
                    case 5 -> out.add(reshapeShapes.contains(stringOf(f.message(), 8)) ? Field.message(5, keepBatch(f.message())) : f);
                    default -> out.add(f);
                }
            }
            return out;
        }
    }

    /** ValueInfoProto (name 1, type 2) → TypeProto (tensor_type 1) → Tensor (shape 2) → TensorShapeProto (dim 1). */
    private static long firstDim(List<Field> valueInfo) {
        List<Field> dim = firstDimension(valueInfo);
        return dim == null ? -1 : longOf(dim, 1);
    }

    private static List<Field> firstDimension(List<Field> valueInfo) {
        List<Field> shape = path(valueInfo, 2, 1, 2);
        if (shape == null) {
            return null;
        }
        for (Field f : shape) {
            if (f.tag() == 1) {
                return f.message();
            }
        }
        return null;
    }

    private static List<Field> symbolicBatch(List<Field> valueInfo) {
        return replacePath(valueInfo, new int[] {2, 1, 2}, shape -> {
            List<Field> out = new ArrayList<>();
            boolean first = true;
            for (Field f : shape) {
                if (f.tag() == 1 && first) {
                    out.add(Field.message(1, List.of(Field.string(2, BATCH))));
                    first = false;
                } else {
                    out.add(f);
                }
            }
            return out;
        });
    }

    /** TensorProto raw_data (9): the first int64 (the batch, 1) becomes 0, "copy the input's dimension". */
    private static List<Field> keepBatch(List<Field> tensor) {
        List<Field> out = new ArrayList<>();
        for (Field f : tensor) {
            if (f.tag() == 9) {
                byte[] raw = f.bytes().clone();
                ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).putLong(0, 0L);
                out.add(Field.bytes(9, raw));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static List<Field> path(List<Field> message, int... tags) {
        List<Field> current = message;
        for (int tag : tags) {
            List<Field> next = null;
            for (Field f : current) {
                if (f.tag() == tag && f.wireType() == ProtoWire.LENGTH_DELIMITED) {
                    next = f.message();
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current;
    }

    private static List<Field> replacePath(List<Field> message, int[] tags, java.util.function.UnaryOperator<List<Field>> edit) {
        if (tags.length == 0) {
            return edit.apply(message);
        }
        List<Field> out = new ArrayList<>();
        boolean done = false;
        for (Field f : message) {
            if (!done && f.tag() == tags[0] && f.wireType() == ProtoWire.LENGTH_DELIMITED) {
                out.add(Field.message(f.tag(), replacePath(f.message(), java.util.Arrays.copyOfRange(tags, 1, tags.length), edit)));
                done = true;
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static String stringOf(List<Field> message, int tag) {
        for (Field f : message) {
            if (f.tag() == tag && f.wireType() == ProtoWire.LENGTH_DELIMITED) {
                return f.string();
            }
        }
        return "";
    }

    private static List<String> strings(List<Field> message, int tag) {
        List<String> out = new ArrayList<>();
        for (Field f : message) {
            if (f.tag() == tag && f.wireType() == ProtoWire.LENGTH_DELIMITED) {
                out.add(f.string());
            }
        }
        return out;
    }

    private static long longOf(List<Field> message, int tag) {
        for (Field f : message) {
            if (f.tag() == tag && f.wireType() == ProtoWire.VARINT) {
                return f.value();
            }
        }
        return -1;
    }

    private static byte[] bytesOf(List<Field> message, int tag) {
        for (Field f : message) {
            if (f.tag() == tag && f.wireType() == ProtoWire.LENGTH_DELIMITED) {
                return f.bytes();
            }
        }
        return null;
    }

    private static long firstInt64(byte[] raw) {
        return ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    }
}
