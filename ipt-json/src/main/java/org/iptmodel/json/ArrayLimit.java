package org.iptmodel.json;

/** Which of the {@link JsonLimits} bounds an array of the format. */
enum ArrayLimit {
    SESSIONS("sessions"),
    ISSUES("issues"),
    PEOPLE("people"),
    ITEMS("elements");

    private final String noun;

    ArrayLimit(String noun) {
        this.noun = noun;
    }

    String noun() {
        return noun;
    }
}
