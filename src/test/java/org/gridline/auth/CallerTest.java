package org.gridline.auth;

import org.gridline.platform.error.DomainException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CallerTest {
    private final Caller admin = new Caller("admin", Role.ADMIN, null);
    private final Caller leader = new Caller("leader-cs-01", Role.LEADER, "CS-01");

    @Test
    void anAdminIsStaffOfEveryGridALeaderOfTheirOwnOnly() {
        assertTrue(admin.isStaffOf("CS-01"));
        assertTrue(admin.isStaffOf("QX-02"));
        assertTrue(leader.isStaffOf("CS-01"));
        assertFalse(leader.isStaffOf("CS-02"));
        assertFalse(new Caller("odd", Role.LEADER, null).isStaffOf("CS-01"));
    }

    @Test
    void anotherGridIs403() {
        DomainException e = assertThrows(DomainException.class, () -> leader.requireStaffOf("QX-01"));
        assertEquals(403, e.status());
        assertDoesNotThrow(() -> leader.requireStaffOf("CS-01"));
    }
}
