package org.gridline.wechat;

/**
 * An {@code Encrypt} value that does not decrypt to a message for our app. The {@link Failure} tells tests and logs
 * exactly what was wrong; the reason (and so the metric) is {@code wrong-appid} or, for everything else,
 * {@code bad-ciphertext}.
 */
public class CipherRejected extends CallbackRejected {
    /** What exactly was wrong with the ciphertext. */
    public enum Failure { BAD_BASE64, BAD_LENGTH, BAD_PADDING, BAD_LENGTH_FIELD, WRONG_APPID }

    private final Failure failure;

    public CipherRejected(Failure failure, String message) {
        super(failure == Failure.WRONG_APPID ? RejectReason.WRONG_APPID : RejectReason.BAD_CIPHERTEXT, message);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
