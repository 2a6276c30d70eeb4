package org.reportintake.validator.api.model;

/** Whether a stored version is the one that counts for its agency and year. */
public enum VersionStatus {
    CURRENT,
    SUPERSEDED
}
