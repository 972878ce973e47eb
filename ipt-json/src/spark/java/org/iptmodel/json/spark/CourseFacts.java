package org.iptmodel.json.spark;

import java.io.Serializable;

/**
 * What the job keeps of one line of the dataset: plain strings, numbers and booleans, a Java bean
 * for {@code Encoders.bean}, so that each property is a column Spark SQL can group and count. The
 * partition function returns these, never model values; strings hold identifiers and enum names
 * only, no text of a course.
 */
public final class CourseFacts implements Serializable {
    private static final long serialVersionUID = 1L;

    private boolean bad;
    private String problemKind;
    private String protocol;
    private String status;
    private int sessions;
    private String primaryFocus;
    private String phq9ResponseClass;
    private int safetyFlags;
    private boolean adherent;
    private int deviations;

    /** Creates an empty row, as {@code Encoders.bean} needs. */
    public CourseFacts() {
    }

    /**
     * Returns the row of a line that could not be read.
     *
     * @param problemKind the kind of the line's first problem, an enum name
     * @return the row
     */
    static CourseFacts badLine(String problemKind) {
        CourseFacts facts = new CourseFacts();
        facts.bad = true;
        facts.problemKind = problemKind;
        return facts;
    }

    /**
     * Checks whether the line could not be read.
     *
     * @return true for a bad line
     */
    public boolean isBad() {
        return bad;
    }

    /**
     * Sets whether the line could not be read.
     *
     * @param bad true for a bad line
     */
    public void setBad(boolean bad) {
        this.bad = bad;
    }

    /**
     * Returns the kind of a bad line's first problem ({@code ProblemKind} name).
     *
     * @return the kind, or null for a course
     */
    public String getProblemKind() {
        return problemKind;
    }

    /**
     * Sets the kind of a bad line's first problem.
     *
     * @param problemKind the kind, or null
     */
    public void setProblemKind(String problemKind) {
        this.problemKind = problemKind;
    }

    /**
     * Returns the protocol's id, such as {@code ipt-standard}.
     *
     * @return the id, or null for a bad line
     */
    public String getProtocol() {
        return protocol;
    }

    /**
     * Sets the protocol's id.
     *
     * @param protocol the id
     */
    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    /**
     * Returns the course's status ({@code CourseStatus} name).
     *
     * @return the status, or null for a bad line
     */
    public String getStatus() {
        return status;
    }

    /**
     * Sets the course's status.
     *
     * @param status the status
     */
    public void setStatus(String status) {
        this.status = status;
    }

    /**
     * Returns the number of sessions held.
     *
     * @return the number
     */
    public int getSessions() {
        return sessions;
    }

    /**
     * Sets the number of sessions held.
     *
     * @param sessions the number
     */
    public void setSessions(int sessions) {
        this.sessions = sessions;
    }

    /**
     * Returns the primary problem area that the focus selector chose from the ranking
     * ({@code ProblemArea} name).
     *
     * @return the area, or null when no focus could be selected
     */
    public String getPrimaryFocus() {
        return primaryFocus;
    }

    /**
     * Sets the selected primary problem area.
     *
     * @param primaryFocus the area, or null
     */
    public void setPrimaryFocus(String primaryFocus) {
        this.primaryFocus = primaryFocus;
    }

    /**
     * Returns the response class of the PHQ-9 outcome ({@code ResponseClass} name).
     *
     * @return the class, or null with fewer than two PHQ-9 scores
     */
    public String getPhq9ResponseClass() {
        return phq9ResponseClass;
    }

    /**
     * Sets the response class of the PHQ-9 outcome.
     *
     * @param phq9ResponseClass the class, or null
     */
    public void setPhq9ResponseClass(String phq9ResponseClass) {
        this.phq9ResponseClass = phq9ResponseClass;
    }

    /**
     * Returns the number of safety flags of the adherence report.
     *
     * @return the number
     */
    public int getSafetyFlags() {
        return safetyFlags;
    }

    /**
     * Sets the number of safety flags.
     *
     * @param safetyFlags the number
     */
    public void setSafetyFlags(int safetyFlags) {
        this.safetyFlags = safetyFlags;
    }

    /**
     * Checks whether the adherence report found no deviation.
     *
     * @return true if adherent
     */
    public boolean isAdherent() {
        return adherent;
    }

    /**
     * Sets whether the adherence report found no deviation.
     *
     * @param adherent true if adherent
     */
    public void setAdherent(boolean adherent) {
        this.adherent = adherent;
    }

    /**
     * Returns the number of deviations of the adherence report.
     *
     * @return the number
     */
    public int getDeviations() {
        return deviations;
    }

    /**
     * Sets the number of deviations.
     *
     * @param deviations the number
     */
    public void setDeviations(int deviations) {
        this.deviations = deviations;
    }
}
