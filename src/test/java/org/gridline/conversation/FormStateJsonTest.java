package org.gridline.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** A stored form reads back as the typed slots it was written from, whatever the form and whichever slots are empty. */
class FormStateJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final PlaceSlot PLACE = new PlaceSlot("幸福小区东门", 22.578, 113.079, "幸福小区东门", "CS-01",
            "昌盛社区第一网格", null);

    static Stream<FormState<?>> forms() {
        return Stream.of(
                FormState.of(FormKind.REPORT, ReportSlots.EMPTY.withDescription("路灯不亮了").withCategory("FAC")
                        .withLocation(PLACE).withPin(ReportSlots.Pin.NOT_NEEDED).withDuplicateChecked(true)),
                FormState.of(FormKind.REPORT, ReportSlots.EMPTY.withEmergency("着火了", "119").withFiled("R1")),
                FormState.of(FormKind.REPORT, ReportSlots.EMPTY),
                FormState.of(FormKind.REGISTRATION, RegistrationSlots.EMPTY.withName("张三")
                        .withArrival(LocalDate.of(2026, 11, 20)).withStay(PLACE)));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void aFormReadsBackAsItWasWritten(FormState<?> form) throws Exception {
        form.asking = "phone";
        form.skipped.add("pin");
        FormState<?> read = JSON.readValue(JSON.writeValueAsString(form), FormState.class);
        assertEquals(form.slots, read.slots);
        assertEquals(form.kind, read.kind);
        assertEquals(form.skipped, read.skipped);
        assertEquals(form.asking, read.asking);
    }
}
