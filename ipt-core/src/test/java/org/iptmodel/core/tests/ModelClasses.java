package org.iptmodel.core.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iptmodel.core.Course;

/**
 * The classes of ipt-core's package {@code org.iptmodel.core}, or of another of its packages, read
 * from where {@link Course} was loaded.
 */
final class ModelClasses {
    static final String PACKAGE = "org.iptmodel.core";

    private ModelClasses() {
    }

    /** The location of ipt-core's classes: a directory or a jar. */
    static Path location() {
        try {
            return Path.of(Course.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The binary names of every class of the package, nested ones included, sorted. */
    static List<String> names() {
        return names(PACKAGE);
    }

    /** The binary names of every class of one of ipt-core's packages, nested ones included, sorted. */
    static List<String> names(String pkg) {
        Path location = location();
        try {
            if (Files.isDirectory(location)) {
                return namesUnder(location, pkg);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location, Map.of())) {
                return namesUnder(jar.getPath("/"), pkg);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> namesUnder(Path root, String pkg) throws IOException {
        Path dir = root.resolve(pkg.replace('.', '/'));
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".class") && !f.equals("package-info.class"))
                    .map(f -> pkg + "." + f.substring(0, f.length() - ".class".length()))
                    .forEach(names::add);
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /** Every class of the package, loaded. */
    static List<Class<?>> all() {
        return all(PACKAGE);
    }

    /** Every class of one of ipt-core's packages, loaded. */
    static List<Class<?>> all(String pkg) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names(pkg)) {
            try {
                classes.add(Class.forName(name, false, Course.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    /** The public types of the package: top-level public types and their public nested types. */
    static List<Class<?>> publicTypes() {
        return publicTypes(PACKAGE);
    }

    /** The public types of one of ipt-core's packages: top-level public types and their public nested types. */
    static List<Class<?>> publicTypes(String pkg) {
        return all(pkg).stream().filter(ModelClasses::isPublicApi).toList();
    }

    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()) {
                return false;
            }
        }
        return true;
    }
}
