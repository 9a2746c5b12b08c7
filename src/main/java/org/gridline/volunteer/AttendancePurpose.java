package org.gridline.volunteer;

/** What a 6-digit attendance code is for: 签到 or 签退. */
public enum AttendancePurpose {
    CHECK_IN,
    CHECK_OUT
}
