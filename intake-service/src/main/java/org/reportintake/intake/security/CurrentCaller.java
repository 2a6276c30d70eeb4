package org.reportintake.intake.security;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set by {@link AuthenticationFilter} before any resource method runs. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    /** The authenticated caller; the filter has refused the request before a resource could see none. */
    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller for this request");
        }
        return caller;
    }

    public boolean isPresent() {
        return caller != null;
    }
}
