package io.interviewcoach.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read as its instructions (continuation lines joined, comments dropped), grouped into build stages,
 * enough to check what the images copy, run as and expose without a container engine.
 */
record Dockerfile(Path file, List<Stage> stages, Map<String, String> globalArgs) {

    record Instruction(String keyword, String args) {}

    record Stage(String base, String name, List<Instruction> instructions) {
        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }

        /** ENV values of this stage (both KEY=VALUE forms, several per instruction), quotes removed. */
        Map<String, String> env() {
            Map<String, String> env = new LinkedHashMap<>();
            Matcher m = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)").matcher("");
            for (Instruction i : all("ENV")) {
                m.reset(i.args());
                while (m.find()) {
                    env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
                }
            }
            return env;
        }
    }

    static Dockerfile parse(Path file) {
        List<String> logical = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : DeployFiles.read(file).split("\n", -1)) {
            String t = line.strip();
            if (cur.isEmpty() && (t.isEmpty() || t.startsWith("#"))) {
                continue;
            }
            if (t.startsWith("#")) {
                continue;   // a comment inside a continued instruction
            }
            if (t.endsWith("\\")) {
                cur.append(t, 0, t.length() - 1).append(' ');
            } else {
                cur.append(t);
                logical.add(cur.toString());
                cur.setLength(0);
            }
        }
        List<Stage> stages = new ArrayList<>();
        Map<String, String> globalArgs = new LinkedHashMap<>();
        List<Instruction> current = null;
        for (String l : logical) {
            String[] parts = l.split("\\s+", 2);
            Instruction ins = new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1].strip() : "");
            if (ins.keyword().equals("FROM")) {
                String[] from = ins.args().split("\\s+");
                String name = from.length >= 3 && from[1].equalsIgnoreCase("AS") ? from[2] : null;
                current = new ArrayList<>();
                stages.add(new Stage(from[0], name, current));
            } else if (current == null) {
                if (ins.keyword().equals("ARG")) {
                    String[] kv = ins.args().split("=", 2);
                    globalArgs.put(kv[0], kv.length > 1 ? kv[1].replaceAll("^\"|\"$", "") : "");
                }
            } else {
                current.add(ins);
            }
        }
        return new Dockerfile(file, stages, globalArgs);
    }

    Stage last() {
        return stages.get(stages.size() - 1);
    }

    /** A base image with ${ARG} replaced by the ARG's default. */
    String resolve(String image) {
        Matcher m = Pattern.compile("\\$\\{?([A-Za-z_]+)}?").matcher(image);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(globalArgs.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(sb).toString();
    }
}
