package org.gridline.grid;

import org.gridline.auth.Caller;
import org.gridline.auth.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

class MemberViewTest {

    @ParameterizedTest(name = "{0} of {1} sees {2}")
    @CsvSource(nullValues = "none", value = {
            "ADMIN,  none,  13800001001",
            "LEADER, CS-01, 13800001001",
            "LEADER, CS-02, 138****1001"})
    void thePhoneIsWholeOnlyForTheGridsStaff(Role role, String viewerGrid, String expected) {
        GridMember member = new GridMember();
        member.gridCode = "CS-01";
        member.openid = "o_demo_worker_g1a";
        member.name = "李晓梅";
        member.phone = "13800001001";
        member.role = MemberRole.WORKER;
        MemberView view = MemberView.of(member, new Caller("someone", role, viewerGrid));
        assertEquals(expected, view.phone());
        assertFalse(view.toString().contains("13800001001"), "toString is for logs: masked");
    }
}
