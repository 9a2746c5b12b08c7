package org.gridline.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the API shows of registrations. */
public final class RegistrationViews {
    private RegistrationViews() {
    }

    /** One registration; staff of its grid see name and phone whole. */
    public record RegistrationItem(long id, String openid, String name, String phone, String origin,
                                   LocalDate arrivalDate, String address, String grid, boolean highRisk,
                                   LocalDate registeredOn, OffsetDateTime createdAt) {
        static RegistrationItem of(Registration r) {
            return new RegistrationItem(r.id, r.openid, r.name, r.phone, r.origin, r.arrivalDate, r.address,
                    r.gridCode, r.highRisk, r.registeredOn, r.createdAt);
        }
    }

    /** Registrations of one grid on one day (每日外来流动人口统计); {@code grid} null for addresses of no grid. */
    public record DailyCount(LocalDate date, String grid, long registrations, long highRisk) {
    }
}
