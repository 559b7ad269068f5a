package zhaoshang.remind;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which reminders to send for a window: a pure function of the window, the rules (with config and ledger facts in
 * the context) and the sent-log.
 *
 * <ol>
 * <li>each enabled rule lists the reminders due in the window;</li>
 * <li>obsolete ones (their {@code staleAt} has come: the deadline passed) are dropped — a rule drops resolved ones
 *     itself, since it reads the ledgers as they are now;</li>
 * <li>of several reminders of one series (e.g. "2 working days before" and "due today" both missed during
 *     downtime) only the latest is kept;</li>
 * <li>those already in the sent-log are dropped;</li>
 * <li>a rule muted for the team on the reminder's day is dropped (not for the coordination group: a 组长 cannot
 *     silence what goes to 投资促进部);</li>
 * <li>members on leave that day are not @-mentioned; a personal reminder whose people are all on leave is dropped;</li>
 * <li>what remains is late (补发) when it fell due more than {@code lateAfter} before the window's end.</li>
 * </ol>
 * Ordered by due time, then by rule order, then by key.
 */
public final class ReminderDecision {

    /** A reminder that fell due more than this before the evaluation is marked （补发）. */
    public static final Duration LATE_AFTER = Duration.ofMinutes(5);

    private ReminderDecision() { }

    public static List<Due> decide(Window window, List<ReminderRule> rules, RuleContext ctx, Predicate<String> sent) {
        List<Reminder> found = new ArrayList<>();
        Map<String, Integer> ruleOrder = new HashMap<>();
        for (ReminderRule rule : rules) {
            ruleOrder.put(rule.id(), ruleOrder.size());
            if (!ctx.schedules().enabled(rule.id())) continue;
            for (Reminder r : rule.due(window, ctx)) {
                if (window.contains(r.dueAt()) && window.to().isBefore(r.staleAt())) found.add(r);
            }
        }
        Map<String, Reminder> latest = new HashMap<>();
        for (Reminder r : found) {
            latest.merge(r.series(), r, (a, b) -> b.dueAt().isAfter(a.dueAt()) ? b : a);
        }
        List<Due> out = new ArrayList<>();
        for (Reminder r : found) {
            if (latest.get(r.series()) != r || sent.test(r.key())) continue;
            LocalDate day = ctx.time().dateOf(r.dueAt());
            if (r.audience() == Reminder.Audience.TEAM && ctx.facts().muted(r.teamId(), r.rule(), day)) continue;
            List<String> mentions = r.mentions().stream().filter(m -> !ctx.facts().onLeave(m, day)).toList();
            if (r.personal() && mentions.isEmpty()) continue;
            out.add(new Due(r.withMentions(mentions), r.dueAt().isBefore(window.to().minus(LATE_AFTER))));
        }
        out.sort(Comparator.comparing((Due d) -> d.reminder().dueAt())
                .thenComparing(d -> ruleOrder.getOrDefault(d.reminder().rule(), 0))
                .thenComparing(d -> d.reminder().key()));
        return out;
    }
}
