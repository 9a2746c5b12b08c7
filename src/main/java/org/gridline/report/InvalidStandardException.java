package org.gridline.report;

/**
 * The classification standard file is unusable. The message names the offending entry so that an operator can fix
 * the file without reading code.
 */
public class InvalidStandardException extends IllegalArgumentException {
    public InvalidStandardException(String message) {
        super(message);
    }

    public InvalidStandardException(String message, Throwable cause) {
        super(message, cause);
    }
}
