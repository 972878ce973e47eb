package org.iptmodel.json;

/** Finds the property of the format that a JSON Pointer of a document names. */
final class FormatPaths {

    private FormatPaths() {
    }

    /**
     * The property at a pointer, and whether the pointer names one element of it (an array
     * element); null for the header, for the root and for places the format does not define.
     */
    static Place resolve(Document<?> document, String pointer) {
        if (pointer.isEmpty()) {
            return null;
        }
        String[] segments = pointer.substring(1).split("/", -1);
        ValueFormat<?> current = document.body();
        Place place = null;
        for (int i = 0; i < segments.length; i++) {
            if (current == ModelFormats.INSTRUMENT_REF) {
                current = ModelFormats.INSTRUMENT;
            }
            if (!(current instanceof ObjectFormat)) {
                return null;
            }
            Prop<?, ?, ?> prop = find((ObjectFormat<?, ?>) current, segments[i]);
            if (prop == null) {
                return null;
            }
            boolean element = false;
            if (prop.isArray() && i + 1 < segments.length) {
                i++;
                element = true;
            }
            place = new Place(prop, element);
            current = prop.format;
        }
        return place;
    }

    private static Prop<?, ?, ?> find(ObjectFormat<?, ?> format, String name) {
        for (Prop<?, ?, ?> prop : format.props()) {
            if (prop.json.equals(name)) {
                return prop;
            }
        }
        return null;
    }

    /** A property of the format, or one element of an array property. */
    record Place(Prop<?, ?, ?> prop, boolean element) {
        /** Whether deleting the property must be reported as missing. */
        boolean isRequired() {
            return !element && prop.isRequired();
        }

        /** Whether any string is a valid value here (free text, checked only by the model). */
        boolean isText() {
            return prop.format == Scalars.TEXT;
        }
    }
}
