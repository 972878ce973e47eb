package org.iptmodel.json;

/**
 * The versions of the iptmodel JSON format this module reads and writes.
 *
 * <p>Every document carries a format version; a reader accepts every version from
 * {@link #OLDEST} to {@link #CURRENT}, and a writer writes {@link #CURRENT}.
 */
public final class FormatVersion {
    /** The version this module writes. */
    public static final int CURRENT = 1;
    /** The oldest version this module reads. */
    public static final int OLDEST = 1;

    private FormatVersion() {
    }

    /**
     * Checks whether a document of the given format version can be read.
     *
     * @param version the version a document declares
     * @return true if {@code OLDEST <= version <= CURRENT}
     */
    public static boolean isReadable(int version) {
        return version >= OLDEST && version <= CURRENT;
    }
}
