package org.gridline.volunteer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** Request bodies of the recruitment API. */
public final class RecruitmentRequests {
    private RecruitmentRequests() {
    }

    /** A new recruitment, created as a draft; {@code anyGrid}: volunteers of every grid may sign up. */
    public record NewRecruitment(@NotBlank @Size(max = 60) String title, @NotBlank @Size(max = 32) String grid,
                                 @NotBlank @Size(max = 100) String place, @NotNull OffsetDateTime startsAt,
                                 @NotNull OffsetDateTime endsAt, @Min(1) @Max(10000) int capacity,
                                 @Min(0) @Max(100000) int points, @NotNull OffsetDateTime signUpDeadline,
                                 boolean anyGrid) {
    }

    /** A staff correction of a sign-up's attendance; the reason is kept with it. */
    public record AttendanceFix(@NotNull OffsetDateTime checkedInAt, @NotNull OffsetDateTime checkedOutAt,
                                @NotBlank @Size(max = 200) String reason) {
    }
}
