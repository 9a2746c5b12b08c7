package org.gridline.grid;

import org.gridline.auth.Caller;
import org.gridline.platform.text.Masking;

/** A grid member as the API shows it: the phone whole only to the grid's staff (an ADMIN, the grid's own LEADER). */
public record MemberView(String gridCode, String openid, String name, String phone, MemberRole role) {

    static MemberView of(GridMember member, Caller viewer) {
        String phone = viewer != null && viewer.isStaffOf(member.gridCode) ? member.phone : Masking.phone(member.phone);
        return new MemberView(member.gridCode, member.openid, member.name, phone, member.role);
    }

    /** For other features (dispatch, notifications), which need the whole number. */
    static MemberView internal(GridMember member) {
        return new MemberView(member.gridCode, member.openid, member.name, member.phone, member.role);
    }

    @Override
    public String toString() {
        return "MemberView[" + gridCode + ", " + Masking.openid(openid) + ", " + Masking.name(name) + ", "
                + Masking.phone(phone) + ", " + role + "]";
    }
}
