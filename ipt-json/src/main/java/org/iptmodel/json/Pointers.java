package org.iptmodel.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.TokenStreamContext;

/**
 * JSON Pointers that hold only names of the format: a pointer stops at the last segment that is
 * a property name some object of the format defines, so an unknown or broken name, which may be
 * patient text typed in the wrong place, never reaches a problem, a message, a {@code BadLine}
 * or the command-line tool.
 */
final class Pointers {
    /** Every property name of the format, registered by each object format as it is defined. */
    private static final Set<String> NAMES = ConcurrentHashMap.newKeySet();

    static {
        NAMES.add(Document.SCHEMA);
        NAMES.add(Document.VERSION);
    }

    private Pointers() {
    }

    /** Registers a property name of the format. */
    static void name(String json) {
        NAMES.add(json);
    }

    /**
     * Returns the pointer of a parser's position inside a value of the format whose own context is
     * {@code base}: the path of the application's own JSON to the value as the parser gives it
     * ({@code ""} at the root), then the names and indexes from the value down to the context,
     * stopping before the first name that the format does not define.
     *
     * @param base the context in which the value of the format started, or null for the root
     */
    static String of(TokenStreamContext context, TokenStreamContext base) {
        // the context around the value: the application's own JSON, whose names are its own
        // (a tree read in place of the input, such as a document put in order, has a root context of its own
        // whose parent is the input's context around it: root contexts are passed over)
        TokenStreamContext outer = base == null ? null : base.getParent();
        while (outer != null && outer.inRoot()) {
            outer = outer.getParent();
        }
        Deque<TokenStreamContext> path = new ArrayDeque<>();
        boolean inside = outer == null;
        for (TokenStreamContext c = context; c != null; c = c.getParent()) {
            if (c == outer) {
                inside = true;
                break;
            }
            if (!c.inRoot()) {
                path.push(c);
            }
        }
        if (!inside) {
            // the context is the outer one or above it
            return context.pathAsPointer().toString();
        }
        StringBuilder pointer = new StringBuilder();
        if (outer != null) {
            pointer.append(outer.pathAsPointer().toString());
        }
        for (TokenStreamContext c : path) {
            if (c.inArray()) {
                if (!c.hasCurrentIndex()) {
                    break;
                }
                pointer.append('/').append(c.getCurrentIndex());
            } else {
                String name = c.currentName();
                if (name == null || !NAMES.contains(name)) {
                    break;
                }
                pointer.append('/');
                for (int i = 0; i < name.length(); i++) {
                    char ch = name.charAt(i);
                    if (ch == '~') {
                        pointer.append("~0");
                    } else if (ch == '/') {
                        pointer.append("~1");
                    } else {
                        pointer.append(ch);
                    }
                }
            }
        }
        return pointer.toString();
    }
}
