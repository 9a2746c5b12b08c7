package org.gridline.conversation.nlu;

import java.util.Optional;

/**
 * An intent with the arguments that were obvious in the same message.
 *
 * @param intent    what the message wants
 * @param verb      the command word as typed for VOLUNTEER / WORKER_COMMAND ("签到", "办结"), the rating word for RATING
 *                  ("基本满意"); empty otherwise
 * @param reference a report number (R + 13 digits) or its last 4 digits, when one was given
 */
public record Recognition(Intent intent, String verb, Optional<String> reference) {
    public static Recognition of(Intent intent) {
        return new Recognition(intent, "", Optional.empty());
    }

    public static Recognition of(Intent intent, String verb) {
        return new Recognition(intent, verb, Optional.empty());
    }
}
