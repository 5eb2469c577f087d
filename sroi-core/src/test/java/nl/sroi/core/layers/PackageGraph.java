package nl.sroi.core.layers;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which package of the library uses which, read from the compiled classes: every class, field and method type a
 * class file names in its constant pool (descriptors, generic signatures, annotations), so a dependency through an
 * import, a fully qualified name or a lambda counts alike, and a mention in a comment does not.
 */
final class PackageGraph {

    private static final Pattern CORE_TYPE = Pattern.compile("nl/sroi/core/([a-z]+)/[A-Za-z0-9_$]");

    private final Map<String, Set<String>> uses;

    PackageGraph(Map<String, Set<String>> uses) {
        this.uses = new TreeMap<>(uses);
    }

    /** The graph of the classes under a class-path root ({@code target/classes}), by package under nl.sroi.core. */
    static PackageGraph of(Path classes) {
        Map<String, Set<String>> uses = new TreeMap<>();
        Path core = classes.resolve("nl/sroi/core");
        try (Stream<Path> files = Files.walk(core)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                Path relative = core.relativize(f);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String from = relative.getName(0).toString();
                Set<String> to = uses.computeIfAbsent(from, k -> new TreeSet<>());
                try (InputStream in = Files.newInputStream(f)) {
                    for (String text : constantTexts(in)) {
                        Matcher m = CORE_TYPE.matcher(text);
                        while (m.find()) {
                            if (!m.group(1).equals(from)) {
                                to.add(m.group(1));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackageGraph(uses);
    }

    /** The UTF-8 constants of a class file: every name, descriptor and signature it refers to. */
    static List<String> constantTexts(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant tag " + tag);
            }
        }
        return texts;
    }

    Map<String, Set<String>> uses() {
        return uses;
    }

    /** A cycle as the packages along it (the first repeated at the end), or an empty list when there is none. */
    List<String> cycle() {
        Map<String, Integer> state = new TreeMap<>();
        List<String> path = new ArrayList<>();
        for (String start : uses.keySet()) {
            List<String> found = visit(start, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<String> visit(String p, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(p);
        if (s != null && s == 2) {
            return List.of();
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(p), path.size()));
            cycle.add(p);
            return cycle;
        }
        state.put(p, 1);
        path.add(p);
        for (String q : uses.getOrDefault(p, Set.of())) {
            List<String> found = visit(q, state, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        state.put(p, 2);
        return List.of();
    }

    /**
     * Every use that does not point down: a package may use only packages on a lower layer.
     *
     * @param layers the layers, bottom first; each a set of packages (packages on one layer may not use each
     *               other)
     * @return the offending uses as {@code from -> to}, and every package that is on no layer
     */
    List<String> against(List<Set<String>> layers) {
        Map<String, Integer> level = new TreeMap<>();
        for (int i = 0; i < layers.size(); i++) {
            for (String p : layers.get(i)) {
                level.put(p, i);
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
            Integer from = level.get(e.getKey());
            if (from == null) {
                wrong.add(e.getKey() + " is on no layer");
                continue;
            }
            for (String to : e.getValue()) {
                Integer l = level.get(to);
                if (l == null || l >= from) {
                    wrong.add(e.getKey() + " -> " + to);
                }
            }
        }
        return wrong;
    }
}
