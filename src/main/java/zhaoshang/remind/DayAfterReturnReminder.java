package zhaoshang.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import zhaoshang.config.Team;
import zhaoshang.remind.Reminder.Audience;

/**
 * 返回次日报送台账 (细则 四(一)): the morning after a trip's return date (the next working day when that day is off), the
 * team is reminded that its ledgers are due today, @ the people on the trip. Key {@code dayAfterReturn:team:depart~return}.
 * Obsolete once that day is over.
 */
public final class DayAfterReturnReminder implements ReminderRule {

    public static final String ID = "dayAfterReturn";
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private static final String TITLE = "返回报送台账提醒";

    private static String body(Trip trip, LocalDate today, long visits) {
        return "本组外出（" + (trip.destination() == null || trip.destination().isBlank() ? "" : trip.destination() + "，")
                + trip.dates() + "）已返回，按外出工作细则请于今天（" + Texts.day(today) + "）向投资促进部报送"
                + "《走访企业台账》《实效线索台账》《邀请来高新区考察台账》《签约项目台账》。本次外出已登记走访 " + visits
                + " 家，还有未登记的走访、线索请今天补齐，然后由组长发送“报送 " + trip.returnDate().getMonthValue()
                + "月台账”报送。";
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "返回报送台账";
    }

    @Override
    public String describe(RuleContext ctx) {
        return "外出返回次日（遇休息日顺延到工作日）" + Texts.hhmm(ctx.timeOf(ID, DEFAULT_TIME)) + "：提醒当天报送台账，@ 外出成员";
    }

    @Override
    public List<Reminder> due(Window window, RuleContext ctx) {
        LocalTime time = ctx.timeOf(ID, DEFAULT_TIME);
        List<Reminder> out = new ArrayList<>();
        for (Trip trip : ctx.facts().trips()) {
            Instant due = ctx.time().at(trip.returnDate().plusDays(1), time, true);
            if (!window.contains(due) || handedIn(trip, ctx)) continue;
            LocalDate day = ctx.time().dateOf(due);
            out.add(reminder(trip, due, day, ctx));
        }
        return out;
    }

    /** The team submitted (报送) every month of the trip on or after its return day: nothing left to remind. */
    private static boolean handedIn(Trip trip, RuleContext ctx) {
        java.time.Instant back = ctx.time().startOf(trip.returnDate());
        for (YearMonth m = YearMonth.from(trip.depart()); !m.isAfter(YearMonth.from(trip.returnDate())); m = m.plusMonths(1)) {
            if (!ctx.facts().handedIn(trip.teamId(), m, back)) return false;
        }
        return true;
    }

    private Reminder reminder(Trip trip, Instant due, LocalDate day, RuleContext ctx) {
        String key = ID + ":" + trip.key();
        long visits = ctx.facts().visits(trip.teamId(), trip.depart(), trip.returnDate()).size();
        return Reminder.of(key, ID, key, trip.teamId(), Audience.TEAM, due, ctx.time().startOf(day.plusDays(1)),
                trip.memberIds(), false, TITLE, body(trip, day, visits));
    }

    @Override
    public List<Reminder> samples(Team team, RuleContext ctx) {
        LocalDate today = ctx.today();
        Trip trip = ctx.facts().tripsOf(team.id()).stream().filter(t -> !t.returnDate().isAfter(today))
                .reduce((a, b) -> b)
                .orElse(new Trip(team.id(), today.minusDays(3), today.minusDays(1), "", List.of(), List.of(), List.of()));
        Instant due = ctx.time().at(today, ctx.timeOf(ID, DEFAULT_TIME), false);
        return List.of(reminder(trip, due, today, ctx));
    }
}
