package org.iptmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The version of this artifact, from the properties file the build fills in. */
final class ModuleVersion {
    static final Version VERSION = load();

    private ModuleVersion() {
    }

    private static Version load() {
        try (InputStream in = ModuleVersion.class.getResourceAsStream("ipt-json.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            Properties properties = new Properties();
            properties.load(in);
            return VersionUtil.parseVersion(properties.getProperty("version"), "org.iptmodel", "ipt-json");
        } catch (IOException | RuntimeException e) {
            return Version.unknownVersion();
        }
    }
}
