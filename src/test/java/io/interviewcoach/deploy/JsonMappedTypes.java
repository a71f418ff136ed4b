package io.interviewcoach.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonSubTypes;

/**
 * The application's classes Jackson maps outside the REST layer (whose method signatures Quarkus registers for
 * reflection itself): report files, socket messages, Redis and spool state, the question bank, settings overrides,
 * bench figures. Native images need each of them, and every type they reach, registered for reflection.
 */
final class JsonMappedTypes {
    /** Where the mapping starts: each is given to an ObjectMapper somewhere in src/main (readValue, valueToTree...). */
    static final List<String> ROOTS = List.of(
            "io.interviewcoach.report.Report",                    // ReportJson: analyze --json, stored reports
            "io.interviewcoach.analysis.TimelineReport$Window",   // LiveStateJournal: window detail in Redis
            "io.interviewcoach.fusion.Metrics",                   // RecomputedParts: HTML report
            "io.interviewcoach.live.protocol.ServerMessage",      // ProtocolJson: the live socket
            "io.interviewcoach.live.protocol.ControlMessage",
            "io.interviewcoach.session.rest.SessionOptions",      // read by hand from the request body
            "io.interviewcoach.speech.content.QuestionBank$Index",
            "io.interviewcoach.speech.content.QuestionBank$QuestionFile",
            "io.interviewcoach.speech.content.TalkingPoint",
            "io.interviewcoach.web.problem.Problem",              // written by hand by UploadLimitRoute
            "io.interviewcoach.face.FaceSettings",                // SettingsOverrides: analyzer settings from config
            "io.interviewcoach.pose.PoseSettings",
            "io.interviewcoach.voice.VoiceSettings",
            "io.interviewcoach.speech.SpeechSettings",
            "io.interviewcoach.live.cues.CueSettings",
            "io.interviewcoach.bench.LiveBenchFigures",           // bench --json
            "io.interviewcoach.bench.ApiBenchFigures");

    private JsonMappedTypes() {
    }

    /** The roots and every application class reachable from them through record components, fields and subtypes. */
    static Set<String> closure() {
        Set<String> seen = new TreeSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (String root : ROOTS) {
            todo.add(load(root));
        }
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            if (!isApp(c) || !seen.add(c.getName())) {
                continue;
            }
            for (Type t : reachedTypes(c)) {
                collect(t, todo);
            }
        }
        return seen;
    }

    static Class<?> load(String name) {
        try {
            return Class.forName(name, false, JsonMappedTypes.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("class " + name + " is not on the classpath", e);
        }
    }

    private static boolean isApp(Class<?> c) {
        return c.getName().startsWith("io.interviewcoach.") && !c.isAnonymousClass() && !c.isSynthetic();
    }

    private static List<Type> reachedTypes(Class<?> c) {
        List<Type> types = new java.util.ArrayList<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                types.add(rc.getGenericType());
            }
        } else if (!c.isEnum()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    types.add(f.getGenericType());
                }
            }
            for (Method m : c.getMethods()) {
                if (m.getParameterCount() == 0 && m.getName().startsWith("get") && m.getDeclaringClass() == c) {
                    types.add(m.getGenericReturnType());
                }
            }
        }
        if (c.isSealed()) {
            types.addAll(List.of(c.getPermittedSubclasses()));
        }
        JsonSubTypes sub = c.getAnnotation(JsonSubTypes.class);
        if (sub != null) {
            for (JsonSubTypes.Type t : sub.value()) {
                types.add(t.value());
            }
        }
        return types;
    }

    private static void collect(Type t, Deque<Class<?>> todo) {
        if (t instanceof Class<?> c) {
            todo.add(c.isArray() ? c.getComponentType() : c);
        } else if (t instanceof ParameterizedType p) {
            collect(p.getRawType(), todo);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, todo);
            }
        } else if (t instanceof GenericArrayType g) {
            collect(g.getGenericComponentType(), todo);
        } else if (t instanceof WildcardType w) {
            for (Type u : w.getUpperBounds()) {
                collect(u, todo);
            }
        }
    }
}
