package org.iptmodel.json;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import tools.jackson.databind.JacksonModule;

/**
 * The run-time floor of jackson-annotations, checked before an {@link IptJson} or an
 * {@link IptJsonModule} is handed out. Jackson 3 keeps using the annotations of Jackson 2
 * ({@code com.fasterxml.jackson.core:jackson-annotations}); Jackson 3.3 uses
 * {@code JsonApplyView}, which jackson-annotations has since 2.22, and its BOM brings 2.23, the
 * version this library is built and tested with. An older jar loaded first (Maven picks the
 * nearest version in the dependency tree, so one that another dependency brings, such as Spark's,
 * may win) would make Jackson fail later with a {@code NoClassDefFoundError}; this check fails
 * first, with a message that names the jar and the version needed.
 */
final class JacksonAnnotations {
    /** The Maven coordinates of the jar. */
    static final String ARTIFACT = "com.fasterxml.jackson.core:jackson-annotations";
    /** The oldest version that has every annotation Jackson 3.3 uses. */
    static final String FLOOR = "2.22";
    /** The version Jackson 3.3's BOM brings, and this library is tested with. */
    static final String TESTED = "2.23";
    /** The newest annotation Jackson 3.3 uses: present exactly from {@link #FLOOR} on. */
    static final String PROBE = "com.fasterxml.jackson.annotation.JsonApplyView";
    /** A class every version of the jar has, to tell an old jar from none. */
    private static final String ANY = "com.fasterxml.jackson.annotation.JsonProperty";

    /** The problem of the class loader that loaded Jackson, found once; null if none. */
    private static final String PROBLEM = problem(loaderOf(JacksonModule.class)).orElse(null);

    private JacksonAnnotations() {
    }

    /**
     * Fails if the jackson-annotations that Jackson loads is older than {@link #FLOOR}.
     *
     * @throws IllegalStateException naming the jar found and the version needed
     */
    static void require() {
        if (PROBLEM != null) {
            throw new IllegalStateException(PROBLEM);
        }
    }

    /**
     * Checks the jackson-annotations visible to a class loader, by the presence of {@link #PROBE}.
     *
     * @param loader the loader that loads Jackson's classes
     * @return the message of the problem, or empty if the jar is recent enough
     */
    static Optional<String> problem(ClassLoader loader) {
        if (isPresent(PROBE, loader)) {
            return Optional.empty();
        }
        String found;
        try {
            Class<?> any = Class.forName(ANY, false, loader);
            found = "jackson-annotations " + version(any) + " was loaded" + from(any);
        } catch (ClassNotFoundException | LinkageError e) {
            found = "no jackson-annotations was found";
        }
        return Optional.of("iptmodel JSON needs " + ARTIFACT + " " + FLOOR + " or later at run time (Jackson 3.3"
                + " uses its " + PROBE + "; Jackson's BOM brings " + TESTED + "), but " + found + ". An older jar"
                + " comes first on the class path, for example one that another dependency brings (such as"
                + " Spark's) and that Maven's nearest-wins resolution picked: declare " + ARTIFACT + ":" + TESTED
                + " as a direct dependency of the application, or put that jar first on the class path.");
    }

    private static boolean isPresent(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The version of the jar: its manifest's implementation version, else its module's version. */
    private static String version(Class<?> type) {
        Package p = type.getPackage();
        if (p != null && p.getImplementationVersion() != null) {
            return p.getImplementationVersion();
        }
        if (type.getModule().isNamed() && type.getModule().getDescriptor() != null) {
            Optional<String> raw = type.getModule().getDescriptor().rawVersion();
            if (raw.isPresent()) {
                return raw.get();
            }
        }
        return "(version unknown)";
    }

    /** Where the class was loaded from, as {@code " from PATH"}, or nothing if unknown. */
    private static String from(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "";
        }
        try {
            return " from " + Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return " from " + source.getLocation();
        }
    }

    private static ClassLoader loaderOf(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader != null ? loader : ClassLoader.getPlatformClassLoader();
    }
}
