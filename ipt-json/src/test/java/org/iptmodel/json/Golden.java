package org.iptmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the golden files of {@code src/test/resources/golden}. */
final class Golden {

    private Golden() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no golden file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
