package org.gridline.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The typed answers of one form, a record per form kind. Stored inside the form's JSON with its kind in {@code "form"},
 * so a stored form reads back as the record it was written from.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "form")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ReportSlots.class, name = "REPORT"),
        @JsonSubTypes.Type(value = RegistrationSlots.class, name = "REGISTRATION")})
public interface FormSlots {
}
