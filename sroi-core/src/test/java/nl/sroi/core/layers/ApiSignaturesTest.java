package nl.sroi.core.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.sroi.core.validation.Problem;

/**
 * No public signature of an exported package names a type of a package the module does not export
 * ({@code internal}) or a Jackson type; only the Jackson adapters, {@code nl.sroi.core.jackson} and {@code nl.sroi.core.tree}, name Jackson's.
 * Read by reflection over every public class, field, constructor and method (with their generic types) of the
 * packages {@code module-info} exports.
 */
class ApiSignaturesTest {

    /** The packages whose purpose is to hand Jackson's types to modules that build JSON with Jackson. */
    static final Set<String> JACKSON_ADAPTERS = Set.of("nl.sroi.core.jackson", "nl.sroi.core.tree");

    static Path classes() throws URISyntaxException {
        return Path.of(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static ModuleDescriptor module() throws URISyntaxException {
        return ModuleFinder.of(classes()).find("nl.sroi.core").orElseThrow().descriptor();
    }

    static Set<String> exported() throws URISyntaxException {
        return module().exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }

    @Test
    void theModule_exportsItsApi_andNotInternal() throws URISyntaxException {
        ModuleDescriptor m = module();
        assertEquals(Set.of(), m.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()), "no qualified exports");
        Set<String> exported = exported();
        assertFalse(exported.contains("nl.sroi.core.internal"));
        Set<String> all = m.packages();
        Set<String> hidden = new TreeSet<>(all);
        hidden.removeAll(exported);
        assertEquals(Set.of("nl.sroi.core.internal"), hidden, "every package is exported but internal");
    }

    @Test
    void noPublicSignature_namesAnInternalOrJacksonType() throws Exception {
        Set<String> exported = exported();
        Set<String> wrong = new TreeSet<>();
        for (Class<?> c : publicClasses(exported)) {
            wrong.addAll(offences(c, exported));
        }
        assertEquals(Set.of(), wrong, "signatures that name an internal or Jackson type");
    }

    @Test
    void theCheck_findsAJacksonTypeInASignature_andAnInternalOne() {
        Set<String> exported = Set.of(Api.class.getPackageName());
        List<String> found = offences(Api.class, exported);
        assertEquals(3, found.size(), found::toString);
        assertTrue(found.stream().anyMatch(s -> s.contains("tree") && s.contains("JsonNode")), found::toString);
        assertTrue(found.stream().anyMatch(s -> s.contains("kernel") && s.contains("nl.sroi.core.internal.Kernel")),
                found::toString);
        assertTrue(found.stream().anyMatch(s -> s.contains("nodes") && s.contains("ObjectNode")), found::toString);
    }

    /** A type with what the check must find: a Jackson type as a parameter, in a generic, an internal type. */
    public static final class Api {
        public static void tree(com.fasterxml.jackson.databind.JsonNode node) {
        }

        public static List<com.fasterxml.jackson.databind.node.ObjectNode> nodes() {
            return List.of();
        }

        public static nl.sroi.core.internal.Kernel kernel() {
            return null;
        }

        static com.fasterxml.jackson.databind.JsonNode hidden() {
            return null;
        }
    }

    static List<String> offences(Class<?> c, Set<String> exported) {
        boolean adapter = JACKSON_ADAPTERS.contains(c.getPackageName());
        List<String> wrong = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (c.getGenericSuperclass() != null) {
            types.add(c.getGenericSuperclass());
            where.add(c.getName() + " extends");
        }
        for (Type t : c.getGenericInterfaces()) {
            types.add(t);
            where.add(c.getName() + " implements");
        }
        for (Field f : c.getDeclaredFields()) {
            if (visible(f.getModifiers())) {
                types.add(f.getGenericType());
                where.add(c.getName() + "." + f.getName());
            }
        }
        List<Executable> members = new ArrayList<>(List.of(c.getDeclaredConstructors()));
        members.addAll(List.of(c.getDeclaredMethods()));
        for (Executable e : members) {
            if (!visible(e.getModifiers()) || e.isSynthetic() || (e instanceof Method m && m.isBridge())) {
                continue;
            }
            String name = c.getName() + "." + (e instanceof Constructor<?> ? "<init>" : e.getName());
            if (e instanceof Method m) {
                types.add(m.getGenericReturnType());
                where.add(name + " returns");
            }
            for (Type t : e.getGenericParameterTypes()) {
                types.add(t);
                where.add(name + " takes");
            }
            for (Type t : e.getGenericExceptionTypes()) {
                types.add(t);
                where.add(name + " throws");
            }
        }
        for (int i = 0; i < types.size(); i++) {
            for (String named : classesNamed(types.get(i))) {
                boolean jackson = named.startsWith("com.fasterxml.jackson.");
                boolean hidden = named.startsWith("nl.sroi.core.") && !exported.contains(packageOf(named));
                if (hidden || jackson && !adapter) {
                    wrong.add(where.get(i) + " " + named);
                }
            }
        }
        return wrong;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    /** Every class a type names, with its type arguments, bounds and array components. */
    private static Set<String> classesNamed(Type t) {
        Set<String> named = named(t, new TreeSet<>());
        named.removeIf(s -> s.startsWith("?"));
        return named;
    }

    /** Adds what {@code t} names to {@code into}; a type variable once, as "?name", so recursive bounds end. */
    private static Set<String> named(Type t, Set<String> into) {
        if (t instanceof Class<?> c) {
            Class<?> base = c;
            while (base.isArray()) {
                base = base.getComponentType();
            }
            if (!base.isPrimitive()) {
                into.add(base.getName().replace('$', '.').replaceAll("\\.[A-Z].*", "") + "." + outer(base));
            }
        } else if (t instanceof ParameterizedType p) {
            named(p.getRawType(), into);
            for (Type a : p.getActualTypeArguments()) {
                named(a, into);
            }
        } else if (t instanceof GenericArrayType g) {
            named(g.getGenericComponentType(), into);
        } else if (t instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(b -> named(b, into));
        } else if (t instanceof TypeVariable<?> v && into.add("?" + v.getName())) {
            for (Type b : v.getBounds()) {
                named(b, into);
            }
        }
        return into;
    }

    private static String outer(Class<?> c) {
        Class<?> top = c;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return top.getSimpleName();
    }

    /** Every public class, also nested, of the exported packages. */
    private static List<Class<?>> publicClasses(Set<String> exported) throws IOException, URISyntaxException {
        Path root = classes();
        List<Class<?>> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.equals("module-info") || !exported.contains(packageOf(name))) {
                    continue;
                }
                Class<?> c;
                try {
                    c = Class.forName(name, false, ApiSignaturesTest.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                if (publiclyReachable(c)) {
                    all.add(c);
                }
            }
        }
        return all;
    }

    private static boolean publiclyReachable(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
                return false;
            }
        }
        return true;
    }
}
