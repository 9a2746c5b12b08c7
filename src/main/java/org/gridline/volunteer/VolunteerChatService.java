package org.gridline.volunteer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.gridline.conversation.nlu.VolunteerVerb;
import org.gridline.platform.error.DomainException;
import org.gridline.points.LedgerService;
import org.gridline.points.RedemptionService;
import org.gridline.points.RewardService;
import org.gridline.points.Statement;
import org.gridline.volunteer.ChatViews.EntryLine;
import org.gridline.volunteer.ChatViews.MineLine;
import org.gridline.volunteer.ChatViews.RecruitmentLine;
import org.gridline.volunteer.ChatViews.RewardLine;

import java.util.List;

/**
 * The volunteer commands of the chat. The conversation calls {@link #reply} inside the transaction that processes the
 * message, with the verb it recognised and the whole text; every change made here commits with that transaction.
 * Refusals become a reply that says why; every text comes from a template under
 * {@code templates/VolunteerChatService/}.
 */
@ApplicationScoped
public class VolunteerChatService implements org.gridline.conversation.VolunteerChat {
    private static final int RECENT_ENTRIES = 5;

    private final SignUpService signUps;
    private final AttendanceService attendance;
    private final LedgerService ledger;
    private final RewardService rewards;
    private final RedemptionService redemptions;

    public VolunteerChatService(SignUpService signUps, AttendanceService attendance, LedgerService ledger,
                                RewardService rewards, RedemptionService redemptions) {
        this.signUps = signUps;
        this.attendance = attendance;
        this.ledger = ledger;
        this.rewards = rewards;
        this.redemptions = redemptions;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance recruitments(List<RecruitmentLine> items);

        static native TemplateInstance choose(List<RecruitmentLine> items);

        static native TemplateInstance signedUp(String title, String when, String place, long position);

        static native TemplateInstance cancelled(String title, boolean hadPlace);

        static native TemplateInstance mine(List<MineLine> items);

        static native TemplateInstance code(String title, boolean checkOut, String code, String until);

        static native TemplateInstance checkedIn(String title, boolean already);

        static native TemplateInstance checkedOut(String title, int minutes, long points, boolean already);

        static native TemplateInstance points(long balance, long pending, List<EntryLine> entries);

        static native TemplateInstance catalogue(List<RewardLine> items);

        static native TemplateInstance ordered(String name, int quantity, long points, String code, String until);

        static native TemplateInstance redemptionCancelled(String name, long points);

        static native TemplateInstance pickedUp(String name, int quantity);

        static native TemplateInstance usage(String verb);

        static native TemplateInstance refused(String code, String detail);
    }

    @Override
    public Uni<String> reply(String openid, String verb, String text) {
        ChatCommand command = ChatCommand.parse(verb, text);
        return Uni.createFrom().deferred(() -> answer(openid, command))
                .onFailure(DomainException.class).recoverWithItem(e -> refusal((DomainException) e))
                .map(t -> t.render().strip());
    }

    private Uni<TemplateInstance> answer(String openid, ChatCommand c) {
        VolunteerVerb verb = VolunteerVerb.of(c.verb()).orElse(VolunteerVerb.VOLUNTEER);
        return switch (verb) {
            case RECRUITMENTS, ACTIVITIES, SIGN_UP, CANCEL_SIGN_UP, MINE -> signUps(openid, verb, c);
            case CODE, CHECK_IN, CHECK_OUT -> attendance(openid, verb, c);
            case POINTS, SHOP, ORDER, CANCEL_ORDER, PICK_UP -> pointsAndShop(openid, verb, c);
            case POINTS_SHOP, VOLUNTEER -> Uni.createFrom().item(Templates.usage(c.verb()));
        };
    }

    private Uni<TemplateInstance> signUps(String openid, VolunteerVerb verb, ChatCommand c) {
        return switch (verb) {
            case SIGN_UP -> signUp(openid, c);
            case CANCEL_SIGN_UP -> withNumber(c, n -> signUps.cancel(openid, n)
                    .map(x -> Templates.cancelled(x.recruitment().title, x.hadPlace())));
            case MINE -> signUps.mine(openid).map(ms -> Templates.mine(ms.stream().map(MineLine::of).toList()));
            default -> signUps.open(openid).map(rs -> Templates.recruitments(ChatViews.lines(rs)));
        };
    }

    private Uni<TemplateInstance> attendance(String openid, VolunteerVerb verb, ChatCommand c) {
        return switch (verb) {
            case CHECK_IN -> withCode(c, code -> attendance.checkIn(openid, code)
                    .map(a -> Templates.checkedIn(a.recruitment().title, a.already())));
            case CHECK_OUT -> withCode(c, code -> attendance.checkOut(openid, code).map(a -> Templates.checkedOut(
                    a.recruitment().title, a.signUp().serviceMinutes, orZero(a.signUp().pointsAwarded), a.already())));
            default -> attendanceCode(openid, c);
        };
    }

    private Uni<TemplateInstance> pointsAndShop(String openid, VolunteerVerb verb, ChatCommand c) {
        return switch (verb) {
            case POINTS -> ledger.statement(openid, 0).map(VolunteerChatService::points);
            case CANCEL_ORDER -> withCode(c, code -> redemptions.cancel(openid, code)
                    .map(s -> Templates.redemptionCancelled(s.rewardName(), s.points())));
            case PICK_UP -> withCode(c, code -> redemptions.pickUp(openid, code)
                    .map(s -> Templates.pickedUp(s.rewardName(), s.quantity())));
            default -> c.number().isEmpty() ? catalogue() : order(openid, c);
        };
    }

    private Uni<TemplateInstance> attendanceCode(String openid, ChatCommand c) {
        AttendancePurpose purpose = c.rest().contains("签退") ? AttendancePurpose.CHECK_OUT : AttendancePurpose.CHECK_IN;
        return withNumber(c, n -> attendance.issue(openid, n, purpose).map(i -> Templates.code(
                i.recruitment().title, purpose == AttendancePurpose.CHECK_OUT, i.code(),
                        ChatViews.time(i.expiresAt()))));
    }

    private Uni<TemplateInstance> signUp(String openid, ChatCommand c) {
        if (c.number().isPresent()) {
            return signUps.signUp(openid, c.number().get()).map(VolunteerChatService::signedUp);
        }
        String words = c.words();
        if (words.isEmpty()) {
            return Uni.createFrom().item(Templates.usage(c.verb()));
        }
        return signUps.open(openid).chain(open -> {
            List<Recruitment> matching = open.stream().filter(r -> ChatCommand.squeeze(r.title).contains(words))
                    .toList();
            if (matching.size() == 1) {
                return signUps.signUp(openid, matching.get(0).id).map(VolunteerChatService::signedUp);
            }
            return Uni.createFrom().item(matching.isEmpty() ? Templates.refused("no-such-title", words)
                    : Templates.choose(ChatViews.lines(matching)));
        });
    }

    private Uni<TemplateInstance> order(String openid, ChatCommand c) {
        List<Long> numbers = c.numbers();
        int quantity = numbers.size() > 1 ? (int) Math.min(numbers.get(1), 1000) : 1;
        return redemptions.order(openid, numbers.get(0), quantity).map(o -> Templates.ordered(o.rewardName(),
                o.quantity(), o.points(), o.code(), ChatViews.time(o.expiresAt())));
    }

    private Uni<TemplateInstance> catalogue() {
        return rewards.catalogue().map(rs -> Templates.catalogue(rs.stream().map(RewardLine::of).toList()));
    }

    private static TemplateInstance signedUp(SignUpService.SignedUp s) {
        Recruitment r = s.recruitment();
        return Templates.signedUp(r.title, ChatViews.window(r), r.place, s.waitlistPosition());
    }

    private static TemplateInstance points(Statement s) {
        return Templates.points(s.balance().available(), s.balance().held(),
                s.entries().stream().limit(RECENT_ENTRIES).map(EntryLine::of).toList());
    }

    private static TemplateInstance refusal(DomainException e) {
        return Templates.refused(e.code(), e instanceof Refusal r ? r.detail() : null);
    }

    private static Uni<TemplateInstance> withNumber(ChatCommand c,
            java.util.function.LongFunction<Uni<TemplateInstance>> action) {
        return c.number().map(action::apply).orElseGet(() -> Uni.createFrom().item(Templates.usage(c.verb())));
    }

    private static Uni<TemplateInstance> withCode(ChatCommand c, java.util.function.Function<String,
            Uni<TemplateInstance>> action) {
        return c.code().map(action).orElseGet(() -> Uni.createFrom().item(Templates.usage(c.verb())));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
