package org.gridline.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Loads and saves a resident's form inside the processing transaction. An ACTIVE form untouched for longer than the
 * inactivity timeout is read as a DRAFT (and saved so). Concurrent writers of one row fail on the version column.
 */
@ApplicationScoped
public class ConversationStore {
    /** A resident's form as the engine sees it; {@code row} is null when there is none. */
    public record Loaded(Conversation row, FormState<?> form, boolean draft) {
        public boolean active() {
            return row != null && !draft;
        }
    }

    private final ObjectMapper json;
    private final Clock clock;
    private final FormRules rules;

    public ConversationStore(ObjectMapper json, Clock clock, FormRules rules) {
        this.json = json;
        this.clock = clock;
        this.rules = rules;
    }

    public Uni<Loaded> load(String openid) {
        return Conversation.<Conversation>findById(openid).map(row -> {
            if (row == null) {
                return new Loaded(null, null, false);
            }
            if (rules.expired(row.updatedAt, OffsetDateTime.now(clock)) && row.status == Conversation.Status.ACTIVE) {
                row.status = Conversation.Status.DRAFT;
            }
            return new Loaded(row, read(row.form), row.status == Conversation.Status.DRAFT);
        });
    }

    /** Writes the outcome's form over the loaded row (or removes the row when the form is gone). */
    public Uni<Void> save(String openid, Loaded loaded, Outcome outcome) {
        if (outcome.aside()) {
            return Uni.createFrom().voidItem();
        }
        if (outcome.form() == null) {
            return loaded.row() == null ? Uni.createFrom().voidItem() : loaded.row().delete();
        }
        Conversation row = loaded.row() != null ? loaded.row() : newRow(openid);
        row.form = write(outcome.form());
        row.status = outcome.draft() ? Conversation.Status.DRAFT : Conversation.Status.ACTIVE;
        row.updatedAt = OffsetDateTime.now(clock);
        return row.persist().replaceWithVoid();
    }

    private static Conversation newRow(String openid) {
        Conversation row = new Conversation();
        row.openid = openid;
        return row;
    }

    private FormState<?> read(String form) {
        try {
            return json.readValue(form, FormState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored form cannot be read", e);
        }
    }

    private String write(FormState<?> form) {
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("form cannot be written", e);
        }
    }
}
