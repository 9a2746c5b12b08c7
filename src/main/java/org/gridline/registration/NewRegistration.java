package org.gridline.registration;

import java.time.LocalDate;

/** A confirmed registration form; {@code gridCode} is null when the address matched no grid. */
public record NewRegistration(String openid, String name, String phone, String origin, LocalDate arrivalDate,
                              String address, String gridCode) {
}
