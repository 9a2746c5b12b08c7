package org.gridline.platform.db;

/** The database did not answer in time or could not be reached; answered 503, counted in the outage summary. */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message) {
        super(message, null, false, false);
    }
}
